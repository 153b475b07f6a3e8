package io.github.borderatlas.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published disputed-area figures of facts.md §2, side by side (hand computations). */
class DisputeSharesTest {

  private final DisputeShares shares = DisputeShares.of(TestAtlas.clean());

  @Test
  void oneRowPerSource_inFirstSeenOrder() {
    assertThat(shares.rows())
        .extracting(DisputeShares.Row::source)
        .containsExactly(
            "seed article (Fravel not found)", "CACI Analyst, 2000-02-16 [S33]", "aihuau.com [S7]");
  }

  /** Seed: 2,420 km² × 22 % = 532.4 km² China, × 78 % = 1,887.6 km² Kazakhstan. */
  @Test
  void seed_sharesBecomeSquareKilometres() {
    DisputeShares.Row seed = shares.rows().get(0);
    assertThat(seed.totalKm2().getAsDouble()).isEqualTo(2420);
    assertThat(seed.china().km2().getAsDouble()).isCloseTo(532.4, within(1e-9));
    assertThat(seed.kazakhstan().km2().getAsDouble()).isCloseTo(1887.6, within(1e-9));
    assertThat(seed.china().percentPublished()).isTrue();
    assertThat(seed.china().km2Published()).isFalse();
    assertThat(seed.shareSumPercent().getAsDouble()).isCloseTo(100, within(1e-9));
    assertThat(seed.confidence()).isEqualTo(Confidence.WEAK);
  }

  /**
   * CACI: 944 km² × 43 % = 405.92 km² China, × 56.9 % = 537.136 km² Kazakhstan; the shares add up
   * to 99.9 % as published; the 187 km² change and the 34,000 km² Sino-Soviet context figure are
   * shown as given.
   */
  @Test
  void caci_keepsItsInconsistencyVisible() {
    DisputeShares.Row caci = shares.rows().get(1);
    assertThat(caci.china().km2().getAsDouble()).isCloseTo(405.92, within(1e-9));
    assertThat(caci.kazakhstan().km2().getAsDouble()).isCloseTo(537.136, within(1e-9));
    assertThat(caci.shareSumPercent().getAsDouble()).isCloseTo(99.9, within(1e-9));
    assertThat(caci.area(DisputeShares.CHANGED).getAsDouble()).isEqualTo(187);
    assertThat(caci.area(DisputeShares.SINO_SOVIET).getAsDouble()).isEqualTo(34_000);
    assertThat(caci.confidence()).isEqualTo(Confidence.SINGLE);
  }

  /** aihuau: 1,969 km² in 12 areas, held 1,841 + 90 + 38 = 1,969 km² (hand sum); no shares. */
  @Test
  void aihuau_hasHoldingsButNoShares() {
    DisputeShares.Row row = shares.rows().get(2);
    assertThat(row.totalKm2().getAsDouble()).isEqualTo(1969);
    assertThat(row.figure(DisputeShares.COUNT).orElseThrow().value()).isEqualTo(12);
    double held =
        row.area(DisputeShares.HELD_KAZAKHSTAN).getAsDouble()
            + row.area(DisputeShares.HELD_CHINA).getAsDouble()
            + row.area(DisputeShares.HELD_NONE).getAsDouble();
    assertThat(held).isEqualTo(1969);
    assertThat(row.china().km2()).isEmpty();
    assertThat(row.china().percent()).isEmpty();
    assertThat(row.shareSumPercent()).isEmpty();
  }

  /** Published areas give derived percentages: 300 of 1,200 km² is 25 %; hectares ÷ 100. */
  @Test
  void publishedAreas_givePercentages_andHectaresConvert() {
    Figures figures =
        Figures.of(
            List.of(
                Figure.of(DisputeShares.TOTAL, 120_000, Unit.HECTARE, "x", Confidence.SINGLE),
                Figure.of(
                    DisputeShares.AREA_CHINA, 300, Unit.SQUARE_KILOMETRE, "x", Confidence.SINGLE),
                Figure.of(
                    LengthReconciliation.TOTAL, 1782.75, Unit.KILOMETRE, "x", Confidence.FIRM)));
    DisputeShares.Row row = DisputeShares.of(figures).rows().get(0);
    assertThat(row.totalKm2().getAsDouble()).isEqualTo(1200);
    assertThat(row.china().percent().getAsDouble()).isCloseTo(25, within(1e-9));
    assertThat(row.china().km2Published()).isTrue();
    assertThat(row.china().percentPublished()).isFalse();
    assertThat(row.kazakhstan().km2()).isEmpty();
    assertThat(row.figures()).hasSize(2); // the border length is not a dispute figure
  }

  @Test
  void noDisputeFigures_isEmpty() {
    assertThat(DisputeShares.of(Figures.empty()).isEmpty()).isTrue();
  }
}
