package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Figure;
import java.util.Locale;

/**
 * Number and coordinate formatting shared by the panels and the timeline: English digits and
 * grouping ({@code 1,782.75}), coordinates written latitude first with hemisphere letters so the
 * axis order cannot be mistaken. Stateless and thread-safe.
 */
public final class FeatureText {

  private FeatureText() {}

  /**
   * A WGS84 position as {@code "44.1956° N, 80.3694° E"}: latitude first, 4 decimals (about 11 m).
   *
   * @param lat latitude in degrees
   * @param lon longitude in degrees
   */
  public static String latLon(double lat, double lon) {
    return String.format(
        Locale.ROOT,
        "%.4f° %s, %.4f° %s",
        Math.abs(lat),
        lat < 0 ? "S" : "N",
        Math.abs(lon),
        lon < 0 ? "W" : "E");
  }

  /** A number with English grouping and at most {@code decimals} decimals, trailing zeros cut. */
  public static String number(double value, int decimals) {
    String s = String.format(Locale.ENGLISH, "%,." + decimals + "f", value);
    if (decimals > 0 && s.indexOf('.') >= 0) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return "-0".equals(s) ? "0" : s;
  }

  /** A signed number, e.g. {@code "+12.4"} or {@code "−3.1"} (with a minus sign, U+2212). */
  public static String signed(double value, int decimals) {
    String s = number(Math.abs(value), decimals);
    if ("0".equals(s)) {
      return "0";
    }
    return (value < 0 ? "\u2212" : "+") + s;
  }

  /** A figure's value with grouping and its unit symbol, e.g. {@code "1,782.75 km"}. */
  public static String value(Figure f) {
    String v = number(f.value(), 2);
    return f.unit().symbol().isEmpty() ? v : v + " " + f.unit().symbol();
  }
}
