package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and coordinate formatting shared by the panels and the timeline: English digits and
 * grouping ({@code 1,782.75}), coordinates written latitude first with hemisphere letters so the
 * axis order cannot be mistaken. Stateless and thread-safe.
 */
public final class FeatureText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private FeatureText() {}

  /**
   * A date written at its precision: {@code "26 April 1994"}, {@code "November 1860"} or {@code
   * "1915"}.
   */
  public static String date(PartialDate date) {
    switch (date.precision()) {
      case YEAR:
        return Integer.toString(date.date().getYear());
      case MONTH:
        return MONTH.format(date.date());
      default:
        return DAY.format(date.date());
    }
  }

  /** A day written out, e.g. {@code "15 January 2000"}. */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /**
   * A period of validity in words: {@code "always"}, {@code "from 15 January 2000"}, {@code "until
   * 1 May 2010"} or {@code "from 1 October 2002 until 1 May 2010"} (the end day excluded).
   */
  public static String validity(Validity v) {
    if (!v.isStartKnown()) {
      return ("start date not known " + v.partialTo().map(d -> "until " + date(d)).orElse(""))
          .strip();
    }
    if (v.from().isEmpty() && v.to().isEmpty()) {
      return "always";
    }
    String from = v.partialFrom().map(d -> "from " + date(d)).orElse("");
    String to = v.partialTo().map(d -> "until " + date(d)).orElse("");
    return (from + " " + to).strip();
  }

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
