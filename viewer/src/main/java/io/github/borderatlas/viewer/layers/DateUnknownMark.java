package io.github.borderatlas.viewer.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * The "date not known" mark: a small hollow badge with a vertical bar and a dot (a question-like
 * sign built from shapes, so it needs no font) drawn at the upper right of a symbol whose start no
 * source dates, on a map that has a date. The legend shows the same mark. Stateless; call from the
 * thread that owns the {@link Graphics2D}.
 */
public final class DateUnknownMark {

  /** Badge radius in logical pixels. */
  static final double RADIUS_PX = 4.5;

  /** Colour of the badge's ring and sign; distinct from every place kind's colour. */
  public static final Color INK = new Color(0xB8860B);

  /** The legend text of the mark. */
  public static final String LEGEND = "Start date not known (shown at every date)";

  private DateUnknownMark() {}

  /**
   * Draws the badge centred on a point.
   *
   * @param cx centre x in screen pixels
   * @param cy centre y in screen pixels
   */
  static void draw(Graphics2D g, double cx, double cy) {
    Ellipse2D badge =
        new Ellipse2D.Double(cx - RADIUS_PX, cy - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
    g.setColor(Color.WHITE);
    g.fill(badge);
    g.setColor(INK);
    g.setStroke(new BasicStroke(1.2f));
    g.draw(badge);
    g.setStroke(Palette.round(1.4f));
    g.draw(new Line2D.Double(cx, cy - 2.4, cx, cy + 0.6));
    g.fill(new Ellipse2D.Double(cx - 0.8, cy + 1.6, 1.6, 1.6));
  }

  /**
   * Draws the badge at the upper right of a symbol of radius {@code symbolRadiusPx} centred on
   * {@code (x, y)}.
   */
  static void drawBeside(Graphics2D g, double x, double y, double symbolRadiusPx) {
    draw(g, x + symbolRadiusPx + 2, y - symbolRadiusPx - 2);
  }
}
