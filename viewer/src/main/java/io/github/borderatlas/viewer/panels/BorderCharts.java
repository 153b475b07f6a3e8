package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.analysis.LengthReconciliation.Row;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import io.github.borderatlas.viewer.panels.BarChart.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Chart groups and tables for the {@link BorderFiguresPanel}: the border's measured lengths next to
 * every published one (total, land, water) with the difference in km and %, and the disputed land
 * per side in km² for each published source, as stacked bars.
 *
 * <p>Inputs are core {@link LengthReconciliation} (geodesic lengths on WGS84) and {@link
 * DisputeShares} (one row per source; km² derived from a source's own total and shares). Nothing is
 * derived across sources. Stateless and thread-safe.
 */
public final class BorderCharts {

  private static final List<String[]> LENGTHS =
      List.of(
          new String[] {LengthReconciliation.TOTAL, "Total length, km"},
          new String[] {LengthReconciliation.LAND, "Land, or water not located, km"},
          new String[] {LengthReconciliation.WATER, "Rivers and lakes, km"});

  private BorderCharts() {}

  /** One group per length quantity: the measured bar, then each published value. */
  public static List<Group> lengthGroups(LengthReconciliation rec) {
    List<Group> groups = new ArrayList<>();
    if (!rec.hasBorder()) {
      return groups;
    }
    for (String[] q : LENGTHS) {
      List<Row> rows = rec.rows(q[0]);
      if (rows.isEmpty()) {
        continue;
      }
      List<Bar> bars = new ArrayList<>();
      bars.add(measuredBar(rec, q[0], rows.get(0).measuredKm()));
      for (Row r : rows) {
        r.publishedFigure().ifPresent(f -> bars.add(publishedBar(r, f)));
      }
      groups.add(new Group(q[1], bars));
    }
    return groups;
  }

  private static Bar measuredBar(LengthReconciliation rec, String quantity, double km) {
    String text = FeatureText.number(km, 1) + " km";
    String tip = "Measured by BorderAtlas: geodesic length on WGS84 of the atlas' border";
    if (quantity.equals(LengthReconciliation.WATER)) {
      double river = rec.segmentMetres(SegmentKind.RIVER) / 1000;
      double lake = rec.segmentMetres(SegmentKind.LAKE) / 1000;
      return Bar.measuredSplit(
          "Measured",
          new Part("rivers", river, ChartColors.MEASURED),
          new Part("lakes", lake, ChartColors.FLOW),
          text,
          "rivers " + FeatureText.number(river, 1) + ", lakes " + FeatureText.number(lake, 1),
          tip + " (river and lake segments)");
    }
    return Bar.of("Measured", km, ChartColors.MEASURED, Confidence.MEASURED, text, tip);
  }

  private static Bar publishedBar(Row r, Figure f) {
    double km = r.publishedKm().orElse(0);
    return Bar.of(
            "Published · " + FigureLabels.sourceTag(f.source()),
            km,
            ChartColors.PUBLISHED,
            f.confidence(),
            FeatureText.number(km, 2) + " km",
            RiverCharts.tooltip(f))
        .withRemark("measured " + difference(r));
  }

  /** Measured minus published, e.g. {@code "−12.3 km (−0.69 %)"}; empty without a figure. */
  public static String difference(Row r) {
    OptionalDouble km = r.differenceKm();
    OptionalDouble pct = r.differencePercent();
    if (km.isEmpty()) {
      return "";
    }
    String s = FeatureText.signed(km.getAsDouble(), 1) + " km";
    return pct.isEmpty() ? s : s + " (" + FeatureText.signed(pct.getAsDouble(), 2) + " %)";
  }

  /**
   * The disputed land per source: a stacked China / Kazakhstan bar in km² where the source splits
   * it, else its total alone. Empty when no dispute figure is present.
   */
  public static List<Group> disputeGroups(DisputeShares shares) {
    List<Bar> bars = new ArrayList<>();
    for (DisputeShares.Row r : shares.rows()) {
      OptionalDouble total = r.totalKm2();
      DisputeShares.Share cn = r.china();
      DisputeShares.Share kz = r.kazakhstan();
      String label = FigureLabels.sourceTag(r.source());
      if (cn.km2().isPresent() && kz.km2().isPresent()) {
        double c = cn.km2().getAsDouble();
        double k = kz.km2().getAsDouble();
        String text =
            "China "
                + FeatureText.number(c, 0)
                + " km²"
                + pct(cn)
                + ", Kazakhstan "
                + FeatureText.number(k, 0)
                + " km²"
                + pct(kz);
        String remark =
            total.isPresent() ? "of " + FeatureText.number(total.getAsDouble(), 0) + " km²" : "";
        OptionalDouble sum = r.shareSumPercent();
        if (sum.isPresent() && Math.abs(sum.getAsDouble() - 100) > 0.05) {
          remark +=
              (remark.isEmpty() ? "" : "; ")
                  + "shares add up to "
                  + FeatureText.number(sum.getAsDouble(), 1)
                  + " %";
        }
        bars.add(
            new Bar(
                label,
                List.of(
                    new Part("China", c, ChartColors.CHINA),
                    new Part("Kazakhstan", k, ChartColors.KAZAKHSTAN)),
                Double.NaN,
                r.confidence(),
                text,
                remark,
                r.source()));
      } else if (total.isPresent()) {
        bars.add(
            Bar.of(
                    label,
                    total.getAsDouble(),
                    ChartColors.PUBLISHED,
                    r.confidence(),
                    FeatureText.number(total.getAsDouble(), 0) + " km²",
                    r.source())
                .withRemark("not split by side"));
      }
    }
    return bars.isEmpty() ? List.of() : List.of(new Group("Disputed land per side, km²", bars));
  }

  private static String pct(DisputeShares.Share s) {
    if (s.percent().isEmpty()) {
      return "";
    }
    return " ("
        + FeatureText.number(s.percent().getAsDouble(), 1)
        + " %"
        + (s.percentPublished() ? "" : ", derived")
        + ")";
  }

  /** The length comparison, one paragraph per row: published, measured, difference, source. */
  public static String lengthTable(LengthReconciliation rec) {
    return lengthTable(rec, Bibliography.empty());
  }

  /**
   * The length comparison with each source by title and link ({@link SourceLinks}); the citation as
   * written goes under the pane's "Details" toggle.
   */
  public static String lengthTable(LengthReconciliation rec, Bibliography bibliography) {
    if (!rec.hasBorder()) {
      return "<p><i>The atlas has no border to measure.</i></p>";
    }
    StringBuilder b = new StringBuilder();
    for (Row r : rec.rows()) {
      b.append("<p style='margin-top:3px'><b>").append(escape(r.label())).append("</b>: ");
      if (r.publishedFigure().isPresent()) {
        Figure f = r.publishedFigure().get();
        b.append("published ")
            .append(escape(FeatureText.number(r.publishedKm().getAsDouble(), 2)))
            .append(" km <i>(")
            .append(f.confidence().name().toLowerCase(Locale.ROOT))
            .append(")</i>, measured ")
            .append(escape(FeatureText.number(r.measuredKm(), 1)))
            .append(" km, difference ")
            .append(escape(difference(r)));
      } else {
        b.append("measured ")
            .append(escape(FeatureText.number(r.measuredKm(), 1)))
            .append(" km, no published figure");
      }
      b.append("<br><font size='-1'>")
          .append(SourceLinks.html(r.source(), bibliography))
          .append("</font></p>");
    }
    return b.toString();
  }

  /** Every dispute figure, grouped by source, with the per-side km² each source implies. */
  public static String disputeTable(DisputeShares shares) {
    return disputeTable(shares, Bibliography.empty());
  }

  /** The dispute figures with each source by title and link ({@link SourceLinks}). */
  public static String disputeTable(DisputeShares shares, Bibliography bibliography) {
    if (shares.isEmpty()) {
      return "<p><i>No published figures on the disputed land.</i></p>";
    }
    StringBuilder b = new StringBuilder();
    for (DisputeShares.Row r : shares.rows()) {
      b.append("<p><b>")
          .append(SourceLinks.html(r.source(), bibliography))
          .append("</b> (")
          .append(r.confidence().name().toLowerCase(Locale.ROOT))
          .append(")");
      b.append(FigureTable.html(r.figures(), false)).append("</p>");
    }
    return b.toString();
  }
}
