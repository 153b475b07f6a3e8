package io.github.borderatlas.viewer.tools;

import io.github.borderatlas.viewer.map.MapFeature;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.Cursor;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Mouse and keyboard handling of a {@link MapView}, kept out of the component: drag to pan, wheel
 * to zoom at the cursor, {@code +}/{@code -} to zoom, arrows to pan, {@code 0} or Home to fit;
 * hover highlights the feature under the cursor (with a tooltip); a click identifies it (tells the
 * identify listeners every feature under the cursor, then selects the topmost and tells the map's
 * selection listeners) or, in {@link Mode#MEASURE}, adds a measuring point (double-click or Esc
 * clears).
 *
 * <p>Not thread-safe: Swing event dispatch thread only.
 */
public final class MapInteraction {

  /** What a click does. */
  public enum Mode {
    IDENTIFY,
    MEASURE
  }

  /** Zoom factor per key press and per View menu zoom. */
  public static final double ZOOM_STEP = 1.25;

  /**
   * Zoom factor per mouse wheel notch (a map's usual step); a trackpad's fractions of a notch zoom
   * by the same fraction of it (2^fraction), so scrolling is smooth.
   */
  public static final double WHEEL_ZOOM_PER_NOTCH = 2.0;

  /** Pixels moved per arrow key press. */
  public static final int PAN_STEP_PX = 80;

  private static final int CLICK_SLOP_PX = 4;

  private final MapView view;
  private final MeasureTool measure = new MeasureTool();
  private final List<Consumer<double[]>> cursorListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<String>> measureListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<List<MapFeature>>> identifyListeners = new CopyOnWriteArrayList<>();
  private Mode mode = Mode.IDENTIFY;

  private MapInteraction(MapView view) {
    this.view = view;
  }

  /** Attaches mouse and key handling to a map. */
  public static MapInteraction install(MapView view) {
    MapInteraction mi = new MapInteraction(view);
    Mouse mouse = mi.new Mouse();
    view.addMouseListener(mouse);
    view.addMouseMotionListener(mouse);
    view.addMouseWheelListener(mouse);
    mi.bindKeys();
    view.addOverlay(mi.measure);
    return mi;
  }

  public Mode mode() {
    return mode;
  }

  /** Switches what a click does; leaving measure mode clears the measurement. */
  public void setMode(Mode newMode) {
    if (newMode == mode) {
      return;
    }
    mode = newMode;
    if (mode != Mode.MEASURE) {
      clearMeasure();
    }
    view.setCursor(
        Cursor.getPredefinedCursor(
            mode == Mode.MEASURE ? Cursor.CROSSHAIR_CURSOR : Cursor.DEFAULT_CURSOR));
    fireMeasure();
  }

  public MeasureTool measureTool() {
    return measure;
  }

  /** Told the {lon, lat} under the cursor as it moves, or {@code null} when it leaves the map. */
  public void addCursorListener(Consumer<double[]> l) {
    cursorListeners.add(l);
  }

  /** Told the measure summary whenever it changes. */
  public void addMeasureListener(Consumer<String> l) {
    measureListeners.add(l);
  }

  /** Clears the measured points. */
  public void clearMeasure() {
    measure.clear();
    view.overlaysChanged();
    fireMeasure();
  }

  /** Handles a click at (x, y) as the current mode says (also used by tests). */
  public void click(double x, double y, int clickCount) {
    view.requestFocusInWindow();
    if (mode == Mode.MEASURE) {
      if (clickCount >= 2) {
        clearMeasure();
        return;
      }
      double[] ll = view.lonLatAt(x, y);
      if (ll != null && Double.isFinite(ll[0]) && Double.isFinite(ll[1])) {
        measure.add(ll[0], ll[1]);
        view.overlaysChanged(); // the map's labels move clear of the new readout
        fireMeasure();
      }
      return;
    }
    List<MapFeature> here = view.featuresAt(x, y);
    for (Consumer<List<MapFeature>> l : identifyListeners) {
      l.accept(here);
    }
    view.choose(here.isEmpty() ? null : here.get(0));
  }

  /**
   * Told every feature under an identifying click, atlas or added, topmost first (empty when it hit
   * nothing), before the topmost is selected on the map ({@link MapView#choose}).
   */
  public void addIdentifyListener(Consumer<List<MapFeature>> l) {
    identifyListeners.add(l);
  }

  private void fireMeasure() {
    String s = mode == Mode.MEASURE ? measure.summary() : "";
    for (Consumer<String> l : measureListeners) {
      l.accept(s);
    }
  }

  private void bindKeys() {
    InputMap in = view.getInputMap(JComponent.WHEN_FOCUSED);
    // '+' is bound as a typed character (shift+= on most layouts, and the keypad '+'), '=' as a
    // key; '-' only as keys: binding both a key and its typed character would zoom twice
    key(in, "zoomIn", () -> view.zoomBy(ZOOM_STEP), KeyEvent.VK_EQUALS);
    in.put(KeyStroke.getKeyStroke('+'), "zoomIn");
    key(in, "zoomOut", () -> view.zoomBy(1 / ZOOM_STEP), KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT);
    key(in, "fit", view::fitToData, KeyEvent.VK_0, KeyEvent.VK_HOME);
    key(in, "left", () -> view.panBy(PAN_STEP_PX, 0), KeyEvent.VK_LEFT);
    key(in, "right", () -> view.panBy(-PAN_STEP_PX, 0), KeyEvent.VK_RIGHT);
    key(in, "up", () -> view.panBy(0, PAN_STEP_PX), KeyEvent.VK_UP);
    key(in, "down", () -> view.panBy(0, -PAN_STEP_PX), KeyEvent.VK_DOWN);
    key(
        in,
        "clear",
        () -> {
          clearMeasure();
          view.select(null);
        },
        KeyEvent.VK_ESCAPE);
  }

  private void key(InputMap in, String name, Runnable action, int... codes) {
    for (int code : codes) {
      in.put(KeyStroke.getKeyStroke(code, 0), name);
    }
    view.getActionMap()
        .put(
            name,
            new AbstractAction(name) {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                action.run();
              }
            });
  }

  private final class Mouse extends MouseAdapter {
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private boolean dragging;

    @Override
    public void mousePressed(MouseEvent e) {
      pressX = lastX = e.getX();
      pressY = lastY = e.getY();
      dragging = false;
      view.requestFocusInWindow();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (!dragging && Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > CLICK_SLOP_PX) {
        dragging = true;
        view.setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
      }
      if (dragging) {
        view.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
      }
      cursor(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      if (dragging) {
        dragging = false;
        view.setCursor(
            Cursor.getPredefinedCursor(
                mode == Mode.MEASURE ? Cursor.CROSSHAIR_CURSOR : Cursor.DEFAULT_CURSOR));
      } else if (e.getButton() == MouseEvent.BUTTON1) {
        click(e.getX(), e.getY(), e.getClickCount());
      }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
      view.setHovered(view.featureAt(e.getX(), e.getY()).orElse(null));
      cursor(e);
    }

    @Override
    public void mouseExited(MouseEvent e) {
      view.setHovered(null);
      for (Consumer<double[]> l : cursorListeners) {
        l.accept(null);
      }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      double notches = e.getPreciseWheelRotation();
      if (notches != 0) {
        view.zoomAt(Math.pow(WHEEL_ZOOM_PER_NOTCH, -notches), e.getX(), e.getY());
      }
    }

    private void cursor(MouseEvent e) {
      double[] ll = view.lonLatAt(e.getX(), e.getY());
      for (Consumer<double[]> l : cursorListeners) {
        l.accept(ll);
      }
    }
  }
}
