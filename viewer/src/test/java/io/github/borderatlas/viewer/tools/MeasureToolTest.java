package io.github.borderatlas.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasureToolTest {

  @Test
  void legsAndTotal_areGeodesicOnWgs84() {
    MeasureTool m = new MeasureTool();
    m.add(87.286361, 49.115499); // China–Russia–Kazakhstan tripoint (data-sources.md)
    m.add(80.174866, 42.210402); // China–Kyrgyzstan–Kazakhstan tripoint (data-sources.md)
    m.add(80.174866, 43.210402);
    assertThat(m.legs()).hasSize(2);
    // hand check: haversine on the authalic sphere (R = 6,371,007 m) gives 945.10 km; the
    // ellipsoid differs from the sphere by well under 0.5 %
    assertThat(m.legs().get(0)).isCloseTo(945_104, within(945_104 * 0.005));
    // one degree of meridian: M(42.71N) * pi / 180 = 111,087.1 m by hand with the WGS84 a, f
    // (the mid-latitude radius of curvature; its error over one degree is a few metres)
    assertThat(m.legs().get(1)).isCloseTo(111_087.1, within(10.0));
    assertThat(m.total()).isEqualTo(m.legs().get(0) + m.legs().get(1));
    assertThat(m.summary()).contains(" + ").contains(" = ").contains("geodesic");
  }

  @Test
  void distance_matchesGeographicLibsDocumentedExample() {
    // GeodSolve documentation: "40.6 -73.8 51.6 -0.5" (JFK to LHR, lat lon order) gives
    // s12 = 5551759.400 m; MeasureTool takes lon, lat
    double d = MeasureTool.distance(new double[] {-73.8, 40.6}, new double[] {-0.5, 51.6});
    assertThat(d).isCloseTo(5_551_759.400, within(0.001));
  }

  @Test
  void badPoint_isRejected_andClearEmpties() {
    MeasureTool m = new MeasureTool();
    assertThatThrownBy(() -> m.add(44.2, 91)).hasMessageContaining("lat [-90, 90]");
    m.add(80, 44);
    m.clear();
    assertThat(m.points()).isEmpty();
    assertThat(m.summary()).startsWith("Measure: click");
  }

  @Test
  void format_choosesUnits() {
    assertThat(MeasureTool.format(850)).isEqualTo("850 m");
    assertThat(MeasureTool.format(12_345)).isEqualTo("12.35 km");
    assertThat(MeasureTool.format(1_234_567)).isEqualTo("1,234.6 km");
  }
}
