package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.FlowDirection;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import io.github.borderatlas.viewer.panels.BarChart.Part;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a river's published figures and its measured crossing into chart groups for the {@link
 * WaterPanel}:
 *
 * <ul>
 *   <li><b>Length, km</b>: the atlas line measured on WGS84 and split at the border crossing (China
 *       upstream, Kazakhstan downstream) when it crosses once from China; per-country lengths
 *       stacked per source; published totals and boundary stretches.
 *   <li><b>Water, km³ a year</b>: flow and withdrawals side by side (a published range such as
 *       1.5–2.0 is drawn as a range); million m³ a year are converted to km³ a year.
 *   <li><b>Discharge, m³/s</b> and <b>Shares, %</b> (on a 0–100 scale).
 * </ul>
 *
 * <p>Several values of one quantity stay side by side, each labelled with its source tag. Figures
 * of other units are left to the numbers table. Stateless and thread-safe.
 */
public final class RiverCharts {

  private static final List<String> COUNTRIES = List.of("china", "kazakhstan", "russia");

  private RiverCharts() {}

  /** The chart groups of a river; groups without bars are left out. */
  public static List<Group> groups(River river, Optional<RiverAtBorder> crossing) {
    List<Group> groups = new ArrayList<>();
    addIfAny(groups, new Group("Length, km", lengthBars(river, crossing)));
    addIfAny(groups, new Group("Water, km³ a year", waterBars(river)));
    addIfAny(groups, new Group("Discharge, m³/s", unitBars(river, Unit.CUBIC_METRE_PER_SECOND)));
    addIfAny(groups, new Group("Shares, %", unitBars(river, Unit.PERCENT), 100));
    return groups;
  }

  /** The measured length of the atlas line, km. */
  public static double measuredKm(River river) {
    return GeodesicMeasure.lengthMetres(river.geometry()) / 1000;
  }

  static List<Bar> lengthBars(River river, Optional<RiverAtBorder> crossing) {
    List<Bar> bars = new ArrayList<>();
    bars.add(measuredBar(river, crossing));
    Map<String, List<Figure>> bySource = new LinkedHashMap<>();
    for (Figure f : river.figures().all()) {
      String country = country(f.quantity());
      if (country != null && f.unit() == Unit.KILOMETRE) {
        bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<Figure>> e : bySource.entrySet()) {
      bars.add(countryBar(e.getKey(), e.getValue()));
    }
    for (String q : List.of("river.length", "river.length.boundary")) {
      for (Figure f : river.figures().of(q)) {
        if (f.unit() == Unit.KILOMETRE) {
          bars.add(figureBar(f, ChartColors.PUBLISHED, f.value()));
        }
      }
    }
    return bars;
  }

  private static Bar measuredBar(River river, Optional<RiverAtBorder> crossing) {
    double km = measuredKm(river);
    String tip =
        "Geodesic length on WGS84 of the atlas line of the "
            + river.name()
            + " (it may cover only part of the river)";
    Optional<CrossingPoint> one =
        crossing
            .filter(
                c -> c.crossingCount() == 1 && c.direction() == FlowDirection.CHINA_TO_KAZAKHSTAN)
            .flatMap(RiverAtBorder::firstCrossing);
    if (one.isPresent()) {
      double up = one.get().upstreamLengthMetres() / 1000;
      double down = one.get().downstreamLengthMetres() / 1000;
      return Bar.measuredSplit(
          "Atlas line, measured",
          new Part("China", up, ChartColors.CHINA),
          new Part("Kazakhstan", down, ChartColors.KAZAKHSTAN),
          "China "
              + FeatureText.number(up, 0)
              + " km, Kazakhstan "
              + FeatureText.number(down, 0)
              + " km",
          "",
          tip + "; split where it crosses the border");
    }
    return Bar.of(
        "Atlas line, measured",
        km,
        ChartColors.MEASURED,
        Confidence.MEASURED,
        FeatureText.number(km, 1) + " km",
        tip);
  }

  private static Bar countryBar(String source, List<Figure> figures) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Confidence weakest = Confidence.FIRM;
    for (String c : COUNTRIES) {
      for (Figure f : figures) {
        if (c.equals(country(f.quantity()))) {
          String name = c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
          parts.add(new Part(name, f.value(), countryColor(c)));
          text.append(text.length() == 0 ? "" : ", ")
              .append(name)
              .append(' ')
              .append(FeatureText.number(f.value(), 1))
              .append(" km");
          weakest = weaker(weakest, f.confidence());
        }
      }
    }
    return new Bar(
        "By country · " + FigureLabels.sourceTag(source),
        parts,
        Double.NaN,
        weakest,
        text.toString(),
        "",
        source);
  }

  static List<Bar> waterBars(River river) {
    List<Bar> bars = new ArrayList<>();
    for (String q : river.figures().quantities()) {
      List<Figure> perYear = new ArrayList<>();
      for (Figure f : river.figures().of(q)) {
        if (f.unit() == Unit.CUBIC_KILOMETRE_PER_YEAR
            || f.unit() == Unit.MILLION_CUBIC_METRE_PER_YEAR) {
          perYear.add(f);
        }
      }
      Color color =
          q.contains("withdrawal") || q.contains("consumption")
              ? ChartColors.WITHDRAWAL
              : ChartColors.FLOW;
      bars.addAll(rangeOrBars(perYear, color));
    }
    return bars;
  }

  static List<Bar> unitBars(River river, Unit unit) {
    List<Bar> bars = new ArrayList<>();
    for (String q : river.figures().quantities()) {
      List<Figure> same = river.figures().of(q).stream().filter(f -> f.unit() == unit).toList();
      Color color =
          unit == Unit.PERCENT && q.contains("china")
              ? ChartColors.CHINA
              : unit == Unit.PERCENT ? ChartColors.OTHER : ChartColors.FLOW;
      bars.addAll(rangeOrBars(same, color));
    }
    return bars;
  }

  /** One bar per figure, except that two or more values from one source make one range bar. */
  private static List<Bar> rangeOrBars(List<Figure> figures, Color color) {
    Map<String, List<Figure>> bySource = new LinkedHashMap<>();
    figures.forEach(f -> bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f));
    List<Bar> bars = new ArrayList<>();
    for (List<Figure> fs : bySource.values()) {
      if (fs.size() == 1) {
        Figure f = fs.get(0);
        bars.add(figureBar(f, color, toCommonUnit(f)));
      } else {
        double lo = fs.stream().mapToDouble(RiverCharts::toCommonUnit).min().orElse(0);
        double hi = fs.stream().mapToDouble(RiverCharts::toCommonUnit).max().orElse(0);
        Figure f = fs.get(0);
        String unit = f.unit().symbol();
        String text =
            FeatureText.number(fs.stream().mapToDouble(Figure::value).min().orElse(0), 2)
                + "–"
                + FeatureText.number(fs.stream().mapToDouble(Figure::value).max().orElse(0), 2)
                + " "
                + unit;
        Confidence c =
            fs.stream().map(Figure::confidence).reduce(Confidence.FIRM, RiverCharts::weaker);
        bars.add(Bar.range(label(f), lo, hi, color, c, text, tooltip(f)));
      }
    }
    return bars;
  }

  private static Bar figureBar(Figure f, Color color, double scaled) {
    return Bar.of(label(f), scaled, color, f.confidence(), FeatureText.value(f), tooltip(f));
  }

  private static String label(Figure f) {
    return FigureLabels.label(f.quantity()) + " · " + FigureLabels.sourceTag(f.source());
  }

  /** The source, note and confidence of a figure, for a tooltip. */
  static String tooltip(Figure f) {
    return FigureLabels.label(f.quantity())
        + ": "
        + FeatureText.value(f)
        + ". Source: "
        + f.source()
        + f.note().map(n -> ". " + n).orElse("")
        + " ("
        + f.confidence().name().toLowerCase(Locale.ROOT)
        + ")";
  }

  /** A value per year in km³ (million m³ are divided by 1,000); others unchanged. */
  private static double toCommonUnit(Figure f) {
    return f.unit() == Unit.MILLION_CUBIC_METRE_PER_YEAR ? f.value() / 1000 : f.value();
  }

  private static String country(String quantity) {
    for (String c : COUNTRIES) {
      if (quantity.equals("river.length." + c)) {
        return c;
      }
    }
    return null;
  }

  private static Color countryColor(String c) {
    switch (c) {
      case "china":
        return ChartColors.CHINA;
      case "kazakhstan":
        return ChartColors.KAZAKHSTAN;
      default:
        return ChartColors.RUSSIA;
    }
  }

  /** The less trusted of two confidences (measured counts as firm). */
  static Confidence weaker(Confidence a, Confidence b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Confidence c) {
    return c == Confidence.WEAK ? 2 : c == Confidence.SINGLE ? 1 : 0;
  }

  private static void addIfAny(List<Group> groups, Group g) {
    if (!g.bars().isEmpty()) {
      groups.add(g);
    }
  }
}
