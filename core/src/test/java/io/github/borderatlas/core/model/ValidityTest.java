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
}
