package io.github.borderatlas.core.proximity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.Validity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * {@link BorderProximity} on a hand-made atlas: a border shaped like the real one (north-east to
 * south-west; invented coordinates, not data), China the area east of it, Kazakhstan west of it,
 * two border crossings on its vertices. Expected values are computed here independently with
 * GeographicLib ({@code Geodesic.WGS84}) or from the straight lon/lat edges.
 */
class BorderProximityTest {

  static final Provenance PROV = new Provenance("test fixture", "CC0-1.0");

  static final double[][] LINE = {
    {87.3, 49.1},
    {86.0, 48.3},
    {85.0, 47.6},
    {83.0, 47.0},
    {82.5, 46.0},
    {80.8, 45.2},
    {80.4, 44.2},
    {80.6, 43.0},
    {80.17, 42.21}
  };

  static final Atlas ATLAS = atlas();
  static final BorderProximity PROXIMITY = BorderProximity.of(ATLAS);
  static final GeodesicLineIndex INDEX = new GeodesicLineIndex(line());

  static LineString line() {
    Coordinate[] cs = new Coordinate[LINE.length];
    for (int i = 0; i < LINE.length; i++) {
      cs[i] = new Coordinate(LINE[i][0], LINE[i][1]);
    }
    return Geometries.FACTORY.createLineString(cs);
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader(Geometries.FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** The border closed by two far corners on one side (east: 95°E; west: 70°E). */
  static Geometry country(double cornerLon) {
    StringBuilder b = new StringBuilder("POLYGON ((");
    for (double[] v : LINE) {
      b.append(v[0]).append(' ').append(v[1]).append(", ");
    }
    b.append(cornerLon).append(" 42.21, ").append(cornerLon).append(" 49.1, 87.3 49.1))");
    Geometry g = wkt(b.toString());
    return g.getFactory()
        .createMultiPolygon(
            new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) g.norm()});
  }

  static Place crossing(String id, String name, double lon, double lat) {
    return new Place(
        id,
        PlaceKind.BORDER_CROSSING,
        Names.english(name),
        Optional.empty(),
        Optional.empty(),
        Geometries.FACTORY.createPoint(new Coordinate(lon, lat)),
        new PositionAccuracy(500, "test"),
        null,
        null,
        PROV,
        Validity.ALWAYS);
  }

  static Atlas atlas() {
    return Atlas.builder()
        .border(new Border("border", "Test border", line(), List.of(), PROV, Validity.ALWAYS))
        .country(country("country.CHN", "CHN", country(95)))
        .country(country("country.KAZ", "KAZ", country(70)))
        .place(crossing("crossing.south", "South gate", 80.4, 44.2))
        .place(crossing("crossing.north", "North gate", 82.5, 46.0))
        .build();
  }

  static Country country(String id, String iso, Geometry g) {
    return new Country(id, Names.english(iso), iso, g, PROV, Validity.ALWAYS);
  }

  static double inverse(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }

  static BorderMeasure measure(FeatureProximity p) {
    return p.measure().orElseThrow();
  }

  @Test
  void pointOnAVertex_hasDistanceZeroAndTheVertexChainage() {
    FeatureProximity p = PROXIMITY.measure("v3", null, wkt("POINT (83.0 47.0)"));
    BorderMeasure m = measure(p);
    assertThat(m.distanceMetres()).isZero();
    // chainage of vertex 3: the sum of the three geodesic edges before it
    double expected =
        inverse(87.3, 49.1, 86.0, 48.3)
            + inverse(86.0, 48.3, 85.0, 47.6)
            + inverse(85.0, 47.6, 83.0, 47.0);
    assertThat(m.chainageMetres()).isCloseTo(expected, within(1e-6));
    assertThat(m.nearestBorderPoint()).isEqualTo(new LonLat(83.0, 47.0));
    assertThat(m.borderPoints()).containsExactly(new LonLat(83.0, 47.0));
    assertThat(p.side()).isEqualTo(FeatureSide.ON_BORDER);
  }

  /**
   * From the middle M of the edge 83.0 47.0 – 82.5 46.0, 10 km at right angles (GeographicLib
   * Direct with the edge's azimuth at M ± 90°): the distance is 10 km, the nearest point M. Walking
   * south-west, Kazakhstan is on the right (west).
   */
  @Test
  void pointTenKilometresOffPerpendicular_onEachSide() {
    GeodesicLine edge = Geodesic.WGS84.InverseLine(47.0, 83.0, 46.0, 82.5);
    GeodesicData mid = edge.Position(edge.Distance() / 2);
    double chainageOfMid = INDEX.chainageMetresOfVertex(3) + edge.Distance() / 2;
    for (int sign : new int[] {1, -1}) {
      GeodesicData off = Geodesic.WGS84.Direct(mid.lat2, mid.lon2, mid.azi2 + sign * 90, 10_000);
      FeatureProximity p = PROXIMITY.measure("off", "Off", wkt(point(off.lon2, off.lat2)));
      BorderMeasure m = measure(p);
      assertThat(m.distanceMetres()).isCloseTo(10_000, within(1e-3));
      assertThat(m.nearestBorderPoint().lon()).isCloseTo(mid.lon2, within(1e-8));
      assertThat(m.nearestBorderPoint().lat()).isCloseTo(mid.lat2, within(1e-8));
      assertThat(m.chainageMetres()).isCloseTo(chainageOfMid, within(1e-3));
      assertThat(m.borderPoints()).isEmpty();
      assertThat(p.side()).isEqualTo(sign > 0 ? FeatureSide.KAZAKHSTAN : FeatureSide.CHINA);
      assertThat(p.name()).contains("Off");
    }
  }

  static String point(double lon, double lat) {
    return "POINT (" + lon + " " + lat + ")";
  }

  /**
   * A parallel at 43.6°N from 80°E to 81°E crosses the edge 80.4 44.2 – 80.6 43.0; on the straight
   * lon/lat edge the crossing is at x = 80.4 + 0.2 × 0.6 / 1.2 = 80.5.
   */
  @Test
  void lineCrossingTheBorder_givesTheCrossingPoint() {
    FeatureProximity p = PROXIMITY.measure("road", null, wkt("LINESTRING (80 43.6, 81 43.6)"));
    BorderMeasure m = measure(p);
    assertThat(p.side()).isEqualTo(FeatureSide.BOTH);
    assertThat(m.distanceMetres()).isZero();
    assertThat(m.borderPoints()).hasSize(1);
    LonLat at = m.borderPoints().get(0);
    // the reported point lies on the geodesic border edge (to a millimetre) and near the crossing
    // of the straight lon/lat edges: on edges of 134 km and 80 km the straight and the geodesic
    // shapes part by tens of metres (measured 81 m here), the documented limit of the method
    assertThat(INDEX.distanceMetres(at.lon(), at.lat())).isLessThan(1e-3);
    assertThat(inverse(at.lon(), at.lat(), 80.5, 43.6)).isLessThan(100);
    assertThat(m.nearestBorderPoint()).isEqualTo(at);
    assertThat(m.chainageMetres())
        .isCloseTo(
            INDEX.chainageMetresOfVertex(6) + inverse(80.4, 44.2, at.lon(), at.lat()),
            within(1e-3));
  }

  @Test
  void lineTouchingFromOneSide_keepsItsSide() {
    // from a point east of the line (China) to the vertex 83.0 47.0
    FeatureProximity p = PROXIMITY.measure("spur", null, wkt("LINESTRING (84 46.5, 83 47)"));
    assertThat(p.side()).isEqualTo(FeatureSide.CHINA);
    assertThat(measure(p).borderPoints()).containsExactly(new LonLat(83.0, 47.0));
  }

  /**
   * The edge from 80.2 45.0 to 80.2 43.4 passes 0.2° west of the vertex 80.4 44.2, much closer than
   * its own vertices come to the line: the distance is found from the border's vertex. Expected:
   * the least distance from the vertex to points of that geodesic edge, by golden-section search.
   */
  @Test
  void lineWhoseEdgePassesAVertex_isMeasuredFromThatVertex() {
    FeatureProximity p =
        PROXIMITY.measure("meridian", null, wkt("LINESTRING (80.2 45, 80.2 43.4)"));
    GeodesicLine edge = Geodesic.WGS84.InverseLine(45, 80.2, 43.4, 80.2);
    double lo = 0;
    double hi = edge.Distance();
    for (int i = 0; i < 200; i++) {
      double a = lo + (hi - lo) * 0.382;
      double b = lo + (hi - lo) * 0.618;
      if (toVertex(edge, a) < toVertex(edge, b)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    double expected = toVertex(edge, (lo + hi) / 2);
    BorderMeasure m = measure(p);
    assertThat(m.distanceMetres()).isCloseTo(expected, within(1e-3));
    assertThat(m.nearestBorderPoint()).isEqualTo(new LonLat(80.4, 44.2));
    assertThat(m.chainageMetres()).isEqualTo(INDEX.chainageMetresOfVertex(6));
    assertThat(p.side()).isEqualTo(FeatureSide.KAZAKHSTAN);
    // the nearest crossing is on that vertex
    assertThat(m.nearestCrossing().orElseThrow().id()).isEqualTo("crossing.south");
    assertThat(m.nearestCrossing().orElseThrow().distanceMetres())
        .isCloseTo(expected, within(1e-3));
  }

  private static double toVertex(GeodesicLine edge, double s) {
    GeodesicData d = edge.Position(s);
    return inverse(d.lon2, d.lat2, 80.4, 44.2);
  }

  @Test
  void polygonCoveringAStretch_isOnBothSidesAtDistanceZero() {
    FeatureProximity p =
        PROXIMITY.measure(
            "box", null, wkt("POLYGON ((82 45.5, 84 45.5, 84 46.5, 82 46.5, 82 45.5))"));
    BorderMeasure m = measure(p);
    assertThat(p.side()).isEqualTo(FeatureSide.BOTH);
    assertThat(m.distanceMetres()).isZero();
    assertThat(m.borderPoints()).hasSize(2); // the boundary crosses the line twice
    assertThat(m.chainageMetres()).isLessThan(INDEX.chainageMetresOfVertex(4));
    assertThat(m.nearestCrossing().orElseThrow().id()).isEqualTo("crossing.north");
    assertThat(m.nearestCrossing().orElseThrow().distanceMetres()).isZero(); // it covers it
  }

  @Test
  void polygonApart_isMeasuredByItsBoundary() {
    // a square in China whose west edge is at 84.5E; the nearest border point is the vertex
    // 85.0 47.6? No: the square spans 47.0-47.2N, and its nearest vertex decides; compare with the
    // distance of its boundary as a line (the same rule as for lines)
    Geometry square = wkt("POLYGON ((84.5 47.0, 85 47.0, 85 47.2, 84.5 47.2, 84.5 47.0))");
    BorderMeasure area = measure(PROXIMITY.measure("sq", null, square));
    BorderMeasure ring =
        measure(
            PROXIMITY.measure(
                "ring", null, ((org.locationtech.jts.geom.Polygon) square).getExteriorRing()));
    assertThat(area.distanceMetres()).isPositive().isEqualTo(ring.distanceMetres());
    double vertexDistance = INDEX.distanceMetres(84.5, 47.2);
    assertThat(area.distanceMetres()).isLessThanOrEqualTo(vertexDistance);
  }

  @Test
  void pointsInEachCountryAndOutsideBoth() {
    assertThat(PROXIMITY.measure("a", null, wkt("POINT (84 45)")).side())
        .isEqualTo(FeatureSide.CHINA);
    assertThat(PROXIMITY.measure("b", null, wkt("POINT (78 46)")).side())
        .isEqualTo(FeatureSide.KAZAKHSTAN);
    FeatureProximity outside = PROXIMITY.measure("c", null, wkt("POINT (85 40)"));
    assertThat(outside.side()).isEqualTo(FeatureSide.NEITHER);
    // distance to the line's southern end, the nearest point: GeographicLib between the two
    assertThat(measure(outside).distanceMetres())
        .isCloseTo(inverse(85, 40, 80.17, 42.21), within(1e-3));
    assertThat(measure(outside).chainageMetres()).isCloseTo(INDEX.lengthMetres(), within(1e-6));
  }

  @Test
  void nearestCrossing_isTheClosestByGeodesicDistance() {
    FeatureProximity p = PROXIMITY.measure("x", null, wkt("POINT (81 44.5)"));
    NearestCrossing c = measure(p).nearestCrossing().orElseThrow();
    assertThat(c.id()).isEqualTo("crossing.south");
    assertThat(c.name()).isEqualTo("South gate");
    assertThat(c.distanceMetres()).isCloseTo(inverse(81, 44.5, 80.4, 44.2), within(1e-6));
  }

  @Test
  void featuresWithoutGeometry_getARowSayingSo() {
    FeatureProximity none =
        PROXIMITY.measure(new GeoJsonFeature(null, null, Map.of("name", "Ghost")), 7);
    assertThat(none.id()).isEqualTo("7");
    assertThat(none.name()).contains("Ghost");
    assertThat(none.side()).isEqualTo(FeatureSide.NO_GEOMETRY);
    assertThat(none.measure()).isEmpty();
    assertThat(none.within(1e9)).isFalse();
    FeatureProximity empty =
        PROXIMITY.measure(new GeoJsonFeature("e", wkt("LINESTRING EMPTY"), Map.of()), 1);
    assertThat(empty.side()).isEqualTo(FeatureSide.EMPTY_GEOMETRY);
    assertThat(empty.measure()).isEmpty();
  }

  @Test
  void idIsTheGeoJsonIdElseThePropertyElseTheIndex() {
    Geometry g = wkt("POINT (84 45)");
    assertThat(PROXIMITY.measure(new GeoJsonFeature("f1", g, Map.of("id", "p")), 3).id())
        .isEqualTo("f1");
    assertThat(PROXIMITY.measure(new GeoJsonFeature(null, g, Map.of("id", 42L)), 3).id())
        .isEqualTo("42");
    assertThat(PROXIMITY.measure(new GeoJsonFeature(null, g, Map.of()), 3).id()).isEqualTo("3");
  }

  @Test
  void multiPartGeometryWithPartsOnBothSides_isBoth() {
    FeatureProximity p = PROXIMITY.measure("mp", null, wkt("MULTIPOINT ((84 45), (78 46))"));
    assertThat(p.side()).isEqualTo(FeatureSide.BOTH);
    assertThat(measure(p).distanceMetres()).isPositive();
    assertThat(p.within(measure(p).distanceMetres())).isTrue();
    assertThat(p.within(measure(p).distanceMetres() - 1)).isFalse();
  }

  @Test
  void badCoordinatesAndAtlasWithoutBorder_areRefused() {
    assertThatThrownBy(() -> PROXIMITY.measure("bad", null, wkt("POINT (80 95)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vertex 0");
    assertThatThrownBy(() -> BorderProximity.of(Atlas.builder().build()))
        .hasMessageContaining("no border");
  }

  /**
   * With outlines that do not meet the line exactly (China's covers the line, Kazakhstan's stops
   * 0.01° west of it), a point on the line is still on the border, not in China.
   */
  @Test
  void pointOnTheLine_isOnTheBorder_whateverTheOutlinesSay() {
    StringBuilder kaz = new StringBuilder("POLYGON ((");
    for (double[] v : LINE) {
      kaz.append(v[0] - 0.01).append(' ').append(v[1]).append(", ");
    }
    kaz.append("70 42.21, 70 49.1, ").append(LINE[0][0] - 0.01).append(" 49.1))");
    BorderProximity gapped =
        BorderProximity.of(
            Atlas.builder()
                .border(new Border("border", "B", line(), List.of(), PROV, Validity.ALWAYS))
                .country(country("country.CHN", "CHN", country(95)))
                .country(country("country.KAZ", "KAZ", wkt(kaz.toString()).norm()))
                .build());
    assertThat(gapped.measure("v", null, wkt("POINT (83.0 47.0)")).side())
        .isEqualTo(FeatureSide.ON_BORDER);
    assertThat(gapped.measure("c", null, wkt("POINT (84 45)")).side()).isEqualTo(FeatureSide.CHINA);
  }

  @Test
  void withoutCountryOutlines_theLineDecides() {
    BorderProximity byLine =
        BorderProximity.of(
            Atlas.builder()
                .border(new Border("border", "B", line(), List.of(), PROV, Validity.ALWAYS))
                .build());
    assertThat(byLine.measure("a", null, wkt("POINT (85 40)")).side())
        .isEqualTo(FeatureSide.CHINA); // south-east of the line's end: its last edge decides
    assertThat(
            byLine
                .measure("a", null, wkt("POINT (84 45)"))
                .measure()
                .orElseThrow()
                .nearestCrossing())
        .isEmpty();
    assertThat(byLine.borderLengthMetres()).isCloseTo(INDEX.lengthMetres(), within(1e-6));
  }
}
