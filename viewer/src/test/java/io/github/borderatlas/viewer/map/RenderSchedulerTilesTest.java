package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map's render thread draws the added layers' tiles of a view when idle after showing it, and a
 * pan at that scale then draws from them; with nothing added it draws no tile.
 */
class RenderSchedulerTilesTest {

  @TempDir Path dir;

  private final BlockingQueue<RenderScheduler.Result> shown = new LinkedBlockingQueue<>();

  private static final ProjectedAtlas ATLAS =
      new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);

  private static Viewport view() {
    double[] xy = new double[2];
    RegionMapProjection.REGION.project(78.5, 45.5, xy); // inside LayerFixtures.POLYGON
    return new Viewport(xy[0], xy[1], 400, 500, 300);
  }

  private RenderScheduler.Result next() throws InterruptedException {
    RenderScheduler.Result r = shown.poll(60, TimeUnit.SECONDS);
    assertThat(r).as("a frame was shown").isNotNull();
    return r;
  }

  /** Waits until the render thread has run everything queued so far (the warming included). */
  private static void idle(RenderScheduler s) throws Exception {
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    s.afterQueued(done::countDown);
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aShownView_isWarmed_andThePanDrawsFromItsTiles() throws Exception {
    LayerList layers = new LayerList();
    layers.addFile(
        "square", dir.resolve("square.geojson"), LayerFixtures.features(LayerFixtures.POLYGON));
    RenderOptions options = RenderOptions.DEFAULT.withLayers(layers.snapshot());
    RenderScheduler s = new RenderScheduler(shown::add);
    try {
      s.request(ATLAS, view(), options, 1, List.of());
      next();
      idle(s);
      long warmed = s.tiles().tilesRendered();
      assertThat(warmed).as("the view's tiles drawn after it was shown").isPositive();

      s.request(ATLAS, view().panBy(30, 0), options, 1, List.of());
      next();
      idle(s);
      // a 30 px pan uncovers at most one new column of 256 px tiles (2 rows for 300 px)
      assertThat(s.tiles().tilesRendered() - warmed).isLessThanOrEqualTo(3);
    } finally {
      s.shutdown();
    }
  }

  @Test
  void withNoAddedLayer_noTileIsDrawn() throws Exception {
    RenderScheduler s = new RenderScheduler(shown::add);
    try {
      s.request(ATLAS, view(), RenderOptions.DEFAULT, 1, List.of());
      next();
      idle(s);
      assertThat(s.tiles().tilesRendered()).isZero();
    } finally {
      s.shutdown();
    }
  }
}
