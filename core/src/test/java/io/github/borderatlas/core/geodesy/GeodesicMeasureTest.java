package io.github.borderatlas.core.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Lengths, areas and distances against published GeographicLib reference values. WKT is lon/lat (x
 * = lon); GeographicLib's tables are lat/lon, so each fixture swaps the order on purpose.
 */
class GeodesicMeasureTest {

  private static final WKTReader WKT = new WKTReader();

  static Geometry wkt(String text) {
    try {
      return WKT.read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * JFK (40.6N, 73.8W) to LHR (51.6N, 0.5W): 5551.759400319 km, the example in GeographicLib's
   * GeodSolve documentation and examples/example-Geodesic-small.cpp.
   */
  @Test
  void length_jfkToLhr_matchesGeodSolveExample() {
    assertThat(GeodesicMeasure.lengthMetres(wkt("LINESTRING (-73.8 40.6, -0.5 51.6)")))
        .isCloseTo(5_551_759.400319, within(1e-3));
  }

  /** Axis order: the point-pair distance takes lon first, lat second. Same JFK–LHR reference. */
  @Test
  void distance_takesLongitudeFirst() {
    assertThat(GeodesicMeasure.WGS84.distanceMetres(-73.8, 40.6, -0.5, 51.6))
        .isCloseTo(5_551_759.400319, within(1e-3));
  }

  /** JFK to CDG: 5,853,226 m ± 0.5 (GeographicLib GeodesicTest.GeodSolve0). */
  @Test
  void length_jfkToCdg_matchesGeodSolve0() {
    assertThat(GeodesicMeasure.lengthMetres(wkt("LINESTRING (-73.8 40.6, 2.55 49.01666667)")))
        .isCloseTo(5_853_226, within(0.5));
  }

  /**
   * Rows of GeodTest.dat as quoted in GeographicLib's GeodesicTest.testcases (lat1 lon1 lat2 lon2
   * s12).
   */
  @ParameterizedTest
  @CsvSource({
    "35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305",
    "55.52454, 106.05087, 77.03196, 197.18234, 4105086.1713924406",
    "-41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021",
    "-19.79938, -174.47484, -11.99349, -154.35109, 2319004.8601169389"
  })
  void length_geodTestRows(double lat1, double lon1, double lat2, double lon2, double s12) {
    String line = "LINESTRING (" + lon1 + " " + lat1 + ", " + lon2 + " " + lat2 + ")";
    assertThat(GeodesicMeasure.lengthMetres(wkt(line))).isCloseTo(s12, within(1e-6));
  }

  /** WGS84 quarter meridian, equator to pole: 10,001,965.7293 m (GeographicLib documentation). */
  @Test
  void length_equatorToPole_isQuarterMeridian() {
    assertThat(GeodesicMeasure.lengthMetres(wkt("LINESTRING (81 0, 81 45, 81 90)")))
        .isCloseTo(10_001_965.7293, within(1e-3));
  }

  /** Parts add up: two JFK–LHR legs and one quarter meridian (references above). */
  @Test
  void length_ofMultiLineAndCollection_sumsLinealParts() {
    Geometry multi = wkt("MULTILINESTRING ((-73.8 40.6, -0.5 51.6), (-0.5 51.6, -73.8 40.6))");
    assertThat(GeodesicMeasure.lengthMetres(multi)).isCloseTo(2 * 5_551_759.400319, within(2e-3));
    Geometry collection =
        wkt(
            "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (81 0, 81 90),"
                + " POLYGON ((0 0, 1 0, 1 1, 0 0)),"
                + " GEOMETRYCOLLECTION (LINESTRING (-73.8 40.6, -0.5 51.6)))");
    assertThat(GeodesicMeasure.lengthMetres(collection))
        .isCloseTo(10_001_965.7293 + 5_551_759.400319, within(2e-3));
  }

  @Test
  void length_ofLinearRing_isItsClosedLength() {
    LinearRing ring = (LinearRing) ((Polygon) wkt(DIAMOND_CCW)).getExteriorRing();
    assertThat(GeodesicMeasure.lengthMetres(ring)).isCloseTo(627_598.2731, within(1e-4));
  }

  @Test
  void lengthAndArea_ofPointsAndEmpty_areZero() {
    assertThat(GeodesicMeasure.lengthMetres(wkt("POINT (80 44)"))).isZero();
    assertThat(GeodesicMeasure.lengthMetres(wkt("LINESTRING EMPTY"))).isZero();
    assertThat(GeodesicMeasure.areaSquareMetres(wkt("POLYGON EMPTY"))).isZero();
    assertThat(GeodesicMeasure.areaSquareMetres(wkt("LINESTRING (0 0, 1 1, 0 1, 0 0)"))).isZero();
    // a polygon has no length (JTS getLength() would give the perimeter): refused, not 0
    assertThatThrownBy(() -> GeodesicMeasure.lengthMetres(wkt(DIAMOND_CCW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perimeterMetres");
    assertThat(GeodesicMeasure.lengthMetres(wkt("POLYGON EMPTY"))).isZero();
    assertThat(GeodesicMeasure.perimeterMetres(wkt("LINESTRING (0 0, 1 1)"))).isZero();
  }

  /**
   * The diamond (lat, lon) = (0,-1), (-1,0), (0,1), (1,0): area 24,619,419,146 m² ± 1, perimeter
   * 627,598.2731 m (GeographicLib GeodesicTest.Planimeter0, case pc).
   */
  static final String DIAMOND_CCW = "POLYGON ((-1 0, 0 -1, 1 0, 0 1, -1 0))";

  static final String DIAMOND_CW = "POLYGON ((-1 0, 0 1, 1 0, 0 -1, -1 0))";

  @Test
  void area_diamond_matchesPlanimeter0_inEitherWinding() {
    assertThat(GeodesicMeasure.areaSquareMetres(wkt(DIAMOND_CCW)))
        .isCloseTo(24_619_419_146.0, within(1.0));
    assertThat(GeodesicMeasure.areaSquareMetres(wkt(DIAMOND_CW)))
        .isCloseTo(24_619_419_146.0, within(1.0));
    assertThat(GeodesicMeasure.perimeterMetres(wkt(DIAMOND_CW)))
        .isCloseTo(627_598.2731, within(1e-4));
  }

  /** Signed area: positive counter-clockwise (Planimeter0 pc as listed is counter-clockwise). */
  @Test
  void signedRingArea_isPositiveForCounterClockwise() {
    Polygon ccw = (Polygon) wkt(DIAMOND_CCW);
    Polygon cw = (Polygon) wkt(DIAMOND_CW);
    GeodesicMeasure m = GeodesicMeasure.WGS84;
    assertThat(m.signedRingArea(ccw.getExteriorRing().getCoordinateSequence()))
        .isCloseTo(24_619_419_146.0, within(1.0));
    assertThat(m.signedRingArea(cw.getExteriorRing().getCoordinateSequence()))
        .isCloseTo(-24_619_419_146.0, within(1.0));
  }

  /**
   * The octant (lat, lon) = (90,0), (0,0), (0,90): area 63,758,202,715,511 m² ± 1, perimeter
   * 30,022,685 m ± 1 (GeographicLib GeodesicTest.Planimeter0, case pd).
   */
  @Test
  void area_octant_matchesPlanimeter0() {
    Geometry octant = wkt("POLYGON ((0 90, 0 0, 90 0, 0 90))");
    assertThat(GeodesicMeasure.areaSquareMetres(octant))
        .isCloseTo(63_758_202_715_511.0, within(1.0));
    assertThat(GeodesicMeasure.perimeterMetres(octant)).isCloseTo(30_022_685, within(1.0));
  }

  /**
   * A hole is subtracted whatever its winding. Expected: the Planimeter0 diamond minus the hole's
   * area from GeographicLib's PolygonArea; as a hand check the half-size hole is about a quarter of
   * the diamond.
   */
  @Test
  void area_subtractsHoles_independentOfWinding() {
    String hole = "(-0.5 0, 0 0.5, 0.5 0, 0 -0.5, -0.5 0)"; // clockwise
    String holeCcw = "(-0.5 0, 0 -0.5, 0.5 0, 0 0.5, -0.5 0)";
    PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
    pa.AddPoint(0, -0.5);
    pa.AddPoint(0.5, 0);
    pa.AddPoint(0, 0.5);
    pa.AddPoint(-0.5, 0);
    double holeArea = Math.abs(pa.Compute().area);
    assertThat(holeArea / 24_619_419_146.0).isCloseTo(0.25, within(1e-3));

    double expected = 24_619_419_146.0 - holeArea;
    Geometry rfc = wkt("POLYGON ((-1 0, 0 -1, 1 0, 0 1, -1 0), " + hole + ")");
    Geometry reversed = wkt("POLYGON ((-1 0, 0 1, 1 0, 0 -1, -1 0), " + holeCcw + ")");
    assertThat(GeodesicMeasure.areaSquareMetres(rfc)).isCloseTo(expected, within(1.0));
    assertThat(GeodesicMeasure.areaSquareMetres(reversed)).isCloseTo(expected, within(1.0));
    assertThat(GeodesicMeasure.perimeterMetres(rfc))
        .isCloseTo(627_598.2731 * 1.5, within(627_598.2731 * 1e-3));
  }

  /** Two disjoint diamonds (Planimeter0 pc and a copy 10° east: same area on the equator). */
  @Test
  void area_ofMultiPolygon_sumsParts() {
    Geometry multi =
        wkt("MULTIPOLYGON (((-1 0, 0 -1, 1 0, 0 1, -1 0)), ((9 0, 10 1, 11 0, 10 -1, 9 0)))");
    assertThat(GeodesicMeasure.areaSquareMetres(multi))
        .isCloseTo(2 * 24_619_419_146.0, within(2.0));
  }

  /**
   * A point 1° north of the equator is a meridian arc from an equatorial line: GeographicLib
   * Inverse(0, 0, 1, 0), about 110,574 m (the first degree of latitude on WGS84).
   */
  @Test
  void distanceToLine_isOneOffIndex() {
    double d = GeodesicMeasure.distanceToLineMetres(wkt("LINESTRING (-1 0, 1 0)"), 0, 1);
    assertThat(d).isCloseTo(Geodesic.WGS84.Inverse(0, 0, 1, 0).s12, within(1e-3));
    assertThat(d).isCloseTo(110_574, within(1.0));
  }

  @Test
  void measure_onOtherEllipsoid_usesIt() {
    // A sphere of radius 6,400 km: a quarter meridian is pi/2 * 6.4e6 m (hand computation).
    GeodesicMeasure sphere = new GeodesicMeasure(new Geodesic(6.4e6, 0));
    assertThat(sphere.lengthMetresOf(wkt("LINESTRING (0 0, 0 90)")))
        .isCloseTo(Math.PI / 2 * 6.4e6, within(1e-6));
  }
}
