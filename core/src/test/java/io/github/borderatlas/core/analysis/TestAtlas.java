package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.core.model.Validity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small, clean atlas shaped like the real one: a border from near the Russia tripoint (87.3°E
 * 49.1°N) south-west to near Khan Tengri (80.17°E 42.21°N), three segments cut at its vertices,
 * three transboundary rivers digitised from China (east) into Kazakhstan (west) at about the places
 * of the Black Irtysh, Emel and Ili crossings (data-sources.md), a lake with an island and the
 * published figures of facts.md §2–3. Coordinates are invented to that shape; they are not data.
 */
final class TestAtlas {

  static final Provenance PROV = new Provenance("test fixture", "CC0-1.0");

  static final String BORDER_WKT =
      "LINESTRING (87.3 49.1, 86.0 48.3, 85.0 47.6, 83.0 47.0, 82.5 46.0, 80.8 45.2,"
          + " 80.4 44.2, 80.6 43.0, 80.17 42.21)";

  static final String ILI = "LINESTRING (81.3 43.9, 80.9 43.85, 80.2 43.8, 79.0 43.85, 78.3 43.87)";
  static final String IRTYSH = "LINESTRING (86.9 47.7, 86.0 47.9, 84.6 47.75, 84.0 47.9)";
  static final String EMEL = "LINESTRING (83.6 46.5, 82.72 46.49, 82.0 46.42)";

  private TestAtlas() {}

  static Geometry wkt(String text) {
    try {
      Geometry g = new WKTReader(Geometries.FACTORY).read(text);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static LineString borderLine() {
    return (LineString) wkt(BORDER_WKT);
  }

  /** Segments cut at vertices 0–3 (land), 3–6 (river), 6–8 (land), chainage measured exactly. */
  static List<BorderSegment> segments(LineString line) {
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    int last = line.getNumPoints() - 1;
    return List.of(
        segment("border.segment.01", SegmentKind.LAND, line, index, 0, 3),
        segment("border.segment.02", SegmentKind.RIVER, line, index, 3, 6),
        segment("border.segment.03", SegmentKind.LAND, line, index, 6, last));
  }

  static BorderSegment segment(
      String id, SegmentKind kind, LineString line, GeodesicLineIndex index, int from, int to) {
    Coordinate[] cs = Arrays.copyOfRange(line.getCoordinates(), from, to + 1);
    return new BorderSegment(
        id,
        kind,
        id,
        kind == SegmentKind.RIVER ? Optional.of("Test river") : Optional.empty(),
        Geometries.FACTORY.createLineString(cs),
        index.chainageMetresOfVertex(from),
        index.chainageMetresOfVertex(to),
        "test",
        PROV,
        Validity.ALWAYS);
  }

  static Border border(LineString line, List<BorderSegment> segments) {
    return new Border("border", "China–Kazakhstan border", line, segments, PROV, Validity.ALWAYS);
  }

  static River river(String id, String wkt, boolean transboundary) {
    return new River(
        id,
        Names.english(id),
        wkt(wkt),
        null,
        transboundary,
        Figures.empty(),
        PROV,
        Validity.ALWAYS);
  }

  /** Figures as in facts.md §2 and §3 (sources abbreviated). */
  static List<Figure> figures() {
    String s1 = "en.wikipedia China–Kazakhstan border [S1]";
    String seed = "seed article (Fravel not found)";
    String caci = "CACI Analyst, 2000-02-16 [S33]";
    String aihuau = "aihuau.com [S7]";
    return List.of(
        Figure.of(LengthReconciliation.TOTAL, 1782.75, Unit.KILOMETRE, s1, Confidence.FIRM),
        Figure.of(LengthReconciliation.TOTAL, 1700, Unit.KILOMETRE, "[S2]", Confidence.WEAK),
        Figure.of(LengthReconciliation.LAND, 1215.86, Unit.KILOMETRE, aihuau, Confidence.SINGLE),
        Figure.of(LengthReconciliation.WATER, 566.89, Unit.KILOMETRE, aihuau, Confidence.SINGLE),
        Figure.of(DisputeShares.TOTAL, 2420, Unit.SQUARE_KILOMETRE, seed, Confidence.WEAK),
        Figure.of(DisputeShares.SHARE_CHINA, 22, Unit.PERCENT, seed, Confidence.WEAK),
        Figure.of(DisputeShares.SHARE_KAZAKHSTAN, 78, Unit.PERCENT, seed, Confidence.WEAK),
        Figure.of(DisputeShares.TOTAL, 944, Unit.SQUARE_KILOMETRE, caci, Confidence.SINGLE),
        Figure.of(DisputeShares.SHARE_KAZAKHSTAN, 56.9, Unit.PERCENT, caci, Confidence.SINGLE),
        Figure.of(DisputeShares.SHARE_CHINA, 43, Unit.PERCENT, caci, Confidence.SINGLE),
        Figure.of(DisputeShares.CHANGED, 187, Unit.SQUARE_KILOMETRE, caci, Confidence.SINGLE),
        Figure.of(
            DisputeShares.SINO_SOVIET, 34_000, Unit.SQUARE_KILOMETRE, caci, Confidence.SINGLE),
        Figure.of(DisputeShares.TOTAL, 1969, Unit.SQUARE_KILOMETRE, aihuau, Confidence.WEAK),
        Figure.of(DisputeShares.COUNT, 12, Unit.COUNT, aihuau, Confidence.WEAK),
        Figure.of(
            DisputeShares.HELD_KAZAKHSTAN, 1841, Unit.SQUARE_KILOMETRE, aihuau, Confidence.WEAK),
        Figure.of(DisputeShares.HELD_CHINA, 90, Unit.SQUARE_KILOMETRE, aihuau, Confidence.WEAK),
        Figure.of(DisputeShares.HELD_NONE, 38, Unit.SQUARE_KILOMETRE, aihuau, Confidence.WEAK));
  }

  /** The clean atlas, without country outlines. */
  static Atlas.Builder builder() {
    LineString line = borderLine();
    Atlas.Builder b = Atlas.builder().border(border(line, segments(line)));
    b.river(river("river.ili", ILI, true))
        .river(river("river.irtysh", IRTYSH, true))
        .river(river("river.emel", EMEL, true))
        .river(
            new River(
                "river.ili-lower",
                Names.english("Lower Ili"),
                wkt("LINESTRING (77.0 44.0, 76.27 44.8)"),
                Optional.of("lake.balkhash-test"),
                false,
                Figures.empty(),
                PROV,
                Validity.ALWAYS));
    b.lake(
        new Lake(
            "lake.balkhash-test",
            Names.english("Test lake"),
            wkt(
                "POLYGON ((74 45.5, 76 45.5, 76 46.5, 74 46.5, 74 45.5),"
                    + " (74.5 45.8, 74.5 46.0, 74.8 46.0, 74.8 45.8, 74.5 45.8))"),
            Figures.empty(),
            PROV,
            Validity.ALWAYS));
    b.place(
        new Place(
            "crossing.khorgos",
            PlaceKind.BORDER_CROSSING,
            Names.english("Khorgos"),
            Optional.of("Nur Zholy"),
            Optional.of("Khorgos"),
            Geometries.FACTORY.createPoint(new Coordinate(80.4, 44.2)),
            new PositionAccuracy(500, "test"),
            null,
            null,
            PROV,
            Validity.ALWAYS));
    b.disputedSector(
        new DisputedSector(
            "sector.test",
            Names.english("Test sector"),
            Optional.of("15–16"),
            Optional.of("treaty.1998"),
            Figures.empty(),
            null,
            null,
            Optional.of("test"),
            PROV,
            Validity.ALWAYS));
    b.timelineEntry(
        new TimelineEntry(
            "treaty.1998",
            PartialDate.parse("1998-07-04"),
            EntryKind.AGREEMENT,
            "Second Supplementary Agreement",
            "",
            null,
            null,
            List.of("China", "Kazakhstan"),
            List.of("sector.test"),
            PROV,
            Validity.ALWAYS));
    figures().forEach(b::figure);
    return b;
  }

  static Atlas clean() {
    return builder().build();
  }

  /**
   * China and Kazakhstan outlines that meet along the border line: each closes the line with two
   * far corners east (China) or west (Kazakhstan), wound counter-clockwise.
   */
  static List<Country> countries() {
    Coordinate[] line = borderLine().getCoordinates();
    return List.of(
        country("country.CHN", "CHN", line, 95), country("country.KAZ", "KAZ", line, 70));
  }

  private static Country country(String id, String iso, Coordinate[] line, double farLon) {
    List<Coordinate> ring = new ArrayList<>(Arrays.asList(line));
    ring.add(new Coordinate(farLon, line[line.length - 1].y));
    ring.add(new Coordinate(farLon, line[0].y));
    ring.add(line[0]);
    Coordinate[] cs = ring.toArray(new Coordinate[0]);
    if (!Orientation.isCCW(cs)) {
      List<Coordinate> reversed = new ArrayList<>(Arrays.asList(cs));
      java.util.Collections.reverse(reversed);
      cs = reversed.toArray(new Coordinate[0]);
    }
    return new Country(
        id, Names.english(iso), iso, Geometries.FACTORY.createPolygon(cs), PROV, Validity.ALWAYS);
  }
}
