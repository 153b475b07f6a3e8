package io.github.borderatlas.core.geodesy;

import static io.github.borderatlas.core.geodesy.GeodesicMeasureTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Geometries;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Point-to-line distance, chainage and its inverse. */
class GeodesicLineIndexTest {

  /** Metres in one degree of longitude on the equator: 2 pi a / 360, a = 6,378,137 m (hand). */
  private static final double EQUATOR_DEGREE = 2 * Math.PI * 6_378_137.0 / 360;

  /**
   * A point 1° north of an equatorial segment is a meridian arc away from it: 110,574 m (WGS84
   * length of the first degree of latitude, e.g. the table in Wikipedia "Latitude"; GeographicLib
   * Inverse(0,0,1,0) gives the figure to the millimetre). The foot is on the point's meridian, half
   * way along the segment (the equator is a geodesic; a = 6,378,137 m).
   */
  @Test
  void distance_toEquator_isMeridianArc() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (-1 0, 1 0)"));
    LinePosition at = index.locate(0, 1);
    double meridianArc = Geodesic.WGS84.Inverse(0, 0, 1, 0).s12;
    assertThat(meridianArc).isCloseTo(110_574, within(1.0));
    assertThat(at.distanceMetres()).isCloseTo(meridianArc, within(1e-3));
    assertThat(at.lon()).isCloseTo(0, within(1e-9));
    assertThat(at.lat()).isCloseTo(0, within(1e-9));
    assertThat(at.chainageMetres()).isCloseTo(EQUATOR_DEGREE, within(1e-3));
    assertThat(index.lengthMetres()).isCloseTo(2 * EQUATOR_DEGREE, within(1e-6));
  }

  /** A point on the line is at distance 0 and its chainage is the meridian arc from the start. */
  @Test
  void chainage_onMeridian_isMeridianArc() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (81 0, 81 90)"));
    LinePosition at = index.locate(81, 46);
    assertThat(at.distanceMetres()).isCloseTo(0, within(1e-3));
    assertThat(at.chainageMetres())
        .isCloseTo(Geodesic.WGS84.Inverse(0, 81, 46, 81).s12, within(1e-3));
    // Quarter meridian 10,001,965.7293 m (GeographicLib documentation).
    assertThat(index.lengthMetres()).isCloseTo(10_001_965.7293, within(1e-3));
  }

  /** Along the equator, chainage n * (2 pi a / 360) is n degrees east of the start (hand). */
  @Test
  void pointAt_onEquator_isDegreesOfLongitude() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (0 0, 4 0, 10 0)"));
    Coordinate p = index.pointAt(3 * EQUATOR_DEGREE);
    assertThat(p.x).isCloseTo(3, within(1e-9));
    assertThat(p.y).isCloseTo(0, within(1e-9));
    Coordinate q = index.pointAt(7.5 * EQUATOR_DEGREE);
    assertThat(q.x).isCloseTo(7.5, within(1e-9));
    assertThat(index.pointAt(0)).isEqualTo(new Coordinate(0, 0));
    assertThat(index.pointAt(index.lengthMetres())).isEqualTo(new Coordinate(10, 0));
    assertThat(index.pointAt(4 * EQUATOR_DEGREE).x).isCloseTo(4, within(1e-9));
  }

  /**
   * On the equator a cut from 1.5 to 7.5 degrees of chainage (n * 2 pi a / 360, hand) starts and
   * ends at those longitudes and keeps the inner vertex at 4° E; its length is the difference.
   */
  @Test
  void subLine_onEquator_hasInterpolatedEndsAndInnerVertices() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (0 0, 4 0, 10 0)"));
    var sub = index.subLine(1.5 * EQUATOR_DEGREE, 7.5 * EQUATOR_DEGREE, Geometries.FACTORY);
    assertThat(sub.getNumPoints()).isEqualTo(3);
    assertThat(sub.getCoordinateN(0).x).isCloseTo(1.5, within(1e-9));
    assertThat(sub.getCoordinateN(1)).isEqualTo(new Coordinate(4, 0));
    assertThat(sub.getCoordinateN(2).x).isCloseTo(7.5, within(1e-9));
    assertThat(GeodesicMeasure.lengthMetres(sub)).isCloseTo(6 * EQUATOR_DEGREE, within(1e-6));
    // A cut starting on a vertex does not repeat it; a zero-length cut is two equal points.
    var fromVertex =
        index.subLine(index.chainageMetresOfVertex(1), index.lengthMetres(), Geometries.FACTORY);
    assertThat(fromVertex.getCoordinates())
        .containsExactly(new Coordinate(4, 0), new Coordinate(10, 0));
    assertThat(index.subLine(0, 0, Geometries.FACTORY).getNumPoints()).isEqualTo(2);
    assertThatThrownBy(() -> index.subLine(2, 1, Geometries.FACTORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from <= to");
  }

  /** Locating the point at a chainage returns that chainage and distance 0. */
  @Test
  void locate_isInverseOfPointAt() {
    GeodesicLineIndex index = new GeodesicLineIndex(borderLike());
    for (double f = 0; f <= 1.0; f += 0.125) {
      double s = f * index.lengthMetres();
      Coordinate p = index.pointAt(s);
      LinePosition at = index.locate(p);
      assertThat(at.distanceMetres()).as("distance at %s", s).isLessThan(1e-3);
      assertThat(at.chainageMetres()).as("chainage at %s", s).isCloseTo(s, within(1e-3));
    }
  }

  /**
   * Distance and chainage against a brute-force GeographicLib reference: every segment sampled
   * along its geodesic and refined by golden-section search on Inverse distances. Fixed seed.
   */
  @ParameterizedTest
  @MethodSource("queryPoints")
  void locate_matchesBruteForceReference(double lon, double lat) {
    Geometry line = borderLike();
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    double[] reference = bruteForce(line.getCoordinates(), lon, lat);
    LinePosition at = index.locate(lon, lat);
    assertThat(at.distanceMetres()).isCloseTo(reference[0], within(1e-3));
    assertThat(at.chainageMetres()).isCloseTo(reference[1], within(0.5));
    assertThat(Geodesic.WGS84.Inverse(lat, lon, at.lat(), at.lon()).s12)
        .isCloseTo(at.distanceMetres(), within(1e-6));
  }

  static Stream<Arguments> queryPoints() {
    Random random = new Random(20240501L);
    return IntStream.range(0, 12)
        .mapToObj(i -> Arguments.of(79 + random.nextDouble() * 10, 41 + random.nextDouble() * 9));
  }

  @Test
  void locate_atVertex_reportsTheVertex() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (80 44, 81 45, 82 44)"));
    LinePosition at = index.locate(81, 46); // north of the apex: the apex vertex is closest
    assertThat(at.atVertex()).isTrue();
    assertThat(at.vertexIndex()).isEqualTo(1);
    assertThat(at.fraction()).isZero();
    assertThat(at.chainageMetres()).isCloseTo(index.chainageMetresOfVertex(1), within(1e-6));
    assertThat(at.distanceMetres())
        .isCloseTo(Geodesic.WGS84.Inverse(46, 81, 45, 81).s12, within(1e-6));
  }

  /** A point equally far from two parts of a line gets the smaller chainage. */
  @Test
  void locate_tie_prefersSmallerChainage() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (-1 1, 1 1, 1 -1, -1 -1)"));
    LinePosition at = index.locate(0, 0); // symmetric between the first and the last edge
    assertThat(at.lat()).isCloseTo(1, within(1e-3)); // the top edge, not the bottom one
    assertThat(at.chainageMetres()).isLessThan(index.lengthMetres() / 2);
  }

  /** Chainage runs on across parts of a multi-line; the gap between them counts zero. */
  @Test
  void multiLine_chainageSkipsGaps() {
    GeodesicLineIndex index =
        new GeodesicLineIndex(wkt("MULTILINESTRING ((0 0, 1 0), (5 0, 7 0))"));
    assertThat(index.lengthMetres()).isCloseTo(3 * EQUATOR_DEGREE, within(1e-6));
    assertThat(index.pointAt(2 * EQUATOR_DEGREE).x).isCloseTo(6, within(1e-9));
    assertThat(index.pointAt(index.chainageMetresOfVertex(1))).isEqualTo(new Coordinate(1, 0));
    assertThat(index.chainageMetresOfVertex(2)).isEqualTo(index.chainageMetresOfVertex(1));
    assertThat(index.locate(3, 0.001).lon()).isCloseTo(1, within(1e-9));
    assertThat(index.locate(6, 0).chainageMetres()).isCloseTo(2 * EQUATOR_DEGREE, within(1e-3));
  }

  /** A query nearly antipodal to the line leaves the gnomonic domain; the answer stays exact. */
  @Test
  void locate_farAway_fallsBackAndStaysCorrect() {
    Geometry line = wkt("LINESTRING (80 40, 81 42, 80 44)");
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    double[] reference = bruteForce(line.getCoordinates(), -100, -40);
    assertThat(index.distanceMetres(-100, -40)).isCloseTo(reference[0], within(1.0));
  }

  @Test
  void singleVertexLine_measuresToThatVertex() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (80 44, 80 44)"));
    assertThat(index.lengthMetres()).isZero();
    assertThat(index.distanceMetres(80, 45))
        .isCloseTo(Geodesic.WGS84.Inverse(44, 80, 45, 80).s12, within(1e-6));
  }

  @Test
  void badArguments_areRejected() {
    GeodesicLineIndex index = new GeodesicLineIndex(wkt("LINESTRING (0 0, 1 0)"));
    assertThatThrownBy(() -> index.locate(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query point");
    assertThatThrownBy(() -> index.locate(0, 91)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.pointAt(-1)).hasMessageContaining("chainage must be in");
    assertThatThrownBy(() -> index.pointAt(index.lengthMetres() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.pointAt(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.chainageMetresOfVertex(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeodesicLineIndex(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))
        .hasMessageContaining("LineString or MultiLineString");
    assertThatThrownBy(() -> new GeodesicLineIndex(wkt("LINESTRING EMPTY")))
        .hasMessageContaining("at least one vertex");
    assertThatThrownBy(() -> new GeodesicLineIndex(wkt("LINESTRING (0 0, 0 95)")))
        .hasMessageContaining("vertex 1");
  }

  /** A zig-zag from the north-east to the south-west like the border, segments 30–120 km. */
  static Geometry borderLike() {
    return wkt(
        "LINESTRING (87.3 49.1, 86.6 48.5, 85.6 48.0, 85.0 47.2, 83.0 47.0, 82.7 46.5,"
            + " 82.3 45.6, 80.8 45.2, 80.45 44.2, 80.6 43.0, 80.17 42.21)");
  }

  /** {distance, chainage} of the closest point by sampling and golden-section refinement. */
  static double[] bruteForce(Coordinate[] cs, double lon, double lat) {
    Geodesic g = Geodesic.WGS84;
    double best = Double.POSITIVE_INFINITY;
    double bestChainage = 0;
    double before = 0;
    for (int i = 0; i + 1 < cs.length; i++) {
      GeodesicLine seg = g.InverseLine(cs[i].y, cs[i].x, cs[i + 1].y, cs[i + 1].x);
      double len = seg.Distance();
      int samples = 400;
      int bestK = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int k = 0; k <= samples; k++) {
        double d = distanceTo(g, seg, k * len / samples, lat, lon);
        if (d < bestD) {
          bestD = d;
          bestK = k;
        }
      }
      double lo = Math.max(0, (bestK - 1) * len / samples);
      double hi = Math.min(len, (bestK + 1) * len / samples);
      double phi = (Math.sqrt(5) - 1) / 2;
      for (int it = 0; it < 100; it++) {
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        if (distanceTo(g, seg, a, lat, lon) < distanceTo(g, seg, b, lat, lon)) {
          hi = b;
        } else {
          lo = a;
        }
      }
      double s = (lo + hi) / 2;
      double d = distanceTo(g, seg, s, lat, lon);
      if (d < best) {
        best = d;
        bestChainage = before + s;
      }
      before += len;
    }
    return new double[] {best, bestChainage};
  }

  private static double distanceTo(Geodesic g, GeodesicLine seg, double s, double lat, double lon) {
    GeodesicData p = seg.Position(s);
    return g.Inverse(lat, lon, p.lat2, p.lon2).s12;
  }
}
