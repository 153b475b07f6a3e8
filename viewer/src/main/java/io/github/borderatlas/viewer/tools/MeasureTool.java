package io.github.borderatlas.viewer.tools;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.ScaleBar;
import io.github.borderatlas.viewer.map.MapOverlay;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * Geodesic distances between clicked points: each leg is the shortest path on the WGS84 ellipsoid
 * (GeographicLib {@link Geodesic#WGS84}, Karney 2013, doi:10.1007/s00190-012-0578-z; accurate to
 * about 15 nm), drawn as the true geodesic curve (sampled every few pixels) with its length. Points
 * are kept as WGS84 lon/lat degrees.
 *
 * <p>Not thread-safe: used on the event dispatch thread.
 */
public final class MeasureTool implements MapOverlay {

  private static final Color INK = new Color(0x111111);
  private final List<double[]> points = new ArrayList<>();

  /** Adds a point (WGS84 lon, lat degrees). */
  public void add(double lon, double lat) {
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException(
          "point must lie in lon [-180, 180], lat [-90, 90], was " + lon + ", " + lat);
    }
    points.add(new double[] {lon, lat});
  }

  /** Removes every point. */
  public void clear() {
    points.clear();
  }

  /** The points as {lon, lat} copies. */
  public List<double[]> points() {
    return points.stream().map(double[]::clone).toList();
  }

  /** Geodesic length of each leg in metres. */
  public List<Double> legs() {
    List<Double> out = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      out.add(distance(points.get(i - 1), points.get(i)));
    }
    return out;
  }

  /** Total geodesic length in metres. */
  public double total() {
    return legs().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Geodesic distance in metres between two {lon, lat} points. */
  public static double distance(double[] a, double[] b) {
    // GeographicLib takes latitude first
    return Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], GeodesicMask.DISTANCE).s12;
  }

  /** A one-line summary: "3 points: 12.4 km + 8.1 km = 20.5 km", or a hint when empty. */
  public String summary() {
    if (points.isEmpty()) {
      return "Measure: click points on the map; double-click or Esc clears";
    }
    List<Double> legs = legs();
    if (legs.isEmpty()) {
      return "Measure: 1 point; click the next";
    }
    StringBuilder sb = new StringBuilder("Measure: ");
    for (int i = 0; i < legs.size(); i++) {
      sb.append(i == 0 ? "" : " + ").append(format(legs.get(i)));
    }
    if (legs.size() > 1) {
      sb.append(" = ").append(format(total()));
    }
    return sb.append(" (geodesic, WGS84)").toString();
  }

  /** Metres as "850 m", "12.35 km" or "1,234.6 km". */
  public static String format(double metres) {
    if (metres < 1000) {
      return String.format(java.util.Locale.ROOT, "%.0f m", metres);
    }
    if (metres < 100_000) {
      return String.format(java.util.Locale.ROOT, "%.2f km", metres / 1000);
    }
    return String.format(java.util.Locale.ROOT, "%,.1f km", metres / 1000);
  }

  @Override
  public void paint(Graphics2D g, Viewport vp, MapProjection proj) {
    if (points.isEmpty()) {
      return;
    }
    double[] xy = new double[2];
    Path2D.Double path = new Path2D.Double();
    for (int i = 1; i < points.size(); i++) {
      double[] a = points.get(i - 1);
      double[] b = points.get(i);
      GeodesicData inv = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]);
      GeodesicLine line = Geodesic.WGS84.Line(a[1], a[0], inv.azi1);
      int n = 32;
      for (int k = 0; k <= n; k++) {
        GeodesicData p = line.Position(inv.s12 * k / n);
        proj.project(p.lon2, p.lat2, xy);
        double x = vp.screenX(xy[0]);
        double y = vp.screenY(xy[1]);
        if (k == 0) {
          path.moveTo(x, y);
        } else {
          path.lineTo(x, y);
        }
      }
    }
    g.setStroke(Palette.round(4.5f));
    g.setColor(new Color(255, 255, 255, 200));
    g.draw(path);
    g.setStroke(
        new BasicStroke(
            2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 4f, new float[] {7f, 4f}, 0f));
    g.setColor(INK);
    g.draw(path);
    g.setFont(Palette.PLACE_FONT_BOLD);
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      proj.project(p[0], p[1], xy);
      double x = vp.screenX(xy[0]);
      double y = vp.screenY(xy[1]);
      g.setColor(Color.WHITE);
      g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
      g.setColor(INK);
      g.setStroke(new BasicStroke(2f));
      g.draw(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
      if (i > 0) {
        String text = readout(i);
        Rectangle2D box = readoutBox(x, y, text);
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), 16, 6, 6));
        g.setColor(INK);
        g.drawString(text, (float) x + 12, (float) y - 6);
      }
    }
  }

  /** The readouts' boxes and the points' circles, which the map's labels keep clear of. */
  @Override
  public List<Rectangle2D> labelObstacles(Viewport vp, MapProjection proj) {
    List<Rectangle2D> out = new ArrayList<>();
    double[] xy = new double[2];
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      proj.project(p[0], p[1], xy);
      double x = vp.screenX(xy[0]);
      double y = vp.screenY(xy[1]);
      out.add(new Rectangle2D.Double(x - 6, y - 6, 12, 12));
      if (i > 0) {
        out.add(readoutBox(x, y, readout(i)));
      }
    }
    return out;
  }

  /** The cumulative length shown at point {@code i}, to 100 m. */
  private String readout(int i) {
    return ScaleBar.format(Math.round(total(i) / 100) * 100.0);
  }

  /** The box of the readout of the point at (x, y): above right of it, logical pixels. */
  private static Rectangle2D readoutBox(double x, double y, String text) {
    double width = Palette.PLACE_FONT_BOLD.getStringBounds(text, FRC).getWidth();
    return new Rectangle2D.Double(Math.floor(x) + 8, Math.floor(y) - 18, width + 8, 16);
  }

  /** Antialiased fractional metrics, as the map draws text. */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** Cumulative length up to point {@code i}, metres. */
  private double total(int i) {
    double sum = 0;
    for (int k = 1; k <= i; k++) {
      sum += distance(points.get(k - 1), points.get(k));
    }
    return sum;
  }
}
