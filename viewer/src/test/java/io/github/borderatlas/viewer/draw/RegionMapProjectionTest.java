package io.github.borderatlas.viewer.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionMapProjectionTest {

  /** Points of the region, lon/lat (Khorgos 80.45E 44.2N; tripoints from data-sources.md). */
  @ParameterizedTest
  @CsvSource({"80.45, 44.2", "87.286361, 49.115499", "80.174866, 42.210402", "74.5, 46.1"})
  void inverse_undoesProject_andAxesAreLonLatIn(double lon, double lat) {
    double[] xy = new double[2];
    double[] ll = new double[2];
    RegionMapProjection.REGION.project(lon, lat, xy);
    RegionMapProjection.REGION.inverse(xy[0], xy[1], ll);
    assertThat(ll[0]).isCloseTo(lon, within(1e-9));
    assertThat(ll[1]).isCloseTo(lat, within(1e-9));
    // east of the 81E central meridian is +x, west is -x
    assertThat(Math.signum(xy[0])).isEqualTo(Math.signum(lon - 81));
  }

  @ParameterizedTest
  @CsvSource({"81, 47"})
  void oneDegreeNorthOnTheCentralMeridian_isAboutOneDegreeOfMeridianArc(double lon, double lat) {
    double[] xy = new double[2];
    RegionMapProjection.REGION.project(lon, lat, xy);
    // the meridian arc 46N..47N on WGS84 from GeographicLib; Albers keeps the scale within 0.3 %
    // over the region (RegionProjection javadoc)
    double arc = Geodesic.WGS84.Inverse(46, 81, 47, 81).s12;
    assertThat(arc).isCloseTo(111_160, within(20.0)); // hand computation with M(46.5N)
    assertThat(xy[1]).isCloseTo(arc, within(arc * 0.003));
  }
}
