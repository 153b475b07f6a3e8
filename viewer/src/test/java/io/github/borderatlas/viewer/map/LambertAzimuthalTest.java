package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LambertAzimuthalTest {

  /** Points of the region, lon/lat (Khorgos 80.45E 44.2N; tripoints from data-sources.md). */
  @ParameterizedTest
  @CsvSource({"80.45, 44.2", "87.286361, 49.115499", "80.174866, 42.210402", "74.5, 46.1",
      "116.4, 39.9"})
  void inverse_undoesProject(double lon, double lat) {
    double[] xy = new double[2];
    double[] ll = new double[2];
    LambertAzimuthal.REGION.project(lon, lat, xy);
    LambertAzimuthal.REGION.inverse(xy[0], xy[1], ll);
    assertThat(ll[0]).isCloseTo(lon, within(1e-9));
    assertThat(ll[1]).isCloseTo(lat, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource({"81, 46, 0, 0", "81, 47, 0, 1", "82, 46, 1, 0"})
  // "zero" within 2 km: on a parallel off the central meridian y is slightly positive (curved parallels)
  void axes_eastIsPlusX_northIsPlusY(double lon, double lat, int signX, int signY) {
    double[] xy = new double[2];
    LambertAzimuthal.REGION.project(lon, lat, xy);
    assertThat(Math.abs(xy[0]) < 2000 ? 0 : (int) Math.signum(xy[0])).isEqualTo(signX);
    assertThat(Math.abs(xy[1]) < 2000 ? 0 : (int) Math.signum(xy[1])).isEqualTo(signY);
  }

  @ParameterizedTest
  @CsvSource({"81, 47"})
  void oneDegreeNorthOfTheCentre_isAboutOneDegreeOfArc(double lon, double lat) {
    double[] xy = new double[2];
    LambertAzimuthal.REGION.project(lon, lat, xy);
    // on the sphere of radius R, 1 degree of arc is R * pi / 180 = 111,195 m; LAEA shortens
    // radial distances by the factor cos(c/2) ≈ 0.99996 at c = 1 degree (Snyder eq. 24-2)
    assertThat(xy[1]).isCloseTo(
        LambertAzimuthal.AUTHALIC_RADIUS * 2 * Math.sin(Math.toRadians(0.5)), within(1e-6));
  }
}
