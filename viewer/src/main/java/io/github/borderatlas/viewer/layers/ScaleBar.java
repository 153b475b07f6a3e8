package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import net.sf.geographiclib.Geodesic;

/**
 * A geodesic scale bar: the ground distance per pixel is measured on the WGS84 ellipsoid
 * (GeographicLib {@link Geodesic#WGS84}, Karney 2013, doi:10.1007/s00190-012-0578-z) along the
 * bar's own row of the view, so it is true where it stands (the projection's scale varies by a few
 * per cent across the region). The bar shows the largest round length (1, 2 or 5 × 10ⁿ m) that fits
 * in {@link #MAX_WIDTH_PX} pixels.
 */
public final class ScaleBar {

  /** Largest bar width, pixels. */
  public static final double MAX_WIDTH_PX = 140;

  private ScaleBar() {}

  /**
   * Ground metres per pixel along the row {@code y} of the view, measured over {@code span} pixels
   * from {@code x}.
   */
  public static double groundMetresPerPixel(
      Viewport vp, MapProjection proj, double x, double y, double span) {
    double[] a = new double[2];
    double[] b = new double[2];
    proj.inverse(vp.worldX(x), vp.worldY(y), a);
    proj.inverse(vp.worldX(x + span), vp.worldY(y), b);
    // GeographicLib takes latitude first
    double metres = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
    return metres / span;
  }

  /** The largest 1, 2 or 5 × 10ⁿ metres not above {@code maxMetres}. */
  public static double niceLength(double maxMetres) {
    if (!(maxMetres > 0)) {
      throw new IllegalArgumentException("length must be > 0, was " + maxMetres);
    }
    double p = Math.pow(10, Math.floor(Math.log10(maxMetres)));
    for (double m : new double[] {5, 2, 1}) {
      if (m * p <= maxMetres * (1 + 1e-9)) {
        return m * p;
      }
    }
    return p;
  }

  /** "500 m", "2 km", "100 km". */
  public static String format(double metres) {
    if (metres >= 1000) {
      double km = metres / 1000;
      long wholeKm = Math.round(km);
      return (Math.abs(km - wholeKm) < 1e-9 ? Long.toString(wholeKm) : Double.toString(km)) + " km";
    }
    return Long.toString(Math.round(metres)) + " m";
  }

  /** Draws the bar at the bottom-left corner of the view. */
  public static void paint(Graphics2D g, Viewport vp, MapProjection proj) {
    double x = 14;
    double y = vp.height() - 18;
    if (vp.width() < 200 || vp.height() < 80) {
      return;
    }
    double mpp = groundMetresPerPixel(vp, proj, x, y, MAX_WIDTH_PX);
    if (!(mpp > 0)) {
      return;
    }
    double length = niceLength(MAX_WIDTH_PX * mpp);
    double w = length / mpp;
    String text = format(length);
    g.setFont(Palette.SMALL_FONT);
    Rectangle2D tb = g.getFontMetrics().getStringBounds(text, g);
    g.setColor(new Color(255, 255, 255, 200));
    g.fill(new RoundRectangle2D.Double(x - 6, y - 20, w + 16 + tb.getWidth(), 28, 8, 8));
    g.setStroke(new BasicStroke(1f));
    double h = 5;
    for (int i = 0; i < 4; i++) {
      Rectangle2D part = new Rectangle2D.Double(x + i * w / 4, y - h, w / 4, h);
      g.setColor(i % 2 == 0 ? new Color(0x333333) : Color.WHITE);
      g.fill(part);
    }
    g.setColor(new Color(0x333333));
    g.draw(new Rectangle2D.Double(x, y - h, w, h));
    g.drawString("0", (float) x - 3, (float) (y - h - 3));
    g.drawString(text, (float) (x + w + 4), (float) y);
  }
}
