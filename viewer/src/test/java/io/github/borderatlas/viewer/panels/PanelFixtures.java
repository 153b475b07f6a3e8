package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.core.model.Confidence.FIRM;
import static io.github.borderatlas.core.model.Confidence.SINGLE;
import static io.github.borderatlas.core.model.Confidence.WEAK;
import static io.github.borderatlas.core.model.Unit.CUBIC_KILOMETRE_PER_YEAR;
import static io.github.borderatlas.core.model.Unit.KILOMETRE;
import static io.github.borderatlas.core.model.Unit.PERCENT;
import static io.github.borderatlas.core.model.Unit.SQUARE_KILOMETRE;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * A small atlas for the panel tests: a coarse border from the China–Russia–Kazakhstan tripoint to
 * Khan Tengri (11 vertices, the Khorgos stretch as a river segment), the Ili, Black Irtysh and Emil
 * as straight-ish lines through the points data-sources.md uses to pick them, and published figures
 * copied from facts.md §2–§4 with their source numbers (the values the panels must show).
 */
public final class PanelFixtures {

  static final String S1 = "facts.md S1 en.wikipedia.org/wiki/China–Kazakhstan_border";
  static final String S7 = "facts.md S7 aihuau.com/a/25101017/359498.html";
  static final String S33 = "facts.md S33 cacianalyst.org (CACI Analyst, 2000-02-16)";
  static final String SEED = "Seed article 'China–Kazakhstan relations'";
  static final String S78 = "S78 en.m.wikipedia.org/wiki/Emil_(river)";
  static final String S79 = "S79 search.com.vn/wiki/pl/Emin_He";
  static final String S59 = "S59 eabr.org (EDB report, Feb 2025); S60 timesca.com report";

  private PanelFixtures() {}

  static LineString line(double... lonLat) {
    Coordinate[] cs = new Coordinate[lonLat.length / 2];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
    }
    return Geometries.FACTORY.createLineString(cs);
  }

  /** The border, vertices lon/lat, north to south; vertices 8–9 are the Khorgos stretch. */
  static final double[] BORDER = {
    87.286, 49.115, 86.0, 48.5, 85.6, 47.1, 83.0, 47.2, 82.7, 46.5, 82.3, 45.5, 80.5, 45.1, 80.45,
    44.6, 80.52, 43.82, 80.4, 43.2, 80.175, 42.21
  };

  static Border border() {
    LineString all = line(BORDER);
    LineString north = line(Arrays.copyOfRange(BORDER, 0, 16));
    LineString khorgos = line(Arrays.copyOfRange(BORDER, 14, 18));
    LineString south = line(Arrays.copyOfRange(BORDER, 16, BORDER.length));
    double a = GeodesicMeasure.lengthMetres(north);
    double b = a + GeodesicMeasure.lengthMetres(khorgos);
    double c = GeodesicMeasure.lengthMetres(all);
    Provenance osm = new Provenance("© OpenStreetMap contributors (test line)", "ODbL-1.0");
    List<BorderSegment> segs =
        List.of(
            new BorderSegment(
                "border.segment.01", SegmentKind.LAND, "North", null, north, 0, a, "", osm, null),
            new BorderSegment(
                "border.segment.02",
                SegmentKind.RIVER,
                "Khorgos river stretch",
                Optional.of("Khorgos"),
                khorgos,
                a,
                b,
                "S39: the Khorgos is the boundary",
                osm,
                null),
            new BorderSegment(
                "border.segment.03", SegmentKind.LAND, "South", null, south, b, c, "", osm, null));
    return new Border("border", "China–Kazakhstan border", all, segs, osm, null);
  }

  static Figure f(String q, double v, Unit u, String src, Confidence c, String note) {
    return new Figure(q, v, u, src, c, Optional.ofNullable(note));
  }

  static River ili() {
    return new River(
        "river.ili",
        Names.of("Ili", "Іле", "伊犁河", "Или"),
        line(81.3, 43.9, 80.53, 43.81, 78.3, 43.87),
        Optional.of("lake.kapchagay"),
        true,
        Figures.of(
            List.of(
                f(
                    "river.length",
                    1439,
                    KILOMETRE,
                    "S70 geolookup.org; S71 water.wikia.com",
                    FIRM,
                    null),
                f(
                    "river.length.kazakhstan",
                    815,
                    KILOMETRE,
                    "S70 geolookup.org; S71 water.wikia.com",
                    FIRM,
                    null),
                f(
                    "river.flow.from-china",
                    11.5,
                    CUBIC_KILOMETRE_PER_YEAR,
                    "S74 water.unesco.kz",
                    SINGLE,
                    null),
                f("river.consumption.share.china", 38, PERCENT, "S77 mdpi.com", SINGLE, null))),
        new Provenance("GSHHG 2.3.7 (test line)", "LGPL-3.0-or-later"),
        null);
  }

  static River blackIrtysh() {
    return new River(
        "river.black-irtysh",
        Names.of("Black Irtysh", "Қара Ертіс", "额尔齐斯河", "Чёрный Иртыш"),
        line(86.9, 47.7, 85.55, 47.97, 84.6, 47.75),
        Optional.of("lake.zaysan"),
        true,
        Figures.of(
            List.of(
                // facts.md §4, S59/S60: 8.3 km³/yr formed in China; withdrawals 1.5–2.0 km³/yr.
                f("river.flow.from-china", 8.3, CUBIC_KILOMETRE_PER_YEAR, S59, FIRM, null),
                f("river.withdrawal.china", 1.5, CUBIC_KILOMETRE_PER_YEAR, S59, FIRM, "lower end"),
                f("river.withdrawal.china", 2.0, CUBIC_KILOMETRE_PER_YEAR, S59, FIRM, "upper end"),
                f("river.withdrawal.china.forecast", 7, CUBIC_KILOMETRE_PER_YEAR, S59, FIRM, null),
                f("river.length.china", 525, KILOMETRE, "S57 ostrovsamui.ru", WEAK, null))),
        new Provenance("GSHHG 2.3.7 (test line)", "LGPL-3.0-or-later"),
        null);
  }

  static River emil() {
    return new River(
        "river.emil",
        Names.of("Emil", "Емел", "额敏河", "Эмель"),
        line(83.6, 46.5, 82.72, 46.49, 82.0, 46.42),
        Optional.of("lake.alakol"),
        true,
        Figures.of(
            List.of(
                // facts.md §4, S78: 250 km, 180 in China and 70 in Kazakhstan; S79: 230 and 154.
                f("river.length", 250, KILOMETRE, S78, SINGLE, null),
                f("river.length.china", 180, KILOMETRE, S78, SINGLE, null),
                f("river.length.kazakhstan", 70, KILOMETRE, S78, SINGLE, null),
                f("river.length", 230, KILOMETRE, S79, SINGLE, "conflicts with S78"),
                f("river.length.china", 154, KILOMETRE, S79, SINGLE, "conflicts with S78"))),
        new Provenance("GSHHG 2.3.7 (test line)", "LGPL-3.0-or-later"),
        null);
  }

  static Lake alakol() {
    return new Lake(
        "lake.alakol",
        Names.of("Alakol", "Алакөл", "阿拉湖", "Алаколь"),
        Geometries.FACTORY.createPolygon(
            new Coordinate[] {
              new Coordinate(81.2, 45.9),
              new Coordinate(82.0, 45.9),
              new Coordinate(82.0, 46.4),
              new Coordinate(81.2, 46.4),
              new Coordinate(81.2, 45.9)
            }),
        Figures.of(List.of(f("lake.area", 2650, SQUARE_KILOMETRE, "S84", FIRM, null))),
        new Provenance("GSHHG 2.3.7 (test polygon)", "LGPL-3.0-or-later"),
        null);
  }

  /** Atlas-wide figures of facts.md §2 and §3 as the dataset stores them (figures.json). */
  static List<Figure> atlasFigures() {
    List<Figure> fs = new ArrayList<>();
    fs.add(f("border.length.total", 1782.75, KILOMETRE, S1, FIRM, null));
    fs.add(f("border.length.total", 1700, KILOMETRE, "facts.md S2", WEAK, null));
    fs.add(f("border.length.land", 1215.86, KILOMETRE, S7, SINGLE, null));
    fs.add(f("border.length.water", 566.89, KILOMETRE, S7, SINGLE, null));
    fs.add(f("dispute.area.total", 2420, SQUARE_KILOMETRE, SEED, WEAK, null));
    fs.add(f("dispute.share.china", 22, PERCENT, SEED, WEAK, null));
    fs.add(f("dispute.share.kazakhstan", 78, PERCENT, SEED, WEAK, null));
    fs.add(f("dispute.area.total", 944, SQUARE_KILOMETRE, S33, SINGLE, null));
    fs.add(f("dispute.share.kazakhstan", 56.9, PERCENT, S33, SINGLE, null));
    fs.add(f("dispute.share.china", 43, PERCENT, S33, SINGLE, null));
    fs.add(f("dispute.area.total", 1969, SQUARE_KILOMETRE, S7, WEAK, "12 areas"));
    return fs;
  }

  public static Atlas atlas() {
    Atlas.Builder b = Atlas.builder().border(border());
    b.river(ili()).river(blackIrtysh()).river(emil()).lake(alakol());
    atlasFigures().forEach(b::figure);
    return b.build();
  }
}
