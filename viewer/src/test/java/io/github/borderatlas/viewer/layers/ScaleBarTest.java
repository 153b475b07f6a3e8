package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleBarTest {

  @ParameterizedTest
  @CsvSource({"149999, 100000", "200000, 200000", "499, 200", "73, 50", "1.5, 1"})
  void niceLength_isTheLargestOneTwoFiveStepBelow(double max, double expected) {
    assertThat(ScaleBar.niceLength(max)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"500, 500 m", "2000, 2 km", "100000, 100 km", "2500, 2.5 km"})
  void format_usesMetresOrKilometres(double metres, String text) {
    assertThat(ScaleBar.format(metres)).isEqualTo(text);
  }

  @Test
  void groundScale_isTheGeodesicDistanceAlongTheRow() {
    double[] xy = new double[2];
    RegionMapProjection.REGION.project(80.45, 44.2, xy); // Khorgos
    Viewport vp = new Viewport(xy[0], xy[1], 1000, 400, 300);
    double mpp = ScaleBar.groundMetresPerPixel(vp, RegionMapProjection.REGION, 0, 150, 400);
    double[] a = new double[2];
    double[] b = new double[2];
    RegionMapProjection.REGION.inverse(vp.worldX(0), vp.worldY(150), a);
    RegionMapProjection.REGION.inverse(vp.worldX(400), vp.worldY(150), b);
    double expected = Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 / 400; // GeographicLib
    assertThat(mpp).isCloseTo(expected, within(1e-9));
    // the Albers scale error in the region is below 0.3 % (RegionProjection javadoc)
    assertThat(mpp).isCloseTo(1000, within(3.0));
  }
}
