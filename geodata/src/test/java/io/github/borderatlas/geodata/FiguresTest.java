package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The atlas-wide published figures of facts.md §2, §3 and §5. */
class FiguresTest {

  private static final Figures FIGURES = ChinaKazakhstan.atlas().figures();

  private static List<Double> values(String quantity) {
    return FIGURES.of(quantity).stream().map(Figure::value).toList();
  }

  private static double value(String quantity, String sourcePrefix) {
    return FIGURES.of(quantity).stream()
        .filter(f -> f.source().startsWith(sourcePrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(quantity + " from " + sourcePrefix))
        .value();
  }

  /** facts.md §3: 1,782.75 km (S1, S3, S4, firm); 1,700, 1,718 and 1,770 km also circulate. */
  @Test
  void borderLengthOfTheCommissionsComesFirst() {
    Figure first = FIGURES.first("border.length.total").orElseThrow();
    assertThat(first.value()).isEqualTo(1782.75);
    assertThat(first.unit()).isEqualTo(Unit.KILOMETRE);
    assertThat(first.confidence()).isEqualTo(Confidence.FIRM);
    assertThat(values("border.length.total")).containsExactly(1782.75, 1700.0, 1718.0, 1770.0);
  }

  /**
   * Seed, section Border and territorial disputes: "according to the commissions protocols and
   * maps", land 1,215.86 + water 566.89 = 1,782.75 km (hand sum); facts.md §3, S7 agrees.
   */
  @Test
  void landAndWaterAddUpToTheTotal() {
    double land = FIGURES.first("border.length.land").orElseThrow().value();
    double water = FIGURES.first("border.length.water").orElseThrow().value();
    assertThat(land).isEqualTo(1215.86);
    assertThat(water).isEqualTo(566.89);
    assertThat(land + water).isCloseTo(1782.75, within(1e-9));
    for (String q : List.of("border.length.land", "border.length.water")) {
      assertThat(FIGURES.first(q).orElseThrow().source())
          .as(q)
          .startsWith("Seed article")
          .contains("commissions protocols and maps", "S7");
    }
  }

  /**
   * In the seed only the 2,420 km² sentence carries ref. [46] (Fravel); the 22 % / 78 % sentence
   * carries none. The figures cite the seed and say which sentence has which reference.
   */
  @Test
  void seedDisputeFiguresAttributeFravelOnlyToTheTotal() {
    Figure total =
        FIGURES.of("dispute.area.total").stream()
            .filter(f -> f.value() == 2420)
            .findFirst()
            .orElseThrow();
    assertThat(total.note().orElseThrow()).contains("[46]", "Fravel");
    for (String q : List.of("dispute.share.china", "dispute.share.kazakhstan")) {
      Figure share = FIGURES.of(q).get(0);
      assertThat(share.source()).as(q).isEqualTo(total.source()).doesNotContain("Fravel");
      assertThat(share.note().orElseThrow()).as(q).contains("no reference");
    }
  }

  /**
   * 34,000 km² in two readings: CACI (S33) for the whole former Sino-Soviet border, and Fravel as
   * quoted by the seed for "more than 34,000 square kilometers ... claimed in Central Asia".
   */
  @Test
  void thirtyFourThousandSquareKilometresKeepBothScopes() {
    Figure caci = FIGURES.first(DisputeShares.SINO_SOVIET).orElseThrow();
    Figure fravel = FIGURES.first(DisputeShares.CLAIMED_CENTRAL_ASIA).orElseThrow();
    assertThat(caci.value()).isEqualTo(34_000);
    assertThat(caci.source()).startsWith("facts.md S33");
    assertThat(fravel.value()).isEqualTo(34_000);
    assertThat(fravel.source()).startsWith("Seed article");
    assertThat(fravel.note().orElseThrow()).contains("Central Asia", "Fravel");
  }

  /**
   * facts.md §2: 2,420 km² with 22 % / 78 % (seed), 944 km² with 56.9 % / 43 % (CACI, S33), 1,969
   * km² (S7). Shares carry the same source as their total so that they can be matched.
   */
  @Test
  void disputeSharesCarryTheSourceOfTheirTotal() {
    assertThat(values("dispute.area.total")).containsExactly(2420.0, 944.0, 1969.0);
    for (Figure total : FIGURES.of("dispute.area.total")) {
      List<Figure> shares =
          FIGURES.all().stream()
              .filter(f -> f.quantity().startsWith("dispute.share."))
              .filter(f -> f.source().equals(total.source()))
              .toList();
      if (total.value() == 1969) {
        assertThat(shares).isEmpty(); // S7 gives areas, not shares
        continue;
      }
      assertThat(shares)
          .extracting(Figure::quantity)
          .containsExactlyInAnyOrder("dispute.share.china", "dispute.share.kazakhstan");
      double sum = shares.stream().mapToDouble(Figure::value).sum();
      // seed: 22 + 78 = 100; CACI: 56.9 + 43 = 99.9 (as published, noted inconsistent)
      assertThat(sum).isCloseTo(100, within(0.11));
    }
    assertThat(value("dispute.share.kazakhstan", "facts.md S33")).isEqualTo(56.9);
    assertThat(value("dispute.area.changed", "facts.md S33")).isEqualTo(187);
  }

  /** facts.md §2, S7: 1,841 + 90 + 38 = 1,969 km² in 12 areas (hand sum). */
  @Test
  void breakdownOfTheTwelveAreasAddsUp() {
    double sum =
        value(DisputeShares.HELD_KAZAKHSTAN, "facts.md S7")
            + value(DisputeShares.HELD_CHINA, "facts.md S7")
            + value(DisputeShares.HELD_NONE, "facts.md S7");
    assertThat(sum).isEqualTo(value("dispute.area.total", "facts.md S7"));
    assertThat(value(DisputeShares.COUNT, "facts.md S7")).isEqualTo(12);
    assertThat(FIGURES.first(DisputeShares.COUNT).orElseThrow().unit()).isEqualTo(Unit.COUNT);
  }

  /**
   * The core's DisputeShares reads one row per source: the seed (2,420 km² × 22 % = 532.4 km² to
   * China, hand computation), CACI (944 km² × 43 % = 405.92 km²), S7 (1,969 km², no shares) and S34
   * (a count of 11 sections only).
   */
  @Test
  void disputeSharesReadsOneRowPerSource() {
    List<DisputeShares.Row> rows = DisputeShares.of(ChinaKazakhstan.atlas()).rows();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).china().km2().getAsDouble()).isCloseTo(532.4, within(1e-9));
    assertThat(rows.get(0).kazakhstan().km2().getAsDouble()).isCloseTo(1887.6, within(1e-9));
    assertThat(rows.get(1).china().km2().getAsDouble()).isCloseTo(405.92, within(1e-9));
    assertThat(rows.get(1).shareSumPercent().getAsDouble()).isCloseTo(99.9, within(1e-9));
    assertThat(rows.get(2).totalKm2().getAsDouble()).isEqualTo(1969);
    assertThat(rows.get(2).china().percent()).isEmpty();
    assertThat(rows.get(3).figure(DisputeShares.COUNT).orElseThrow().value()).isEqualTo(11);
  }

  /** facts.md §5: ICBC 5.28 km² = 3.43 km² (China) + 1.85 km² (Kazakhstan). */
  @Test
  void khorgosCentreSidesAddUp() {
    double total = FIGURES.first("icbc.area.total").orElseThrow().value();
    double china = FIGURES.first("icbc.area.china").orElseThrow().value();
    double kazakhstan = FIGURES.first("icbc.area.kazakhstan").orElseThrow().value();
    assertThat(total).isEqualTo(5.28);
    assertThat(china + kazakhstan).isCloseTo(total, within(1e-9));
    assertThat(FIGURES.first("icbc.area.total").orElseThrow().unit())
        .isEqualTo(Unit.SQUARE_KILOMETRE);
  }

  @Test
  void everyFigureHasASourceAndNoneIsMeasured() {
    assertThat(FIGURES.all())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.source()).as(f.quantity()).isNotBlank();
              assertThat(f.confidence()).as(f.quantity()).isNotEqualTo(Confidence.MEASURED);
            });
  }
}
