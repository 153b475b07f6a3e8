package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.pipeline.PipelineException;
import io.github.borderatlas.pipeline.gmt.GmtSegment;
import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns the GMT dumps of GSHHG 2.3.7 into the atlas' rivers and lakes: merges the WDBII river
 * pieces per class, picks each river of {@link RiverCatalog} by its course points, orients it
 * downstream and cuts it where asked; assembles the GSHHS lakes with their islands as holes and
 * picks those of {@link LakeCatalog} by inside point. Every feature gets its published figures and
 * a measured one (geodesic length or area, WGS84).
 *
 * <p>Not thread-safe (collects a report); use one instance per run.
 */
public final class HydroExtraction {

  /** Licence of GSHHG-derived data. */
  public static final String LICENSE = "LGPL-3.0-or-later";

  /**
   * The farthest a course point may lie from the picked line, metres. The points are rounded to
   * 0.01–0.1°, and one of the Emil's lies 6.1 km from WDBII's line.
   */
  public static final int MAX_POINT_OFFSET_M = 10_000;

  private final String gshhgCitation;
  private final List<LeveledLine> riverLines;
  private final Map<String, LineString> pickedLines = new LinkedHashMap<>();
  private final Map<String, LeveledLine> pickedSources = new LinkedHashMap<>();
  private final List<String> report = new ArrayList<>();

  /**
   * @param riverSegments the WDBII river dump ({@code gmt coast -Ia -M})
   * @param gshhgCitation e.g. "GSHHG 2.3.7 (Wessel &amp; Smith), Debian gmt-gshhg-full 2.3.7-6"
   */
  public HydroExtraction(List<GmtSegment> riverSegments, String gshhgCitation) {
    this.gshhgCitation = gshhgCitation;
    this.riverLines = LevelMerger.mergeAll(riverSegments);
  }

  /** All merged WDBII river lines (every class), lon/lat. */
  public List<LeveledLine> riverLines() {
    return riverLines;
  }

  /** The picked, oriented and cut line of each river built so far, by id. */
  public Map<String, LineString> pickedLines() {
    return Map.copyOf(pickedLines);
  }

  /** The merged WDBII line each river was picked from (before orienting and cutting), by id. */
  public Map<String, LeveledLine> pickedSources() {
    return Map.copyOf(pickedSources);
  }

  /** One line per feature built: what was picked and measured. */
  public List<String> report() {
    return List.copyOf(report);
  }

  /** The rivers of the catalog. */
  public List<River> rivers(List<RiverSpec> specs) {
    List<River> out = new ArrayList<>();
    for (RiverSpec s : specs) {
      out.add(river(s));
    }
    return out;
  }

  /** One river of the catalog. */
  public River river(RiverSpec s) {
    RiverPicker.Pick pick = RiverPicker.pick(riverLines, s.course());
    if (pick.maxDistance() > MAX_POINT_OFFSET_M) {
      throw PipelineException.step(
          "rivers",
          s.id()
              + ": the nearest WDBII line passes "
              + Math.round(pick.maxDistance())
              + " m from a course point (limit "
              + MAX_POINT_OFFSET_M
              + " m)");
    }
    LineString line = RiverOrienter.orientDownstream(pick.line().line(), s.course());
    if (s.cutFrom() != null || s.cutTo() != null) {
      line = RiverOrienter.cut(line, s.cutFrom(), s.cutTo(), Geometries.FACTORY);
    }
    String extended = "";
    String provenanceExtra = "";
    if (s.upstreamToward() != null) {
      UpstreamExtender.Extension ext =
          UpstreamExtender.extend(
              line, riverLines, pick.line(), s.upstreamToward(), Geometries.FACTORY);
      if (!ext.added().isEmpty()) {
        Coordinate start = ext.line().getCoordinateN(0);
        String classes =
            ext.addedLevels().stream().map(String::valueOf).collect(Collectors.joining(", "));
        extended =
            String.format(
                Locale.ROOT,
                "extended upstream by %.1f km along WDBII class %s (%d merged line%s, widest step"
                    + " at a confluence %.0f m) to %.3f° E %.3f° N, where WDBII's line ends %.1f km"
                    + " in a straight line from the published source, so the headwater above it is"
                    + " not included",
                (GeodesicMeasure.lengthMetres(ext.line()) - GeodesicMeasure.lengthMetres(line))
                    / 1000,
                classes,
                ext.added().size(),
                ext.added().size() == 1 ? "" : "s",
                ext.maxGapMetres(),
                start.x,
                start.y,
                ext.startToSourceMetres() / 1000);
        provenanceExtra = "; extended upstream along class " + classes + " (see the length note)";
      }
      line = ext.line();
    }
    pickedLines.put(s.id(), line);
    pickedSources.put(s.id(), pick.line());
    double km = GeodesicMeasure.lengthMetres(line) / 1000;
    report.add(
        String.format(
            Locale.ROOT,
            "%s: WDBII class %d, %d vertices, %.1f km, course points within %.0f m%s%s",
            s.id(),
            pick.line().level(),
            line.getNumPoints(),
            km,
            pick.maxDistance(),
            extended.isEmpty() ? "" : "; ",
            extended));
    List<Figure> figures = new ArrayList<>(s.figures());
    figures.add(
        measured(
            "river.length.measured",
            km,
            Unit.KILOMETRE,
            "geodesic length"
                + (s.note() == null ? "" : "; " + s.note())
                + (extended.isEmpty() ? "" : "; " + extended)));
    return new River(
        s.id(),
        s.names(),
        line,
        Optional.ofNullable(s.outflowId()),
        s.transboundary(),
        Figures.of(figures),
        new Provenance(
            gshhgCitation
                + ": WDBII rivers, class "
                + pick.line().level()
                + "; picked by points on its course"
                + provenanceExtra,
            LICENSE),
        null);
  }

  /** The lakes of the catalog from the level-2 shorelines and level-3 islands. */
  public List<Lake> lakes(
      List<GmtSegment> shoreSegments, List<GmtSegment> islandSegments, List<LakeSpec> specs) {
    List<LineString> shores = new ArrayList<>();
    LevelMerger.mergeByLevel(shoreSegments).values().forEach(shores::addAll);
    List<LineString> islands = new ArrayList<>();
    LevelMerger.mergeByLevel(islandSegments).values().forEach(islands::addAll);
    LakeAssembler assembler = new LakeAssembler(shores, islands, Geometries.FACTORY);
    List<Lake> out = new ArrayList<>();
    for (LakeSpec s : specs) {
      Polygon p =
          assembler
              .lakeAt(s.inside())
              .orElseThrow(
                  () ->
                      PipelineException.step(
                          "lakes", s.id() + ": no closed GSHHS shoreline contains " + s.inside()));
      TopologyValidationError err = new IsValidOp(p).getValidationError();
      if (err != null) {
        throw PipelineException.step("lakes", s.id() + ": invalid polygon: " + err);
      }
      double km2 = GeodesicMeasure.areaSquareMetres(p) / 1e6;
      double holesKm2 = 0;
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        holesKm2 +=
            Math.abs(
                    GeodesicMeasure.WGS84.signedRingArea(
                        p.getInteriorRingN(i).getCoordinateSequence()))
                / 1e6;
      }
      report.add(
          String.format(
              Locale.ROOT,
              "%s: %d shell vertices, %d islands (%.1f km²), %.1f km² net",
              s.id(),
              p.getExteriorRing().getNumPoints(),
              p.getNumInteriorRing(),
              holesKm2,
              km2));
      List<Figure> figures = new ArrayList<>(s.figures());
      figures.add(
          measured(
              "lake.area.measured",
              km2,
              Unit.SQUARE_KILOMETRE,
              "geodesic area net of islands" + (s.note() == null ? "" : "; " + s.note())));
      out.add(
          new Lake(
              s.id(),
              s.names(),
              p,
              Figures.of(figures),
              new Provenance(
                  gshhgCitation
                      + ": GSHHS level 2 shoreline, level 3 islands as holes"
                      + (s.reference() == null
                          ? ""
                          : "; picked by a point inside it and named after " + s.reference()),
                  LICENSE),
              s.validity()));
    }
    return out;
  }

  private static Figure measured(String quantity, double value, Unit unit, String what) {
    double rounded = Math.round(value * 10) / 10.0;
    return new Figure(
        quantity,
        rounded,
        unit,
        "BorderAtlas pipeline, GeographicLib on the WGS84 ellipsoid",
        Confidence.MEASURED,
        Optional.ofNullable(what));
  }
}
