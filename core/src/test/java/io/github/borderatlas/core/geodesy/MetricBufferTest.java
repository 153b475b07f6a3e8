package io.github.borderatlas.core.geodesy;

import static io.github.borderatlas.core.geodesy.GeodesicMeasureTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class MetricBufferTest {

  /**
   * Every vertex of a point's buffer lies at the radius, geodesically: the azimuthal equidistant
   * projection keeps distances from its centre true (Snyder 1987, p. 191), so the only error is
   * floating point.
   */
  @Test
  void bufferOfAPointIsAGeodesicCircleEvenAt500Km() throws Exception {
    Geometry circle = MetricBuffer.bufferMetres(wkt("POINT (80.45 44.2)"), 500_000, 16);

    assertThat(circle.getSRID()).isEqualTo(4326);
    assertThat(circle.getNumPoints()).isEqualTo(4 * 16 + 1);
    for (Coordinate c : circle.getCoordinates()) {
      assertThat(GeodesicMeasure.WGS84.distanceMetres(80.45, 44.2, c.x, c.y))
          .isCloseTo(500_000, within(1e-3));
    }
  }

  /** A 100 km line buffered by 20 km: points 19.9 km off are in, 20.1 km off are out. */
  @Test
  void bufferOfALineHoldsWhatIsWithinTheDistance() throws Exception {
    Geometry band = MetricBuffer.bufferMetres(wkt("LINESTRING (80 44, 81.25 44)"), 20_000);
    double degreesPerMetreNorth = 1 / 111_120.0; // about, at 44°N; checked geodesically below
    double in = 44 + 19_900 * degreesPerMetreNorth;
    double out = 44 + 20_100 * degreesPerMetreNorth;
    assertThat(GeodesicMeasure.WGS84.distanceMetres(80.6, 44, 80.6, in)).isLessThan(20_000);
    assertThat(GeodesicMeasure.WGS84.distanceMetres(80.6, 44, 80.6, out)).isGreaterThan(20_000);

    assertThat(band.contains(wkt("POINT (80.6 " + in + ")"))).isTrue();
    assertThat(band.contains(wkt("POINT (80.6 " + out + ")"))).isFalse();
  }

  @Test
  void refusesEmptyGeometryAndNonFiniteDistance() throws Exception {
    assertThatThrownBy(() -> MetricBuffer.bufferMetres(wkt("POINT EMPTY"), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricBuffer.bufferMetres(wkt("POINT (1 2)"), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricBuffer.bufferMetres(wkt("POINT (1 2)"), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
