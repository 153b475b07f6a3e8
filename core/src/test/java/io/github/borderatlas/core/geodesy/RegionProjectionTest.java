package io.github.borderatlas.core.geodesy;

import static io.github.borderatlas.core.geodesy.GeodesicMeasureTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The region's Albers projection against published and PROJ reference values. */
class RegionProjectionTest {

  /**
   * Snyder's worked example for the ellipsoidal Albers projection: Clarke 1866, standard parallels
   * 29.5°N and 45.5°N, origin 23°N 96°W; the point 35°N 75°W maps to x = 1,885,472.7 m, y =
   * 1,535,925.0 m (J. P. Snyder, Map Projections: A Working Manual, USGS PP 1395, 1987, p. 292;
   * PROJ 9.1.1 gives 1885472.7258, 1535925.0050).
   */
  @Test
  void albers_matchesSnyderWorkedExample() {
    RegionProjection snyder =
        RegionProjection.fromProj4(
            "+proj=aea +lat_0=23 +lon_0=-96 +lat_1=29.5 +lat_2=45.5 +ellps=clrk66 +units=m", 0);
    double[] xy = new double[2];
    snyder.project(-75, 35, xy);
    assertThat(xy[0]).isCloseTo(1_885_472.7258, within(1e-3));
    assertThat(xy[1]).isCloseTo(1_535_925.0050, within(1e-3));
  }

  /**
   * The region projection against PROJ 9.1.1 ({@code proj +proj=aea +ellps=WGS84 +lat_1=43
   * +lat_2=49 +lat_0=46 +lon_0=81 -f %.4f}); Khorgos has lat ≠ lon, which catches swapped axes.
   */
  @ParameterizedTest
  @CsvSource({
    "80.45, 44.2, -43927.3824, -200126.3132", // Khorgos
    "87.286361, 49.115499, 458496.9287, 364774.1142", // China–Russia–Kazakhstan tripoint
    "72, 41, -757300.36, -512808.60",
    "90, 51, 632130.87, 591743.50",
    "81, 46, 0, 0" // the centre
  })
  void defaultProjection_matchesProj(double lon, double lat, double x, double y) {
    double[] xy = new double[2];
    RegionProjection.DEFAULT.project(lon, lat, xy);
    assertThat(xy[0]).isCloseTo(x, within(0.01));
    assertThat(xy[1]).isCloseTo(y, within(0.01));
  }

  @Test
  void inverse_roundTripsOverTheRegion() {
    double[] xy = new double[2];
    double[] back = new double[2];
    for (double lon = 70; lon <= 92; lon += 1.5) {
      for (double lat = 40; lat <= 52; lat += 1.25) {
        RegionProjection.DEFAULT.project(lon, lat, xy);
        RegionProjection.DEFAULT.inverse(xy[0], xy[1], back);
        assertThat(back[0]).isCloseTo(lon, within(1e-9));
        assertThat(back[1]).isCloseTo(lat, within(1e-9));
      }
    }
  }

  /**
   * Equal area: a densified 2° × 1° cell near Khorgos has the same planar area in the projection as
   * its geodesic area on WGS84 (both computed here; a property of Albers, Snyder p. 98).
   */
  @Test
  void projectedArea_equalsGeodesicArea() {
    Geometry cell = Densifier.densify(wkt("POLYGON ((79 43, 81 43, 81 44, 79 44, 79 43))"), 0.01);
    double planar = RegionProjection.DEFAULT.project(cell).getArea();
    double geodesic = GeodesicMeasure.areaSquareMetres(cell);
    assertThat(planar / geodesic).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void batch_equalsSinglePoints_andBadPointsGiveNaN() {
    double[] lonLat = {80.45, 44.2, Double.NaN, 45, 76.95, 43.25, 80, 95};
    double[] xy = new double[8];
    RegionProjection.DEFAULT.projectAll(lonLat, xy, 4);
    double[] one = new double[2];
    RegionProjection.DEFAULT.project(76.95, 43.25, one);
    assertThat(xy[4]).isEqualTo(one[0]);
    assertThat(xy[5]).isEqualTo(one[1]);
    assertThat(xy[2]).isNaN();
    assertThat(xy[3]).isNaN();
    assertThat(xy[6]).isNaN();
    assertThat(xy[7]).isNaN();
    double[] back = new double[8];
    RegionProjection.DEFAULT.inverseAll(xy, back, 4);
    assertThat(back[0]).isCloseTo(80.45, within(1e-9));
    assertThat(back[1]).isCloseTo(44.2, within(1e-9));
    assertThatThrownBy(() -> RegionProjection.DEFAULT.projectAll(lonLat, new double[3], 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void projectGeometry_returnsProjectedCopy() {
    Geometry line = wkt("LINESTRING (80.45 44.2, 87.286361 49.115499)");
    Geometry projected = RegionProjection.DEFAULT.project(line);
    assertThat(line.getCoordinates()[0]).isEqualTo(new Coordinate(80.45, 44.2));
    assertThat(projected.getCoordinates()[0].x).isCloseTo(-43927.3824, within(0.01));
    assertThat(projected.getCoordinates()[1].y).isCloseTo(364774.1142, within(0.01));
    Geometry back = RegionProjection.DEFAULT.inverse(projected);
    assertThat(back.getCoordinates()[1].x).isCloseTo(87.286361, within(1e-9));
    Coordinate c = RegionProjection.DEFAULT.project(new Coordinate(80.45, 44.2));
    assertThat(RegionProjection.DEFAULT.inverse(c).y).isCloseTo(44.2, within(1e-9));
  }

  @Test
  void albers_rejectsBadParameters() {
    assertThatThrownBy(() -> RegionProjection.albers(200, 46, 43, 49)).hasMessageContaining("lon0");
    assertThatThrownBy(() -> RegionProjection.albers(81, 90, 43, 49))
        .hasMessageContaining("(-90, 90)");
    assertThatThrownBy(() -> RegionProjection.albers(81, 0, 30, -30))
        .hasMessageContaining("symmetric");
    assertThat(RegionProjection.DEFAULT.definition()).contains("+proj=aea", "+lon_0=81");
  }

  /** Khorgos in UTM zone 44N against PROJ 9.1.1 ({@code proj +proj=utm +zone=44 +datum=WGS84}). */
  @Test
  void utm_matchesProjAndCarriesTheEpsgCodeOfItsZone() throws Exception {
    RegionProjection utm44 = RegionProjection.utm(RegionProjection.utmZone(80.45), true);
    assertThat(utm44.crs().srid()).isEqualTo(32644);

    Geometry xy = utm44.project(wkt("POINT (80.45 44.2)"));

    assertThat(xy.getSRID()).isEqualTo(32644);
    assertThat(xy.getUserData()).isEqualTo(utm44.crs());
    assertThat(xy.getCoordinate().x).isCloseTo(456_052.6145, within(1e-3));
    assertThat(xy.getCoordinate().y).isCloseTo(4_894_233.8475, within(1e-3));
    Geometry back = utm44.inverse(xy);
    assertThat(back.getSRID()).isEqualTo(4326);
    assertThat(back.getCoordinate().x).isCloseTo(80.45, within(1e-9));
    assertThat(RegionProjection.utm(44, false).crs().srid()).isEqualTo(32744);
  }

  @Test
  void utmZones_followTheSixDegreeBands() {
    assertThat(RegionProjection.utmZone(-180)).isEqualTo(1);
    assertThat(RegionProjection.utmZone(78)).isEqualTo(44);
    assertThat(RegionProjection.utmZone(179.9)).isEqualTo(60);
    assertThat(RegionProjection.utmZone(180)).isEqualTo(1);
    assertThatThrownBy(() -> RegionProjection.utm(61, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void regionAlbers_hasNoEpsgCodeButSaysWhatItIs() throws Exception {
    Geometry xy = RegionProjection.DEFAULT.project(wkt("POINT (80.45 44.2)"));

    assertThat(xy.getSRID()).isZero();
    assertThat(((Crs) xy.getUserData()).proj4()).startsWith("+proj=aea");
  }

  @Test
  void fromProj4_refusesWhatProj4jCannotRead() {
    assertThatThrownBy(() -> RegionProjection.fromProj4("+proj=nonsense", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonsense");
    assertThatThrownBy(() -> new Crs(-1, "x", "y")).isInstanceOf(IllegalArgumentException.class);
  }
}
