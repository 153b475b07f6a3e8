package io.github.borderatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

  private static final LocalDate IN_FORCE = LocalDate.of(2015, 12, 25);

  @Test
  void fromIsInclusive_toIsExclusive() {
    Validity v = new Validity(IN_FORCE, LocalDate.of(2020, 1, 1));
    assertThat(v.isValidOn(IN_FORCE.minusDays(1))).isFalse();
    assertThat(v.isValidOn(IN_FORCE)).isTrue();
    assertThat(v.isValidOn(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(v.isValidOn(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void openEnds_areAlwaysValidOnThatSide() {
    assertThat(Validity.ALWAYS.isValidOn(LocalDate.of(1860, 1, 1))).isTrue();
    assertThat(Validity.startingOn(IN_FORCE).isValidOn(LocalDate.of(2100, 1, 1))).isTrue();
    assertThat(Validity.startingOn(IN_FORCE).to()).isEmpty();
  }

  @Test
  void emptyPeriod_isRejected() {
    assertThatThrownBy(() -> new Validity(IN_FORCE, IN_FORCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid_to");
  }

  /**
   * Issue 13: a year- or month-precise end keeps its precision and is compared as its first day.
   */
  @Test
  void partialEnds_keepTheirPrecision() {
    Validity v = Validity.of(PartialDate.parse("1970"), PartialDate.parse("1980-05"));
    assertThat(v.partialFrom().orElseThrow()).hasToString("1970");
    assertThat(v.partialTo().orElseThrow()).hasToString("1980-05");
    assertThat(v.isValidOn(LocalDate.of(1970, 1, 1))).isTrue();
    assertThat(v.isValidOn(LocalDate.of(1980, 5, 1))).isFalse();
    assertThat(Validity.startingOn(IN_FORCE).fromPrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(Validity.of(null, null)).isEqualTo(Validity.ALWAYS);
  }

  @Test
  void yearPreciseEndOffItsFirstDay_isRejected() {
    assertThatThrownBy(() -> new Validity(IN_FORCE, null, DatePrecision.YEAR, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day 1");
  }

  /** Issue 10: a start no source dates is kept apart from "always" and from a dated start. */
  @Test
  void unknownStart_isValidUpToItsEnd_butNotKnown() {
    Validity v = Validity.startUnknown(PartialDate.parse("1998-07-04"));
    assertThat(v.isStartKnown()).isFalse();
    assertThat(v.from()).isEmpty();
    assertThat(v.isValidOn(LocalDate.of(1870, 1, 1))).isTrue();
    assertThat(v.isValidOn(LocalDate.of(1998, 7, 4))).isFalse();
    assertThat(v).hasToString("[unknown, 1998-07-04)");
    assertThat(v).isNotEqualTo(new Validity(null, LocalDate.of(1998, 7, 4)));
    assertThat(v).isEqualTo(Validity.startUnknown(PartialDate.parse("1998-07-04")));
    assertThat(v.hashCode())
        .isEqualTo(Validity.startUnknown(PartialDate.parse("1998-07-04")).hashCode());
    assertThat(Validity.ALWAYS.isStartKnown()).isTrue();
    assertThat(Validity.startUnknown(null).partialTo()).isEmpty();
  }
}
