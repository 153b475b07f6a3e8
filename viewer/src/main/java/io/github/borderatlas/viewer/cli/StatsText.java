package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.BorderStretch;
import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.viewer.layers.Attribution;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;

/** Prints a {@link StatsReport} as aligned plain text. Stateless. */
final class StatsText {

  /** Crossings listed per river in text; a river close to the line may cross it many times. */
  static final int MAX_CROSSINGS_LISTED = 3;

  private StatsText() {}

  static void print(StatsReport r, PrintWriter out) {
    out.println("Border length (geodesic, WGS84) — measured vs published");
    if (!r.lengths().hasBorder()) {
      out.println("  no border in the atlas");
    }
    out.printf(
        Locale.ROOT,
        "  %-26s %12s %12s %10s %8s  %s%n",
        "",
        "measured km",
        "published",
        "diff km",
        "diff %",
        "source");
    for (LengthReconciliation.Row row : r.lengths().rows()) {
      out.printf(
          Locale.ROOT,
          "  %-26s %12.2f %12s %10s %8s  %s%n",
          row.label(),
          row.measuredKm(),
          num(row.publishedKm(), "%.2f"),
          num(row.differenceKm(), "%+.2f"),
          num(row.differencePercent(), "%+.1f"),
          row.source());
    }
    out.println();
    out.println("River crossings (river flows from the first vertex downstream)");
    if (r.crossings().rivers().isEmpty()) {
      out.println("  no river in the atlas");
    }
    for (RiverAtBorder rc : r.crossings().rivers()) {
      out.printf(
          Locale.ROOT,
          "  %s: %d crossing%s, %s, river %.1f km%n",
          rc.riverName(),
          rc.crossingCount(),
          rc.crossingCount() == 1 ? "" : "s",
          direction(rc),
          rc.riverLengthMetres() / 1000);
      for (BorderStretch s : rc.alongBorder()) {
        out.println("    " + along(s));
      }
      int shown = 0;
      for (CrossingPoint c : rc.crossings()) {
        if (shown++ == MAX_CROSSINGS_LISTED) {
          out.printf(
              Locale.ROOT,
              "    … and %d more (see --json)%n",
              rc.crossingCount() - MAX_CROSSINGS_LISTED);
          break;
        }
        out.printf(
            Locale.ROOT,
            "    at %.4f°E %.4f°N, border km %.1f: %.1f km upstream, %.1f km downstream%n",
            c.lon(),
            c.lat(),
            c.borderChainageMetres() / 1000,
            c.upstreamLengthMetres() / 1000,
            c.downstreamLengthMetres() / 1000);
      }
    }
    out.println();
    out.println("Disputed areas at independence (published figures, km² per side)");
    if (r.disputes().isEmpty()) {
      out.println("  no dispute figures in the atlas");
    }
    for (DisputeShares.Row row : r.disputes().rows()) {
      out.printf(
          Locale.ROOT,
          "  total %s km²; China %s; Kazakhstan %s  [%s] %s%n",
          num(row.totalKm2(), "%,.0f"),
          share(row.china()),
          share(row.kazakhstan()),
          row.confidence().name().toLowerCase(Locale.ROOT),
          row.source());
    }
    out.println();
    out.println("Data sources and licences (features citing each)");
    for (StatsReport.SourceCount s : r.sources()) {
      out.printf(Locale.ROOT, "  %4d  %-28s %s%n", s.features(), s.license(), s.source());
    }
    out.println("  Map attribution: " + Attribution.TEXT);
  }

  static String direction(RiverAtBorder rc) {
    return switch (rc.direction()) {
      case CHINA_TO_KAZAKHSTAN -> "flows China → Kazakhstan";
      case KAZAKHSTAN_TO_CHINA -> "flows Kazakhstan → China";
      case UNDETERMINED -> "direction undetermined";
      case NO_CROSSING ->
          rc.followsBorder() ? "runs along the border" : "does not cross the border";
    };
  }

  /** One stretch along the border, e.g. "follows the border for 134.1 km between border km…". */
  static String along(BorderStretch s) {
    return String.format(
        Locale.ROOT,
        "follows the border for %.1f km between border km %.1f and %.1f (river km %.1f–%.1f)",
        s.riverLengthMetres() / 1000,
        s.borderStartMetres() / 1000,
        s.borderEndMetres() / 1000,
        s.riverFromMetres() / 1000,
        s.riverToMetres() / 1000);
  }

  private static String share(DisputeShares.Share s) {
    String km2 =
        s.km2().isPresent()
            ? String.format(
                Locale.ROOT,
                "%,.0f km²%s",
                s.km2().getAsDouble(),
                s.km2Published() ? "" : " (derived)")
            : "? km²";
    String pct =
        s.percent().isPresent()
            ? String.format(
                Locale.ROOT,
                " (%.1f %%%s)",
                s.percent().getAsDouble(),
                s.percentPublished() ? "" : ", derived")
            : "";
    return km2 + pct;
  }

  private static String num(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "—";
  }
}
