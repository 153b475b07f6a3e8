package io.github.borderatlas.core.geodesy;

import static io.github.borderatlas.core.geodesy.GeodesicMeasureTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The Point and Coordinate overloads take x as longitude: Khorgos (80.45 E, 44.2 N) and Almaty
 * (76.95 E, 43.25 N) have latitude ≠ longitude, so an overload that swapped the axes would measure
 * between two other points, thousands of kilometres off. Expected values are GeographicLib's
 * latitude-first {@code Inverse}, called directly.
 */
class PointOverloadsTest {

  private static final double KHORGOS_ALMATY_METRES =
      Geodesic.WGS84.Inverse(44.2, 80.45, 43.25, 76.95).s12;

  @Test
  void pointAndCoordinateOverloadsMeasureLonLat() throws Exception {
    Point khorgos = (Point) wkt("POINT (80.45 44.2)");
    Point almaty = (Point) wkt("POINT (76.95 43.25)");

    assertThat(GeodesicMeasure.WGS84.distanceMetres(khorgos, almaty))
        .isCloseTo(KHORGOS_ALMATY_METRES, within(1e-6));
    assertThat(
            GeodesicMeasure.WGS84.distanceMetres(khorgos.getCoordinate(), almaty.getCoordinate()))
        .isCloseTo(KHORGOS_ALMATY_METRES, within(1e-6));
    assertThat(
            GeodesicMeasure.WGS84.azimuthDegrees(
                new Coordinate(80.45, 44.2), new Coordinate(76.95, 43.25)))
        .isCloseTo(Geodesic.WGS84.Inverse(44.2, 80.45, 43.25, 76.95).azi1, within(1e-9));
    assertThat(GeodesicMeasure.WGS84.azimuthDegrees(khorgos, almaty))
        .isCloseTo(Geodesic.WGS84.Inverse(44.2, 80.45, 43.25, 76.95).azi1, within(1e-9));
  }

  @Test
  void chainageOverloadsMeasureLonLat() throws Exception {
    // a line from Almaty due north 3 degrees: Khorgos (44.2 N) projects about a third of the way
    // along; read with swapped axes (44.2 E, 80.45 N) it would project onto the north end
    Geometry line = wkt("LINESTRING (76.95 43.25, 76.95 46.25)");
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    double expected = index.chainageMetres(80.45, 44.2);
    Point khorgos = (Point) wkt("POINT (80.45 44.2)");
    assertThat(index.chainageMetres(khorgos)).isEqualTo(expected);
    assertThat(index.chainageMetres(khorgos.getCoordinate())).isEqualTo(expected);
    assertThat(index.locate(khorgos).chainageMetres()).isEqualTo(expected);
    assertThat(expected).isBetween(90_000.0, index.lengthMetres() - 100_000);
  }

  @Test
  void lineDistanceOverloadsMeasureLonLat() throws Exception {
    Geometry line = wkt("LINESTRING (76.95 43.25, 76.95 43.25000001)");
    Point khorgos = (Point) wkt("POINT (80.45 44.2)");
    GeodesicLineIndex index = new GeodesicLineIndex(line);

    assertThat(index.distanceMetres(khorgos)).isCloseTo(KHORGOS_ALMATY_METRES, within(1.0));
    assertThat(index.distanceMetres(khorgos.getCoordinate()))
        .isCloseTo(KHORGOS_ALMATY_METRES, within(1.0));
    assertThat(GeodesicMeasure.distanceToLineMetres(line, khorgos))
        .isCloseTo(KHORGOS_ALMATY_METRES, within(1.0));
  }
}
