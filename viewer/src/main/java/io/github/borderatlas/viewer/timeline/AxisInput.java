package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.timeline.MarkerLayout.Marker;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/**
 * Mouse and keyboard handling of a {@link TimelineAxis}, kept apart from its painting.
 *
 * <ul>
 *   <li>Press or drag on the axis: choose the date under the pointer (snapping to an entry within 3
 *       px). Click a marker: jump to its entry; a cluster: pick one of its entries from a menu.
 *   <li>Wheel: zoom in or out about the date under the pointer; double-click on empty axis: show
 *       all years again.
 *   <li>Keys: left/right previous/next entry, Home/End the ends of the range, +/− zoom about the
 *       chosen date, 0 all years.
 * </ul>
 *
 * Use on the Swing event thread only.
 */
final class AxisInput extends MouseAdapter {

  /** Zoom factor of one wheel notch or key press. */
  static final double STEP = 0.75;

  private static final double SNAP_PX = 3;

  private final TimelineAxis axis;
  private boolean dragging;

  private AxisInput(TimelineAxis axis) {
    this.axis = axis;
  }

  /** Installs mouse, wheel and key handling on {@code axis}. */
  static void install(TimelineAxis axis) {
    AxisInput in = new AxisInput(axis);
    axis.addMouseListener(in);
    axis.addMouseMotionListener(in);
    axis.addMouseWheelListener(in);
    axis.addKeyListener(
        new KeyAdapter() {
          @Override
          public void keyPressed(KeyEvent e) {
            if (in.key(e.getKeyCode(), e.getKeyChar())) {
              e.consume();
            }
          }
        });
  }

  /** Handles a key; true when it was one of the axis keys. */
  boolean key(int code, char ch) {
    TimelineModel model = axis.model();
    if (code == KeyEvent.VK_LEFT) {
      model.previous();
    } else if (code == KeyEvent.VK_RIGHT) {
      model.next();
    } else if (code == KeyEvent.VK_HOME) {
      model.setDate(model.start());
    } else if (code == KeyEvent.VK_END) {
      model.setDate(model.end());
    } else if (ch == '+' || ch == '=' || code == KeyEvent.VK_ADD) {
      axis.zoom(STEP, model.date());
    } else if (ch == '-' || code == KeyEvent.VK_SUBTRACT) {
      axis.zoom(1 / STEP, model.date());
    } else if (ch == '0') {
      axis.showAll();
    } else {
      return false;
    }
    return true;
  }

  @Override
  public void mousePressed(MouseEvent e) {
    axis.requestFocusInWindow();
    Marker m = axis.markerAt(e.getX(), e.getY());
    if (m == null) {
      dragging = true;
      chooseDateAt(e.getX());
    } else if (!m.isCluster()) {
      axis.model().jumpTo(m.first());
    } else if (axis.isShowing()) {
      clusterMenu(m).show(axis, e.getX(), e.getY());
    } else {
      axis.model().jumpTo(m.first());
    }
  }

  @Override
  public void mouseClicked(MouseEvent e) {
    if (e.getClickCount() == 2 && axis.markerAt(e.getX(), e.getY()) == null) {
      axis.showAll();
    }
  }

  @Override
  public void mouseDragged(MouseEvent e) {
    if (dragging) {
      chooseDateAt(e.getX());
    }
  }

  @Override
  public void mouseReleased(MouseEvent e) {
    dragging = false;
  }

  @Override
  public void mouseMoved(MouseEvent e) {
    axis.setHovered(axis.markerAt(e.getX(), e.getY()));
  }

  @Override
  public void mouseExited(MouseEvent e) {
    axis.setHovered(null);
  }

  @Override
  public void mouseWheelMoved(MouseWheelEvent e) {
    double notches = e.getPreciseWheelRotation();
    if (notches != 0) {
      axis.zoom(Math.pow(1 / STEP, notches), axis.scale().date(e.getX()));
    }
  }

  private void chooseDateAt(double px) {
    for (Marker m : axis.markers()) {
      if (Math.abs(m.x() - px) <= SNAP_PX) {
        axis.model().setDate(m.first().date().date());
        return;
      }
    }
    axis.model().setDate(axis.scale().date(px));
  }

  private JPopupMenu clusterMenu(Marker m) {
    JPopupMenu menu = new JPopupMenu();
    for (TimelineEntry t : m.entries()) {
      JMenuItem item =
          new JMenuItem(
              EntryDetails.formatDate(t.date()) + "  " + t.title(), EntryStyle.icon(t.kind(), 14));
      item.addActionListener(a -> axis.model().jumpTo(t));
      menu.add(item);
    }
    return menu;
  }
}
