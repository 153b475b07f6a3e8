package io.github.borderatlas.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Unit;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Measured against published border lengths, on the test atlas. */
class LengthReconciliationTest {

  /** Reference: the sum of GeographicLib Inverse distances between vertices i..j of the line. */
  private static double inverseSumKm(int from, int to) {
    Coordinate[] cs = TestAtlas.borderLine().getCoordinates();
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Geodesic.WGS84.Inverse(cs[i].y, cs[i].x, cs[i + 1].y, cs[i + 1].x).s12;
    }
    return sum / 1000;
  }

  @Test
  void totals_measuredFromLine_comparedWithEachPublishedTotal() {
    LengthReconciliation r = LengthReconciliation.of(TestAtlas.clean());
    double measured = inverseSumKm(0, 8);
    assertThat(r.lineMetres() / 1000).isCloseTo(measured, within(1e-9));
    assertThat(r.rows(LengthReconciliation.TOTAL)).hasSize(2); // 1,782.75 [S1] and 1,700 [S2]
    LengthReconciliation.Row firm = r.rows(LengthReconciliation.TOTAL).get(0);
    assertThat(firm.publishedKm().getAsDouble()).isEqualTo(1782.75);
    assertThat(firm.measuredKm()).isCloseTo(measured, within(1e-9));
    assertThat(firm.differenceKm().getAsDouble()).isCloseTo(measured - 1782.75, within(1e-9));
    assertThat(firm.differencePercent().getAsDouble())
        .isCloseTo((measured - 1782.75) / 1782.75 * 100, within(1e-9));
    assertThat(firm.source()).contains("[S1]");
    assertThat(r.rows(LengthReconciliation.TOTAL).get(1).publishedKm().getAsDouble())
        .isEqualTo(1700);
  }

  /** Land is segments 1 and 3 (vertices 0–3 and 6–8), water the river segment (3–6). */
  @Test
  void kinds_measuredFromSegments() {
    LengthReconciliation r = LengthReconciliation.of(TestAtlas.clean());
    double land = inverseSumKm(0, 3) + inverseSumKm(6, 8);
    double water = inverseSumKm(3, 6);
    assertThat(r.segmentMetres(SegmentKind.LAND) / 1000).isCloseTo(land, within(1e-9));
    assertThat(r.segmentMetres(SegmentKind.LAKE)).isZero();
    LengthReconciliation.Row landRow = r.rows(LengthReconciliation.LAND).get(0);
    assertThat(landRow.measuredKm()).isCloseTo(land, within(1e-9));
    assertThat(landRow.publishedKm().getAsDouble()).isEqualTo(1215.86);
    LengthReconciliation.Row waterRow = r.rows(LengthReconciliation.WATER).get(0);
    assertThat(waterRow.measuredKm()).isCloseTo(water, within(1e-9));
    assertThat(waterRow.publishedKm().getAsDouble()).isEqualTo(566.89);
    assertThat(r.allSegmentsMetres()).isCloseTo(r.lineMetres(), within(1e-6));
  }

  @Test
  void quantitiesWithoutFigures_getAMeasuredOnlyRow_inFixedOrder() {
    LengthReconciliation r = LengthReconciliation.of(TestAtlas.clean());
    assertThat(r.rows())
        .extracting(LengthReconciliation.Row::quantity)
        .containsExactly(
            LengthReconciliation.TOTAL,
            LengthReconciliation.TOTAL,
            LengthReconciliation.LAND,
            LengthReconciliation.WATER,
            LengthReconciliation.RIVER,
            LengthReconciliation.LAKE);
    LengthReconciliation.Row lakes = r.rows(LengthReconciliation.LAKE).get(0);
    assertThat(lakes.publishedFigure()).isEmpty();
    assertThat(lakes.differenceKm()).isEmpty();
    assertThat(lakes.differencePercent()).isEmpty();
    assertThat(lakes.source()).isEqualTo("measured by BorderAtlas");
  }

  @Test
  void figuresInMetres_areConverted_andOtherUnitsIgnored() {
    Atlas atlas =
        TestAtlas.builder()
            .figure(
                Figure.of(LengthReconciliation.RIVER, 300_000, Unit.METRE, "m", Confidence.WEAK))
            .figure(Figure.of(LengthReconciliation.LAKE, 5, Unit.PERCENT, "odd", Confidence.WEAK))
            .build();
    LengthReconciliation r = LengthReconciliation.of(atlas);
    assertThat(r.rows(LengthReconciliation.RIVER).get(0).publishedKm().getAsDouble())
        .isEqualTo(300);
    assertThat(r.rows(LengthReconciliation.LAKE).get(0).publishedFigure()).isEmpty();
  }

  @Test
  void atlasWithoutBorder_hasNoRows() {
    LengthReconciliation r = LengthReconciliation.of(Atlas.builder().build());
    assertThat(r.hasBorder()).isFalse();
    assertThat(r.rows()).isEmpty();
  }
}
