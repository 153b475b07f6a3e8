package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.FlowDirection;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.Side;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import io.github.borderatlas.viewer.panels.BarChart.Part;
import java.util.List;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

class RiverChartsTest {

  /** A crossing 60 km from the river's source and 120 km before its end (made-up lengths). */
  private static RiverAtBorder crossing(River r, FlowDirection direction, int count) {
    CrossingPoint c =
        new CrossingPoint(82.695, 46.4876, 555_176, 60_000, 120_000, Side.CHINA, Side.KAZAKHSTAN);
    return new RiverAtBorder(
        r.id(),
        r.name(),
        true,
        180_000,
        count == 0 ? List.of() : java.util.Collections.nCopies(count, c),
        direction);
  }

  private static Group group(List<Group> gs, String title) {
    return gs.stream().filter(g -> g.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void length_measuredLineIsSplitAtTheCrossing_chinaUpstream() {
    River emil = PanelFixtures.emil();
    List<Group> gs =
        RiverCharts.groups(emil, Optional.of(crossing(emil, FlowDirection.CHINA_TO_KAZAKHSTAN, 1)));
    Bar measured = group(gs, "Length, km").bars().get(0);
    assertThat(measured.confidence()).isEqualTo(Confidence.MEASURED);
    assertThat(measured.parts()).extracting(Part::label).containsExactly("China", "Kazakhstan");
    assertThat(measured.parts()).extracting(Part::value).containsExactly(60.0, 120.0);
    assertThat(measured.valueText()).isEqualTo("China 60 km, Kazakhstan 120 km");
  }

  @Test
  void length_withoutASingleChinaToKazakhstanCrossing_isOneMeasuredBar() {
    River emil = PanelFixtures.emil();
    // The fixture's Emil has vertices 83.6 46.5, 82.72 46.49, 82.0 46.42: its geodesic length
    // from GeographicLib directly (Karney 2013) is the reference.
    double km =
        (Geodesic.WGS84.Inverse(46.5, 83.6, 46.49, 82.72).s12
                + Geodesic.WGS84.Inverse(46.49, 82.72, 46.42, 82.0).s12)
            / 1000;
    for (Optional<RiverAtBorder> c :
        List.of(
            Optional.<RiverAtBorder>empty(),
            Optional.of(crossing(emil, FlowDirection.KAZAKHSTAN_TO_CHINA, 1)),
            Optional.of(crossing(emil, FlowDirection.CHINA_TO_KAZAKHSTAN, 2)))) {
      Bar measured = group(RiverCharts.groups(emil, c), "Length, km").bars().get(0);
      assertThat(measured.parts()).hasSize(1);
      assertThat(measured.parts().get(0).value()).isCloseTo(km, within(1e-6));
    }
  }

  /** facts.md §4 (Emil): S78 gives 250 km, 180 in China and 70 in Kazakhstan; S79 230 and 154. */
  @Test
  void length_perCountryFiguresStackPerSource_andConflictingTotalsStaySideBySide() {
    List<Bar> bars =
        group(RiverCharts.groups(PanelFixtures.emil(), Optional.empty()), "Length, km").bars();
    assertThat(bars)
        .extracting(Bar::label)
        .containsExactly(
            "Atlas line, measured",
            "By country · S78",
            "By country · S79",
            "Length · S78",
            "Length · S79");
    assertThat(bars.get(1).parts()).extracting(Part::value).containsExactly(180.0, 70.0);
    assertThat(bars.get(1).valueText()).isEqualTo("China 180 km, Kazakhstan 70 km");
    assertThat(bars.get(2).parts()).extracting(Part::value).containsExactly(154.0);
    assertThat(bars.get(3).extent()).isEqualTo(250.0);
    assertThat(bars.get(4).extent()).isEqualTo(230.0);
  }

  /** facts.md §4 (Irtysh, S59/S60): 8.3 km³/yr formed in China; withdrawals 1.5–2.0 km³/yr. */
  @Test
  void water_flowAndWithdrawalsSideBySide_aPublishedRangeAsOneRangeBar() {
    List<Bar> bars =
        group(
                RiverCharts.groups(PanelFixtures.blackIrtysh(), Optional.empty()),
                "Water, km³ a year")
            .bars();
    assertThat(bars)
        .extracting(Bar::label)
        .containsExactly(
            "Flow formed in China · S59",
            "Withdrawn in China · S59",
            "Withdrawal in China, forecast · S59");
    assertThat(bars.get(0).extent()).isEqualTo(8.3);
    assertThat(bars.get(0).parts().get(0).color()).isEqualTo(ChartColors.FLOW);
    Bar range = bars.get(1);
    assertThat(range.parts().get(0).value()).isEqualTo(1.5);
    assertThat(range.rangeHigh()).isEqualTo(2.0);
    assertThat(range.valueText()).isEqualTo("1.5–2 km³/yr");
    assertThat(range.parts().get(0).color()).isEqualTo(ChartColors.WITHDRAWAL);
  }

  /** facts.md §4 (Khorgos, S39): annual runoff 540 mln m³ = 0.54 km³ a year. */
  @Test
  void water_millionCubicMetresAreScaledAsKm3_butLabelledAsPublished() {
    River khorgos =
        new River(
            "river.khorgos",
            Names.english("Khorgos"),
            PanelFixtures.line(80.45, 44.6, 80.52, 43.82),
            Optional.of("river.ili"),
            false,
            Figures.of(
                List.of(
                    PanelFixtures.f(
                        "river.flow.annual",
                        540,
                        Unit.MILLION_CUBIC_METRE_PER_YEAR,
                        "S39 chinadaily",
                        Confidence.SINGLE,
                        null))),
            Provenance.fact("test"),
            null);
    Bar b = group(RiverCharts.groups(khorgos, Optional.empty()), "Water, km³ a year").bars().get(0);
    assertThat(b.extent()).isCloseTo(0.54, within(1e-12));
    assertThat(b.valueText()).isEqualTo("540 mln m³/yr");
  }

  @Test
  void shares_areDrawnOnAHundredPercentScale() {
    Group shares = group(RiverCharts.groups(PanelFixtures.ili(), Optional.empty()), "Shares, %");
    assertThat(shares.scaleMax()).isEqualTo(100.0);
    assertThat(shares.bars().get(0).extent()).isEqualTo(38.0);
    assertThat(shares.bars().get(0).parts().get(0).color()).isEqualTo(ChartColors.CHINA);
  }

  @Test
  void groupsWithoutBars_areLeftOut() {
    assertThat(RiverCharts.groups(PanelFixtures.emil(), Optional.empty()))
        .extracting(Group::title)
        .containsExactly("Length, km");
  }
}
