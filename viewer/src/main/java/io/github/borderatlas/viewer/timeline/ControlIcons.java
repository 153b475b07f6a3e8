package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.viewer.panels.Theme;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import javax.swing.Icon;

/**
 * Painted player icons (previous, play, pause, stop, next) in the text colour of the button they
 * are on, so they need no image files and stay sharp at any scale. Immutable and thread-safe.
 */
public enum ControlIcons implements Icon {
  PREVIOUS,
  PLAY,
  PAUSE,
  STOP,
  NEXT;

  private static final int SIZE = 14;

  @Override
  public void paintIcon(Component c, Graphics g, int x, int y) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      Theme.antialias(g2);
      g2.translate(x, y);
      g2.setColor(
          c != null && c.isEnabled()
              ? Theme.text(Theme.background(c))
              : Theme.mutedText(Theme.background(c)));
      double s = SIZE;
      switch (this) {
        case PLAY -> g2.fill(triangle(s * 0.25, s * 0.15, s * 0.85, false));
        case PAUSE -> {
          g2.fill(new Rectangle2D.Double(s * 0.22, s * 0.18, s * 0.2, s * 0.64));
          g2.fill(new Rectangle2D.Double(s * 0.58, s * 0.18, s * 0.2, s * 0.64));
        }
        case STOP -> g2.fill(new Rectangle2D.Double(s * 0.22, s * 0.22, s * 0.56, s * 0.56));
        case NEXT -> {
          g2.fill(triangle(s * 0.15, s * 0.2, s * 0.6, false));
          g2.fill(new Rectangle2D.Double(s * 0.72, s * 0.2, s * 0.13, s * 0.6));
        }
        default -> {
          g2.fill(triangle(s * 0.85, s * 0.2, s * 0.6, true));
          g2.fill(new Rectangle2D.Double(s * 0.15, s * 0.2, s * 0.13, s * 0.6));
        }
      }
    } finally {
      g2.dispose();
    }
  }

  @Override
  public int getIconWidth() {
    return SIZE;
  }

  @Override
  public int getIconHeight() {
    return SIZE;
  }

  /**
   * A triangle with its flat side at {@code x}, {@code h} high from {@code top}, pointing right or
   * left.
   */
  private static Path2D triangle(double x, double top, double h, boolean left) {
    double w = h * 0.87 * (left ? -1 : 1);
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x, top);
    p.lineTo(x + w, top + h / 2);
    p.lineTo(x, top + h);
    p.closePath();
    return p;
  }
}
