package io.github.borderatlas.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.map.MapFeature;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map in a real window, driven by {@link Robot} (needs a display: run under Xvfb): drag pans,
 * the wheel and the + key zoom, a click identifies, hovering highlights, the measure tool measures
 * geodesic distances.
 */
@WindowTest
class MapWindowUiTest {

  private JFrame frame;
  private MapView map;
  private MapInteraction interaction;
  private Robot robot;
  private final List<AtlasFeature> selected = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() throws Exception {
    robot = new Robot();
    robot.setAutoDelay(15);
    SwingUtilities.invokeAndWait(
        () -> {
          frame = new JFrame("map test");
          map = new MapView(TestAtlas.atlas());
          interaction = MapInteraction.install(map);
          map.addFeatureSelectionListener(selected::add);
          frame.add(map);
          frame.setSize(800, 600);
          frame.setLocation(0, 0);
          frame.setVisible(true);
        });
    settle();
    onEdt(() -> map.requestFocusInWindow());
    settle();
  }

  @AfterEach
  void close() throws Exception {
    if (frame != null) {
      SwingUtilities.invokeAndWait(
          () -> {
            map.dispose();
            frame.dispose();
          });
    }
  }

  private void settle() throws Exception {
    robot.waitForIdle();
    for (int i = 0; i < 200; i++) {
      AtomicReference<Boolean> busy = new AtomicReference<>();
      SwingUtilities.invokeAndWait(() -> busy.set(map.isRendering()));
      if (!busy.get()) {
        break;
      }
      Thread.sleep(20);
    }
    robot.waitForIdle();
  }

  private static void onEdt(Runnable r) throws Exception {
    SwingUtilities.invokeAndWait(r);
  }

  private <T> T get(java.util.function.Supplier<T> s) throws Exception {
    AtomicReference<T> ref = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> ref.set(s.get()));
    return ref.get();
  }

  /** Screen point of a lon/lat in the current view. */
  private Point screenOf(double lon, double lat) throws Exception {
    return get(
        () -> {
          double[] xy = new double[2];
          map.projectedAtlas().projection().project(lon, lat, xy);
          Viewport vp = map.viewport();
          Point p =
              new Point((int) Math.round(vp.screenX(xy[0])), (int) Math.round(vp.screenY(xy[1])));
          SwingUtilities.convertPointToScreen(p, map);
          return p;
        });
  }

  private Point screenOfComponent(int x, int y) throws Exception {
    return get(
        () -> {
          Point p = new Point(x, y);
          SwingUtilities.convertPointToScreen(p, map);
          return p;
        });
  }

  @Test
  void dragging_pansTheMapByTheDraggedPixels() throws Exception {
    Viewport before = get(map::viewport);
    Point from = screenOfComponent(300, 300);
    robot.mouseMove(from.x, from.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    for (int i = 1; i <= 10; i++) {
      robot.mouseMove(from.x + 10 * i, from.y + 5 * i);
    }
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    settle();
    Viewport after = get(map::viewport);
    // content follows the drag of (+100, +50) px: the centre moves by (-100, +50) * m/px
    assertThat(after.centreX())
        .isCloseTo(
            before.centreX() - 100 * before.metresPerPixel(), within(before.metresPerPixel()));
    assertThat(after.centreY())
        .isCloseTo(
            before.centreY() + 50 * before.metresPerPixel(), within(before.metresPerPixel()));
    assertThat(selected).isEmpty(); // a drag is not a click
  }

  @Test
  void wheel_zoomsAtTheCursor_andKeysZoom() throws Exception {
    Viewport before = get(map::viewport);
    Point at = screenOfComponent(250, 200);
    robot.mouseMove(at.x, at.y);
    settle();
    double wx = before.worldX(250);
    double wy = before.worldY(200);
    robot.mouseWheel(-1);
    settle();
    Viewport zoomed = get(map::viewport);
    assertThat(zoomed.metresPerPixel())
        .isCloseTo(before.metresPerPixel() / MapInteraction.WHEEL_ZOOM_PER_NOTCH, within(1e-6));
    assertThat(zoomed.worldX(250)).isCloseTo(wx, within(zoomed.metresPerPixel()));
    assertThat(zoomed.worldY(200)).isCloseTo(wy, within(zoomed.metresPerPixel()));
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK); // a click gives the map the keyboard focus
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    settle();
    assertThat(get(map::isFocusOwner)).isTrue();
    robot.keyPress(KeyEvent.VK_MINUS);
    robot.keyRelease(KeyEvent.VK_MINUS);
    settle();
    assertThat(get(map::viewport).metresPerPixel()) // keys step by ZOOM_STEP, not a notch
        .isCloseTo(zoomed.metresPerPixel() * MapInteraction.ZOOM_STEP, within(1e-6));
    robot.keyPress(KeyEvent.VK_ADD); // keypad '+': one step in
    robot.keyRelease(KeyEvent.VK_ADD);
    settle();
    assertThat(get(map::viewport).metresPerPixel())
        .isCloseTo(zoomed.metresPerPixel(), within(1e-6));
  }

  @Test
  void click_identifiesTheFeature_andHoverHighlightsIt() throws Exception {
    Point crossing = screenOf(80.35, 44.05); // the test atlas' Khorgos crossing
    robot.mouseMove(crossing.x, crossing.y);
    settle();
    assertThat(get(map::hovered))
        .contains(MapFeature.of(TestAtlas.atlas().find("crossing.khorgos").orElseThrow()));
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    settle();
    assertThat(selected).extracting(AtlasFeature::id).containsExactly("crossing.khorgos");
    assertThat(get(() -> map.options().selectedId())).isEqualTo("crossing.khorgos");
  }

  @Test
  void measureTool_givesTheGeodesicDistanceBetweenClicks() throws Exception {
    onEdt(() -> interaction.setMode(MapInteraction.Mode.MEASURE));
    Point a = screenOfComponent(200, 300);
    Point b = screenOfComponent(600, 320);
    for (Point p : new Point[] {a, b}) {
      robot.mouseMove(p.x, p.y);
      robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
      robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
      robot.delay(400); // no double click
    }
    settle();
    List<double[]> pts = get(() -> interaction.measureTool().points());
    assertThat(pts).hasSize(2);
    double expected =
        Geodesic.WGS84.Inverse(pts.get(0)[1], pts.get(0)[0], pts.get(1)[1], pts.get(1)[0]).s12;
    assertThat(get(() -> interaction.measureTool().total())).isCloseTo(expected, within(1e-6));
    assertThat(get(() -> interaction.measureTool().summary()))
        .contains(MeasureTool.format(expected));
    assertThat(selected).isEmpty(); // measuring does not identify
  }
}
