package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Confidence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Drawing details of {@link BarChart}: labels inside stacked parts, the dashed outline of weak
 * values, the hatching of ranges and label clipping. Stateless and thread-safe.
 */
final class BarShapes {

  private BarShapes() {}

  /** Writes a part's label inside it, in black or white, when it fits (stacked bars only). */
  static void partLabel(
      Graphics2D g,
      BarChart.Bar b,
      BarChart.Part p,
      double x,
      double w,
      double by,
      Color fill,
      FontMetrics fm) {
    if (b.parts().size() < 2 || p.label().isEmpty() || fm.stringWidth(p.label()) + 6 > w) {
      return;
    }
    Color ink =
        Theme.contrast(Color.WHITE, fill) >= Theme.contrast(Color.BLACK, fill)
            ? Color.WHITE
            : Color.BLACK;
    g.setColor(ink);
    g.drawString(
        p.label(), (float) (x + 3), (float) (by + (BarChart.BAR + fm.getAscent()) / 2.0 - 1.5));
  }

  /** A dashed outline for a weak value. */
  static void outline(Graphics2D g, Shape r, Color solid, Confidence c) {
    if (c == Confidence.WEAK) {
      g.setStroke(
          new BasicStroke(
              1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
      g.setColor(solid);
      g.draw(r);
      g.setStroke(new BasicStroke(1f));
    }
  }

  /** Diagonal hatching inside {@code r}. */
  static void hatch(Graphics2D g, Rectangle2D r, Color c) {
    Graphics2D h = (Graphics2D) g.create();
    try {
      h.clip(r);
      h.setColor(c);
      h.setStroke(new BasicStroke(1.5f));
      for (double x = r.getX() - r.getHeight(); x < r.getMaxX(); x += 5) {
        h.draw(new Line2D.Double(x, r.getMaxY(), x + r.getHeight(), r.getY()));
      }
    } finally {
      h.dispose();
    }
  }

  /** {@code s}, cut with an ellipsis to fit {@code width} pixels. */
  static String clip(String s, FontMetrics fm, double width) {
    if (fm.stringWidth(s) <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }
}
