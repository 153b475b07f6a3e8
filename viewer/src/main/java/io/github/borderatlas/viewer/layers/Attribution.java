package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** The data attribution drawn in the bottom-right corner of every map view and export. */
public final class Attribution {

  /** The attribution text required by the data licences (ODbL border, LGPL GSHHG water). */
  public static final String TEXT = "© OpenStreetMap contributors, GSHHG (LGPL)";

  private Attribution() {}

  /** Draws {@link #TEXT} on a light band in the bottom-right corner. */
  public static void paint(Graphics2D g, Viewport vp) {
    g.setFont(Palette.SMALL_FONT);
    Rectangle2D b = g.getFontMetrics().getStringBounds(TEXT, g);
    double x = vp.width() - b.getWidth() - 6;
    double y = vp.height() - 5;
    g.setColor(new Color(255, 255, 255, 190));
    g.fill(new Rectangle2D.Double(x - 4, y - b.getHeight(), b.getWidth() + 10, b.getHeight() + 5));
    g.setColor(new Color(0x4A4A4A));
    g.drawString(TEXT, (float) x, (float) y - 1);
  }
}
