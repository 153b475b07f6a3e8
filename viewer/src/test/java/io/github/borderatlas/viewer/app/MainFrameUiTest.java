package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole viewer window on the {@link TestAtlas} (needs a display: run under Xvfb): the timeline
 * drives the map's date and highlight, a click shows details, the layer list toggles layers, and
 * File &gt; Export writes GeoJSON and PNG.
 */
@WindowTest
class MainFrameUiTest {

  @TempDir Path dir;
  private MainFrame frame;
  private Robot robot;

  @BeforeEach
  void open() throws Exception {
    robot = new Robot();
    ViewerData data = ViewerData.compute(TestAtlas.atlas()); // model work, off the event thread
    SwingUtilities.invokeAndWait(
        () -> {
          frame = new MainFrame(data);
          frame.setSize(1200, 800);
          frame.setLocation(0, 0);
          frame.setVisible(true);
        });
    settle();
  }

  @AfterEach
  void close() throws Exception {
    if (frame != null) {
      SwingUtilities.invokeAndWait(frame::dispose);
    }
  }

  private void settle() throws Exception {
    robot.waitForIdle();
    for (int i = 0; i < 200 && get(() -> frame.mapView().isRendering()); i++) {
      Thread.sleep(20);
    }
    robot.waitForIdle();
  }

  private static <T> T get(Supplier<T> s) throws Exception {
    AtomicReference<T> ref = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> ref.set(s.get()));
    return ref.get();
  }

  @Test
  void timelineSelection_setsTheMapDate_andHighlightsWhatTheEntryConcerns() throws Exception {
    SwingUtilities.invokeAndWait(() -> frame.timeline().model().jumpTo("treaty.1998"));
    settle();
    // TestAtlas: treaty.1998 is dated 1998-07-04 and concerns sector.chogan-obo
    assertThat(get(() -> frame.mapView().date().orElse(null))).isEqualTo(LocalDate.of(1998, 7, 4));
    assertThat(get(() -> frame.mapView().options().highlighted()))
        .containsExactly("sector.chogan-obo");
  }

  @Test
  void clickOnAFeature_showsItsDetails() throws Exception {
    Point p =
        get(
            () -> {
              double[] xy = new double[2];
              frame
                  .mapView()
                  .projectedAtlas()
                  .projection()
                  .project(79.5, 43.8263, xy); // on the Ili
              var vp = frame.mapView().viewport();
              Point s =
                  new Point(
                      (int) Math.round(vp.screenX(xy[0])), (int) Math.round(vp.screenY(xy[1])));
              SwingUtilities.convertPointToScreen(s, frame.mapView());
              return s;
            });
    robot.mouseMove(p.x, p.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    settle();
    assertThat(get(() -> frame.details().feature().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("river.ili");
    assertThat(get(() -> frame.tabs().getSelectedComponent() == frame.details())).isTrue();
    assertThat(get(() -> frame.status().positionText())).contains("°E").contains("°N");
  }

  @Test
  void layerList_togglesTheLayer() throws Exception {
    SwingUtilities.invokeAndWait(() -> frame.layerList().box(BundledLayer.LAKES).doClick());
    settle();
    assertThat(get(() -> frame.mapView().isLayerVisible(BundledLayer.LAKES))).isFalse();
  }

  @Test
  void exports_writeGeoJsonOfVisibleLayersAtTheDate_andPngAtTwiceTheSize() throws Exception {
    Path json = dir.resolve("visible.geojson");
    Path png = dir.resolve("view.png");
    SwingUtilities.invokeAndWait(
        () -> {
          frame.setLayerVisible(BundledLayer.COUNTRIES, false);
          frame.mapView().setDate(LocalDate.of(2005, 1, 1));
        });
    ExportActions.GeoJsonExport export =
        get(() -> ExportActions.geoJson(frame.mapView(), true, true));
    int n = export.writeTo(json); // the worker's part, here on the test thread
    List<String> ids = new GeoJsonReader().readAll(json).stream().map(GeoJsonFeature::id).toList();
    assertThat(ids)
        .hasSize(n)
        .doesNotContain("country.KAZ", "sector.chogan-obo")
        .contains("border", "river.ili", "lake.balkhash", "crossing.khorgos");
    BufferedImage written = ExportActions.exportPng(get(() -> frame.mapView().snapshot()), png, 2);
    BufferedImage read = ImageIO.read(png.toFile());
    assertThat(read.getWidth())
        .isEqualTo(written.getWidth())
        .isEqualTo(2 * frame.mapView().getWidth());
  }
}
