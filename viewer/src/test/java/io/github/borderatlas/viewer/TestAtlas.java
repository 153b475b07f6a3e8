package io.github.borderatlas.viewer;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DatePrecision;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small hand-made atlas shaped like the real one (coarse border from the Russian tripoint to Khan
 * Tengri with a Khorgos river stretch, the Ili crossing it, Lake Balkhash with an island, two
 * countries, places, a sector and two treaties). Coordinates are rough, from data-sources.md and
 * facts.md (tripoints, Khorgos 80.45E 44.2N, Balkhash inside point 74.5E 46.1N); the shapes are NOT
 * the real geometry.
 */
public final class TestAtlas {

  public static final Provenance OSM = new Provenance("test: hand-drawn", "ODbL-1.0");
  public static final Provenance GSHHG = new Provenance("test: hand-drawn", "LGPL-3.0-or-later");

  /** Border vertices north to south, lon/lat. */
  public static final double[][] BORDER = {
    {87.286, 49.115}, {86.0, 48.5}, {85.55, 47.97}, {83.0, 47.2}, {82.7, 46.49},
    {82.3, 45.5}, {80.8, 45.0}, {80.45, 44.6}, {80.45, 44.2}, {80.52, 43.82},
    {80.5, 43.0}, {80.26, 42.85}, {80.175, 42.21}
  };

  private TestAtlas() {}

  public static Geometry wkt(String wkt) {
    try {
      return new WKTReader(Geometries.FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  static LineString line(double[][] pts, int from, int to) {
    Coordinate[] c = new Coordinate[to - from + 1];
    for (int i = from; i <= to; i++) {
      c[i - from] = new Coordinate(pts[i][0], pts[i][1]);
    }
    return Geometries.FACTORY.createLineString(c);
  }

  static String ring(String... extra) {
    return String.join(", ", extra);
  }

  public static Atlas atlas() {
    LineString all = line(BORDER, 0, BORDER.length - 1);
    BorderSegment north =
        new BorderSegment(
            "border.segment.01",
            SegmentKind.LAND,
            "Altai to Dzungarian Alatau",
            null,
            line(BORDER, 0, 7),
            0,
            1_200_000,
            "test",
            OSM,
            null);
    BorderSegment khorgos =
        new BorderSegment(
            "border.segment.02",
            SegmentKind.RIVER,
            "Khorgos river stretch",
            Optional.of("Khorgos"),
            line(BORDER, 7, 9),
            1_200_000,
            1_290_000,
            "test",
            OSM,
            null);
    BorderSegment south =
        new BorderSegment(
            "border.segment.03",
            SegmentKind.LAND,
            "Ili to Khan Tengri",
            null,
            line(BORDER, 9, 12),
            1_290_000,
            1_790_000,
            "test",
            OSM,
            null);
    Border border =
        new Border(
            "border", "China–Kazakhstan border", all, List.of(north, khorgos, south), OSM, null);

    StringBuilder borderText = new StringBuilder();
    for (double[] p : BORDER) {
      borderText.append(p[0]).append(' ').append(p[1]).append(", ");
    }
    Country kaz =
        new Country(
            "country.KAZ",
            Names.english("Kazakhstan"),
            "KAZ",
            wkt("POLYGON((" + borderText + "70 42.21, 70 51, 87.286 51, 87.286 49.115))"),
            OSM,
            null);
    Country chn =
        new Country(
            "country.CHN",
            Names.english("China"),
            "CHN",
            wkt("POLYGON((" + borderText + "80.175 41, 92 41, 92 49.115, 87.286 49.115))"),
            OSM,
            null);

    River ili =
        new River(
            "river.ili",
            Names.of("Ili", "Іле", "伊犁河", "Или"),
            wkt("LINESTRING(81.3 43.9, 80.9 43.85, 80.2 43.8, 78.3 43.87, 77.6 43.85)"),
            Optional.of("lake.kapchagay"),
            true,
            Figures.of(
                List.of(
                    Figure.of(
                        "river.length", 1439, Unit.KILOMETRE, "facts.md S70", Confidence.FIRM))),
            GSHHG,
            null);
    Lake balkhash =
        new Lake(
            "lake.balkhash",
            Names.english("Lake Balkhash"),
            wkt(
                "POLYGON((73.5 46.3, 74.2 45.9, 75.5 45.8, 77.0 46.0, 78.5 46.4, 79.2 46.7,"
                    + " 78.3 46.8, 76.5 46.5, 75.0 46.7, 73.9 46.9, 73.5 46.3),"
                    + " (75.4 46.15, 75.8 46.15, 75.8 46.3, 75.4 46.3, 75.4 46.15))"),
            null,
            GSHHG,
            null);
    Place ruTripoint =
        new Place(
            "tripoint.cn-ru-kz",
            PlaceKind.TRIPOINT,
            Names.english("China–Russia–Kazakhstan tripoint"),
            null,
            null,
            (org.locationtech.jts.geom.Point) wkt("POINT(87.286361 49.115499)"),
            new PositionAccuracy(200, "test"),
            null,
            null,
            Provenance.fact("facts.md S13"),
            null);
    Place khorgosCrossing =
        new Place(
            "crossing.khorgos",
            PlaceKind.BORDER_CROSSING,
            Names.english("Khorgos"),
            Optional.of("Nur Zholy"),
            Optional.of("Khorgos"),
            (org.locationtech.jts.geom.Point) wkt("POINT(80.35 44.05)"),
            new PositionAccuracy(2000, "test"),
            null,
            null,
            Provenance.fact("facts.md S49"),
            null);
    Place almaty =
        new Place(
            "city.almaty",
            PlaceKind.CITY,
            Names.english("Almaty"),
            null,
            null,
            (org.locationtech.jts.geom.Point) wkt("POINT(76.95 43.25)"),
            new PositionAccuracy(5000, "test"),
            null,
            null,
            Provenance.fact("test"),
            null);
    DisputedSector choganObo =
        new DisputedSector(
            "sector.chogan-obo",
            Names.english("Chogan-Obo"),
            Optional.of("15–16"),
            Optional.of("treaty.1998"),
            null,
            wkt("POINT(83.3 47.1)"),
            new PositionAccuracy(15_000, "test"),
            Optional.of("test"),
            Provenance.fact("facts.md S9"),
            new Validity(LocalDate.of(1992, 1, 1), LocalDate.of(1998, 7, 4)));
    TimelineEntry t1881 =
        new TimelineEntry(
            "treaty.1881",
            PartialDate.parse("1881-02-24"),
            EntryKind.TREATY,
            "Treaty of Saint Petersburg",
            "test",
            Optional.of("Saint Petersburg"),
            null,
            List.of("Russia", "China"),
            List.of("border.segment.02"),
            Provenance.fact("facts.md S24"),
            null);
    TimelineEntry t1998 =
        new TimelineEntry(
            "treaty.1998",
            new PartialDate(LocalDate.of(1998, 7, 4), DatePrecision.DAY),
            EntryKind.TREATY,
            "Second Supplementary Agreement",
            "test",
            null,
            null,
            List.of("China", "Kazakhstan"),
            List.of("sector.chogan-obo"),
            Provenance.fact("facts.md S9"),
            null);
    return Atlas.builder()
        .country(kaz)
        .country(chn)
        .border(border)
        .river(ili)
        .lake(balkhash)
        .place(ruTripoint)
        .place(khorgosCrossing)
        .place(almaty)
        .disputedSector(choganObo)
        .timelineEntry(t1881)
        .timelineEntry(t1998)
        .figure(
            Figure.of(
                "border.length.total", 1782.75, Unit.KILOMETRE, "facts.md S1", Confidence.FIRM))
        .build();
  }
}
