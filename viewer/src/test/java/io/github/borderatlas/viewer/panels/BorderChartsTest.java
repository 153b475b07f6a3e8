package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import io.github.borderatlas.viewer.panels.BarChart.Part;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

class BorderChartsTest {

  private final Atlas atlas = PanelFixtures.atlas();

  /** The fixture border's length from GeographicLib directly (sum of geodesic edges), km. */
  private static double referenceBorderKm() {
    double[] v = PanelFixtures.BORDER;
    double m = 0;
    for (int i = 0; i + 3 < v.length; i += 2) {
      m += Geodesic.WGS84.Inverse(v[i + 1], v[i], v[i + 3], v[i + 2]).s12;
    }
    return m / 1000;
  }

  @Test
  void lengths_measuredFirst_thenEveryPublishedValue_withTheDifference() {
    List<Group> gs = BorderCharts.lengthGroups(LengthReconciliation.of(atlas));
    assertThat(gs)
        .extracting(Group::title)
        .containsExactly(
            "Total length, km", "Land, or water not located, km", "Rivers and lakes, km");
    List<Bar> total = gs.get(0).bars();
    assertThat(total)
        .extracting(Bar::label)
        .containsExactly("Measured", "Published · S1", "Published · S2");
    double measured = referenceBorderKm();
    assertThat(total.get(0).extent()).isCloseTo(measured, within(1e-6));
    // facts.md §3: 1,782.75 km (boundary commissions, firm) and about 1,700 km (S2, weak).
    assertThat(total.get(1).extent()).isEqualTo(1782.75);
    assertThat(total.get(1).confidence()).isEqualTo(Confidence.FIRM);
    assertThat(total.get(2).confidence()).isEqualTo(Confidence.WEAK);
    double diff = measured - 1782.75;
    assertThat(total.get(1).remark())
        .isEqualTo(
            "measured "
                + FeatureText.signed(diff, 1)
                + " km ("
                + FeatureText.signed(diff / 1782.75 * 100, 2)
                + " %)");
  }

  @Test
  void lengths_waterIsMeasuredAsRiversPlusLakes() {
    Bar water = BorderCharts.lengthGroups(LengthReconciliation.of(atlas)).get(2).bars().get(0);
    assertThat(water.parts()).extracting(Part::label).containsExactly("rivers", "lakes");
    // The fixture's Khorgos stretch runs 80.45 44.6 to 80.52 43.82; no lake segment.
    double khorgos = Geodesic.WGS84.Inverse(44.6, 80.45, 43.82, 80.52).s12 / 1000;
    assertThat(water.parts().get(0).value()).isCloseTo(khorgos, within(1e-6));
    assertThat(water.parts().get(1).value()).isZero();
  }

  /**
   * facts.md §2: the seed's 2,420 km² split 22 % / 78 % is 532.4 / 1,887.6 km² (hand computed);
   * CACI's 944 km² split 43 % / 56.9 % is 405.92 / 537.136 km² and its shares add up to 99.9 %;
   * S7's 1,969 km² is not split by side.
   */
  @Test
  void disputes_oneStackedBarPerSource_inKm2PerSide() {
    List<Group> gs = BorderCharts.disputeGroups(DisputeShares.of(atlas));
    assertThat(gs).hasSize(1);
    List<Bar> bars = gs.get(0).bars();
    assertThat(bars).hasSize(3);
    assertThat(bars.get(0).parts())
        .extracting(Part::value)
        .satisfiesExactly(
            c -> assertThat(c).isCloseTo(532.4, within(1e-9)),
            k -> assertThat(k).isCloseTo(1887.6, within(1e-9)));
    assertThat(bars.get(0).valueText())
        .isEqualTo("China 532 km² (22 %), Kazakhstan 1,888 km² (78 %)");
    assertThat(bars.get(0).remark()).isEqualTo("of 2,420 km²");
    assertThat(bars.get(1).parts())
        .extracting(Part::value)
        .satisfiesExactly(
            c -> assertThat(c).isCloseTo(405.92, within(1e-9)),
            k -> assertThat(k).isCloseTo(537.136, within(1e-9)));
    assertThat(bars.get(1).remark()).isEqualTo("of 944 km²; shares add up to 99.9 %");
    assertThat(bars.get(2).parts()).hasSize(1);
    assertThat(bars.get(2).extent()).isEqualTo(1969.0);
    assertThat(bars.get(2).remark()).isEqualTo("not split by side");
    assertThat(bars.get(2).label()).isEqualTo("S7");
  }

  @Test
  void tables_listEveryRowWithItsSource() {
    String lengths = BorderCharts.lengthTable(LengthReconciliation.of(atlas));
    assertThat(lengths)
        .contains("1,782.75 km")
        .contains("1,700 km")
        .contains("1,215.86 km")
        .contains("566.89 km")
        .contains("measured by BorderAtlas");
    String disputes = BorderCharts.disputeTable(DisputeShares.of(atlas));
    assertThat(disputes)
        .contains("CACI Analyst, 2000-02-16")
        .contains("2,420 km²")
        .contains("56.9 %");
  }

  @Test
  void anAtlasWithoutBorderOrDisputes_saysSo() {
    Atlas empty = Atlas.builder().build();
    assertThat(BorderCharts.lengthGroups(LengthReconciliation.of(empty))).isEmpty();
    assertThat(BorderCharts.lengthTable(LengthReconciliation.of(empty))).contains("no border");
    assertThat(BorderCharts.disputeGroups(DisputeShares.of(empty))).isEmpty();
    assertThat(BorderCharts.disputeTable(DisputeShares.of(empty))).contains("No published");
  }
}
