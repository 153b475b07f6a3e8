package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Unit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The border's measured length, in total and per kind of segment, next to the lengths published for
 * it (the atlas-wide {@link Atlas#figures()}), with the differences.
 *
 * <p><b>Quantities.</b> Published figures are read from these keys (unit {@link Unit#KILOMETRE} or
 * {@link Unit#METRE}; figures in other units are ignored):
 *
 * <ul>
 *   <li>{@value #TOTAL}: the whole line; measured as the geodesic length of {@link Border#line()};
 *   <li>{@value #LAND}: measured as the sum of the {@link SegmentKind#LAND} and {@link
 *       SegmentKind#LAND_OR_UNLOCATED_WATER} segments, so an upper bound of the land where water
 *       stretches could not be located (the row says "Land, or water not located" when any such
 *       segment is measured);
 *   <li>{@value #WATER}: measured as the sum of the {@link SegmentKind#RIVER} and {@link
 *       SegmentKind#LAKE} segments;
 *   <li>{@value #RIVER} and {@value #LAKE}: the river and lake segments apart.
 * </ul>
 *
 * <p>Every published figure of a quantity gets its own row (several totals are in circulation); a
 * quantity without a published figure gets one row with the measured value only. Rows come in the
 * order total, land, water, river, lake, then by the figures' order.
 *
 * <p><b>Accuracy.</b> Geodesic lengths on WGS84 (GeographicLib, Karney 2013, <a
 * href="https://doi.org/10.1007/s00190-012-0578-z">doi:10.1007/s00190-012-0578-z</a>); the error is
 * the data's generalisation, not the arithmetic. Segments are measured on their own geometry,
 * whatever their validity; reconcile {@code atlas.asOf(date)} for one date.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class LengthReconciliation {

  /** Published total length of the border. */
  public static final String TOTAL = "border.length.total";

  /** Published length of the land stretches. */
  public static final String LAND = "border.length.land";

  /** Published length of the water (river and lake) stretches. */
  public static final String WATER = "border.length.water";

  /** Length of the river stretches. */
  public static final String RIVER = "border.length.river";

  /** Length of the lake stretches. */
  public static final String LAKE = "border.length.lake";

  private final double lineMetres;
  private final Map<SegmentKind, Double> byKind;
  private final List<Row> rows;

  /**
   * One comparison: a measured length and, when one is published, a published length.
   *
   * @param quantity the figure key, e.g. {@value #TOTAL}
   * @param label a short English label, e.g. {@code "Total"}
   * @param measuredKm the measured length, km
   * @param published the published figure, or {@code null} when none is published
   */
  public record Row(String quantity, String label, double measuredKm, Figure published) {

    /** The published figure, if any. */
    public Optional<Figure> publishedFigure() {
      return Optional.ofNullable(published);
    }

    /** The published value in km, if any. */
    public OptionalDouble publishedKm() {
      return published == null ? OptionalDouble.empty() : OptionalDouble.of(toKm(published));
    }

    /** Measured minus published, km. */
    public OptionalDouble differenceKm() {
      return published == null
          ? OptionalDouble.empty()
          : OptionalDouble.of(measuredKm - toKm(published));
    }

    /** Measured minus published, as a percentage of the published value. */
    public OptionalDouble differencePercent() {
      if (published == null || toKm(published) == 0) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of((measuredKm - toKm(published)) / toKm(published) * 100);
    }

    /** The published figure's source, or {@code "measured by BorderAtlas"}. */
    public String source() {
      return published == null ? "measured by BorderAtlas" : published.source();
    }
  }

  private LengthReconciliation(double lineMetres, Map<SegmentKind, Double> byKind, List<Row> rows) {
    this.lineMetres = lineMetres;
    this.byKind = byKind;
    this.rows = List.copyOf(rows);
  }

  /**
   * Reconciles an atlas. Without a border there is nothing to measure: the result has no rows and
   * {@link #hasBorder()} is false.
   */
  public static LengthReconciliation of(Atlas atlas) {
    Objects.requireNonNull(atlas, "atlas");
    Map<SegmentKind, Double> byKind = new EnumMap<>(SegmentKind.class);
    for (SegmentKind k : SegmentKind.values()) {
      byKind.put(k, 0.0);
    }
    Optional<Border> border = atlas.border();
    if (border.isEmpty()) {
      return new LengthReconciliation(0, byKind, List.of());
    }
    double line = GeodesicMeasure.lengthMetres(border.get().line());
    for (BorderSegment s : border.get().segments()) {
      byKind.merge(s.kind(), GeodesicMeasure.lengthMetres(s.geometry()), Double::sum);
    }
    double water = byKind.get(SegmentKind.RIVER) + byKind.get(SegmentKind.LAKE);
    Figures figures = atlas.figures();
    List<Row> rows = new ArrayList<>();
    addRows(rows, figures, TOTAL, "Total", line);
    double unlocated = byKind.get(SegmentKind.LAND_OR_UNLOCATED_WATER);
    addRows(
        rows,
        figures,
        LAND,
        unlocated > 0 ? "Land, or water not located" : "Land",
        byKind.get(SegmentKind.LAND) + unlocated);
    addRows(rows, figures, WATER, "Water (rivers and lakes)", water);
    addRows(rows, figures, RIVER, "Rivers", byKind.get(SegmentKind.RIVER));
    addRows(rows, figures, LAKE, "Lakes", byKind.get(SegmentKind.LAKE));
    return new LengthReconciliation(line, byKind, rows);
  }

  /** True when the atlas had a border to measure. */
  public boolean hasBorder() {
    return !rows.isEmpty();
  }

  /** The rows, in the order described in the class documentation. */
  public List<Row> rows() {
    return rows;
  }

  /** The rows of one quantity. */
  public List<Row> rows(String quantity) {
    return rows.stream().filter(r -> r.quantity().equals(quantity)).toList();
  }

  /** The geodesic length of the border line, metres. */
  public double lineMetres() {
    return lineMetres;
  }

  /** The summed geodesic length of the segments of one kind, metres. */
  public double segmentMetres(SegmentKind kind) {
    return byKind.get(kind);
  }

  /** The summed geodesic length of all segments, metres. */
  public double allSegmentsMetres() {
    return byKind.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static void addRows(
      List<Row> rows, Figures figures, String quantity, String label, double metres) {
    double km = metres / 1000;
    boolean any = false;
    for (Figure f : figures.of(quantity)) {
      if (f.unit() == Unit.KILOMETRE || f.unit() == Unit.METRE) {
        rows.add(new Row(quantity, label, km, f));
        any = true;
      }
    }
    if (!any) {
      rows.add(new Row(quantity, label, km, null));
    }
  }

  private static double toKm(Figure f) {
    return f.unit() == Unit.METRE ? f.value() / 1000 : f.value();
  }
}
