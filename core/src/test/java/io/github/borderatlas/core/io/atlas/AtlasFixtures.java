package io.github.borderatlas.core.io.atlas;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A tiny atlas with one feature of every model type, built from inline WKT. Coordinates have at
 * most 6 decimals and polygon shells are counter-clockwise, holes clockwise, so that the features
 * survive a trip through a 6-decimal RFC 7946 file unchanged. Figures and dates are from the
 * project's fact sheet (facts.md, sources cited per value); geometries are schematic.
 */
final class AtlasFixtures {

  static final Provenance OSM = new Provenance("© OpenStreetMap contributors", "ODbL-1.0");
  static final Provenance GSHHG =
      new Provenance("GSHHG 2.3.7 (Wessel & Smith)", "LGPL-3.0-or-later");

  private AtlasFixtures() {}

  static Geometry wkt(String wkt) {
    try {
      return new WKTReader(Geometries.FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  static final LineString BORDER_LINE =
      (LineString)
          wkt(
              "LINESTRING (87.286667 49.115, 85.5 47.0, 82.5 45.2, 80.416 44.2, 80.175306 42.210111)");

  /** Three segments; chainages hand-picked (the last ends at 1,782.75 km, facts.md §3, S1). */
  static BorderSegment segment1() {
    return new BorderSegment(
        "border.segment.01",
        SegmentKind.LAND,
        "Altai to Dzungarian Gate",
        null,
        (LineString) wkt("LINESTRING (87.286667 49.115, 85.5 47.0, 82.5 45.2)"),
        0,
        1_000_000,
        "watershed per the 1994 agreement",
        OSM,
        null);
  }

  static BorderSegment segment2() {
    return new BorderSegment(
        "border.segment.02",
        SegmentKind.RIVER,
        "Khorgos river stretch",
        Optional.of("Khorgos"),
        (LineString) wkt("LINESTRING (82.5 45.2, 80.416 44.2)"),
        1_000_000,
        1_350_250.5,
        "the Khorgos serves as the boundary line (facts.md S39)",
        OSM,
        null);
  }

  static BorderSegment segment3() {
    return new BorderSegment(
        "border.segment.03",
        SegmentKind.LAND,
        "Tian Shan",
        null,
        (LineString) wkt("LINESTRING (80.416 44.2, 80.175306 42.210111)"),
        1_350_250.5,
        1_782_750,
        "",
        OSM,
        Validity.startingOn(LocalDate.of(1999, 3, 24)));
  }

  static Border border() {
    return new Border(
        "border",
        "China–Kazakhstan border",
        BORDER_LINE,
        List.of(segment1(), segment2(), segment3()),
        OSM,
        null);
  }

  /** The Ili with its names in four languages and figures from facts.md §4 (S70, S71, S77). */
  static River ili() {
    return new River(
        "river.ili",
        Names.of("Ili", "Іле", "伊犁河", "Или"),
        wkt("LINESTRING (81.9 43.9, 80.6 44.0, 78.0 44.1, 74.5 45.4)"),
        Optional.of("lake.balkhash"),
        true,
        Figures.of(
            List.of(
                Figure.of("river.length", 1439, Unit.KILOMETRE, "S70 S71", Confidence.FIRM),
                new Figure(
                    "river.discharge.mean",
                    480,
                    Unit.CUBIC_METRE_PER_SECOND,
                    "S70 S71",
                    Confidence.FIRM,
                    Optional.of("about 480 m³/s")),
                new Figure(
                    "river.consumption.share.china",
                    38,
                    Unit.PERCENT,
                    "S77",
                    Confidence.SINGLE,
                    Optional.of("in 2000; no water-allocation agreement")))),
        GSHHG,
        null);
  }

  /** A river without optional values: no outflow, no figures, English name only. */
  static River emel() {
    return new River(
        "river.emel",
        Names.english("Emel"),
        wkt("MULTILINESTRING ((83.886 46.637, 82.725 46.493), (82.725 46.493, 81.945 46.3675))"),
        null,
        false,
        null,
        GSHHG,
        new Validity(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)));
  }

  /** Balkhash with an island hole; areas from facts.md §4 (S80, S81). */
  static Lake balkhash() {
    return new Lake(
        "lake.balkhash",
        Names.of("Lake Balkhash", "Балқаш", "巴尔喀什湖", "Балхаш"),
        wkt(
            "POLYGON ((73.5 46.2, 79.2 45.9, 79.0 46.8, 74.0 46.9, 73.5 46.2),"
                + " (76.0 46.4, 76.2 46.6, 76.4 46.4, 76.0 46.4))"),
        Figures.of(
            List.of(
                Figure.of("lake.area", 16400, Unit.SQUARE_KILOMETRE, "S80", Confidence.SINGLE),
                new Figure(
                    "lake.area",
                    15500,
                    Unit.SQUARE_KILOMETRE,
                    "S81",
                    Confidence.SINGLE,
                    Optional.of("Britannica gives 15,500–16,300 km²")))),
        GSHHG,
        null);
  }

  /** Kapchagay reservoir, valid from the dam's completion year 1970 (facts.md §4, S71). */
  static Lake kapchagay() {
    return new Lake(
        "lake.kapchagay",
        Names.english("Kapchagay reservoir"),
        wkt("MULTIPOLYGON (((77.0 43.8, 78.0 43.8, 78.0 44.0, 77.0 44.0, 77.0 43.8)))"),
        null,
        GSHHG,
        Validity.of(PartialDate.parse("1970"), null));
  }

  /** Dostyk: opened 20 July 1991; town at 45°15′12″N 82°29′04″E (facts.md §3, S43, S43b). */
  static Place dostyk() {
    return new Place(
        "crossing.dostyk",
        PlaceKind.BORDER_CROSSING,
        Names.of("Dostyk–Alashankou", "Достық", "阿拉山口", "Достык"),
        Optional.of("Dostyk"),
        Optional.of("Alashankou"),
        (Point) wkt("POINT (82.484444 45.253333)"),
        new PositionAccuracy(2000, "town centre (S43b)"),
        Optional.of(PartialDate.parse("1991-07-20")),
        Optional.of("rail link completed 12 Sept 1990 (S43)"),
        Provenance.fact("S43 S43b"),
        null);
  }

  /** The Khorgos port, reopened November 1983 (month precision; facts.md §3, S49). */
  static Place khorgosPort() {
    return new Place(
        "place.khorgos-port",
        PlaceKind.CROSS_BORDER_CENTRE,
        Names.english("Port of Khorgos"),
        null,
        null,
        (Point) wkt("POINT (80.483333 44.233333)"),
        new PositionAccuracy(1852, ""),
        Optional.of(PartialDate.parse("1983-11")),
        null,
        Provenance.fact("S49"),
        Validity.startingOn(LocalDate.of(1983, 11, 16)),
        Optional.of("CHN"));
  }

  /**
   * Chogan-Obo: points 15–16, settled 4 July 1998 (facts.md §2, S9); no sourced outline. Disputed
   * from diplomatic relations, 3 January 1992 (facts.md §1, S2).
   */
  static DisputedSector choganObo() {
    return new DisputedSector(
        "sector.chogan-obo",
        Names.of("Chogan-Obo", null, "察汗鄂博", null),
        Optional.of("15–16"),
        Optional.of("treaty.1998-supplementary"),
        null,
        null,
        null,
        Optional.of("area per sector not found"),
        Provenance.fact("S9"),
        new Validity(LocalDate.of(1992, 1, 3), LocalDate.of(1998, 7, 4)));
  }

  /** Tielieketi: a point at about 45°35′N 82°17′E (facts.md §1, S30) with a figure note. */
  static DisputedSector tielieketi() {
    return new DisputedSector(
        "sector.tielieketi",
        Names.english("Tielieketi"),
        null,
        null,
        Figures.of(
            List.of(
                new Figure(
                    "dispute.areas.count",
                    12,
                    Unit.COUNT,
                    "S7",
                    Confidence.WEAK,
                    Optional.of("first count: 12 areas, 1,969 km²")))),
        wkt("POINT (82.283333 45.583333)"),
        new PositionAccuracy(5000, "S30, minutes only"),
        null,
        Provenance.fact("S29 S30"),
        null);
  }

  /** The 1994 agreement: Almaty, 26 April 1994, ratified by KZ 15 June 1995 (facts.md §1, S5). */
  static TimelineEntry agreement1994() {
    return new TimelineEntry(
        "treaty.1994-border-agreement",
        PartialDate.parse("1994-04-26"),
        EntryKind.TREATY,
        "Agreement on the Kazakh–Chinese State Border",
        "The state border agreement; stretches 15–16 and 48–49 were left open.",
        Optional.of("Almaty"),
        (Point) wkt("POINT (76.945 43.238)"),
        List.of("China", "Kazakhstan"),
        List.of("border", "sector.chogan-obo"),
        Provenance.fact("S5"),
        Validity.startingOn(LocalDate.of(1995, 6, 15)));
  }

  /** The Treaty of Peking, November 1860, day not found (facts.md §1, S20). */
  static TimelineEntry peking1860() {
    return new TimelineEntry(
        "treaty.1860-peking",
        PartialDate.parse("1860-11"),
        EntryKind.TREATY,
        "Convention of Peking",
        null,
        null,
        null,
        null,
        null,
        Provenance.fact("S20"),
        null);
  }

  /** The second supplementary agreement, 4 July 1998, place not found (facts.md §1, S9). */
  static TimelineEntry supplementary1998() {
    return new TimelineEntry(
        "treaty.1998-supplementary",
        PartialDate.parse("1998-07-04"),
        EntryKind.AGREEMENT,
        "Second Supplementary Agreement",
        "Settled 15–16 and 48–49.",
        null,
        null,
        List.of("China", "Kazakhstan"),
        List.of("sector.chogan-obo"),
        Provenance.fact("S9"),
        null);
  }

  /** The 1915 agreement, year precision (facts.md §1, S1). */
  static TimelineEntry agreement1915() {
    return new TimelineEntry(
        "treaty.1915",
        PartialDate.parse("1915"),
        EntryKind.WATER_AGREEMENT,
        "1915 agreement",
        "",
        null,
        null,
        null,
        null,
        Provenance.fact("S1"),
        new Validity(LocalDate.of(1915, 1, 1), LocalDate.of(1994, 4, 26)));
  }

  static Country kazakhstan() {
    return new Country(
        "country.KAZ",
        Names.of("Kazakhstan", "Қазақстан", "哈萨克斯坦", "Казахстан"),
        "KAZ",
        wkt("MULTIPOLYGON (((46.5 41.0, 87.3 41.0, 87.3 55.4, 46.5 55.4, 46.5 41.0)))"),
        OSM,
        null);
  }

  static Country china() {
    return new Country(
        "country.CHN",
        Names.english("China"),
        "CHN",
        wkt("POLYGON ((73.5 18.0, 134.8 18.0, 134.8 53.6, 73.5 53.6, 73.5 18.0))"),
        OSM,
        null);
  }

  /** Atlas-wide figures: border lengths (facts.md §3: S1/S3/S4 firm, S7 single). */
  static List<Figure> atlasFigures() {
    return List.of(
        Figure.of("border.length.total", 1782.75, Unit.KILOMETRE, "S1 S3 S4", Confidence.FIRM),
        new Figure(
            "border.length.total",
            1718,
            Unit.KILOMETRE,
            "S38",
            Confidence.WEAK,
            Optional.of("Kazakh-language source")),
        Figure.of("border.length.land", 1215.86, Unit.KILOMETRE, "S7", Confidence.SINGLE),
        Figure.of("border.length.water", 566.89, Unit.KILOMETRE, "S7", Confidence.SINGLE));
  }

  /** Every fixture feature in one atlas. */
  static Atlas atlas() {
    Atlas.Builder b =
        Atlas.builder()
            .border(border())
            .river(ili())
            .river(emel())
            .lake(balkhash())
            .lake(kapchagay())
            .place(dostyk())
            .place(khorgosPort())
            .disputedSector(choganObo())
            .disputedSector(tielieketi())
            .timelineEntry(agreement1994())
            .timelineEntry(peking1860())
            .timelineEntry(supplementary1998())
            .timelineEntry(agreement1915())
            .country(kazakhstan())
            .country(china());
    atlasFigures().forEach(b::figure);
    return b.build();
  }
}
