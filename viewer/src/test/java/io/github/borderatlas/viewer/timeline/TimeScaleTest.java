package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

  private static final LocalDate START = LocalDate.of(1860, 1, 1);
  private static final LocalDate END = LocalDate.of(2020, 1, 1);

  /** 1860-01-01 to 2020-01-01 is 160 years with 39 leap days: 58,439 days (hand count). */
  private final TimeScale scale = new TimeScale(START, END, 10, 10 + 58_439);

  @Test
  void oneDayIsOnePixel_whenTheWidthEqualsTheDayCount() {
    assertThat(scale.pixelsPerDay()).isEqualTo(1.0);
    assertThat(scale.x(START)).isEqualTo(10);
    assertThat(scale.x(END)).isEqualTo(58_449);
    // 1860 is a leap year: 1 January 1861 is day 366.
    assertThat(scale.x(LocalDate.of(1861, 1, 1))).isEqualTo(376);
  }

  @Test
  void date_isTheInverseOfX_roundingToTheNearestDay() {
    LocalDate d = LocalDate.of(1994, 4, 26);
    assertThat(scale.date(scale.x(d))).isEqualTo(d);
    assertThat(scale.date(scale.x(d) + 0.4)).isEqualTo(d);
    assertThat(scale.date(scale.x(d) + 0.6)).isEqualTo(d.plusDays(1));
  }

  @Test
  void date_clampsOutsideTheAxis() {
    assertThat(scale.date(-100)).isEqualTo(START);
    assertThat(scale.date(1e9)).isEqualTo(END);
    assertThat(scale.date(Double.NaN)).isEqualTo(START);
  }

  @Test
  void yearTicks_fallOnMultiplesOfTheStepInsideTheRange() {
    // 1860, 1870, ..., 2020: 17 decades (2020-01-01 is the end, included).
    assertThat(scale.yearTicks(10)).hasSize(17);
    assertThat(scale.yearTicks(10).get(0)).isEqualTo(START);
    assertThat(scale.yearTicks(25))
        .extracting(LocalDate::getYear)
        .containsExactly(1875, 1900, 1925, 1950, 1975, 2000);
    TimeScale mid = new TimeScale(LocalDate.of(1860, 3, 1), END, 0, 100);
    assertThat(mid.yearTicks(1).get(0)).isEqualTo(LocalDate.of(1861, 1, 1));
  }

  @Test
  void labelStep_isTheSmallestStepWithEnoughRoom() {
    // 1000 px over 160 years = 6.25 px a year (365.2425-day years: 58439 / 160 = 365.24 days).
    TimeScale s = new TimeScale(START, END, 0, 1000);
    assertThat(s.pixelsPerYear()).isCloseTo(6.25, within(0.001));
    assertThat(s.labelStepYears(40)).isEqualTo(10); // 5 years = 31 px < 40 <= 62.5
    assertThat(s.labelStepYears(10)).isEqualTo(2);
    assertThat(s.labelStepYears(5000)).isEqualTo(100);
  }

  @Test
  void rejectsAnEmptyOrReversedRange() {
    assertThatThrownBy(() -> new TimeScale(END, START, 0, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
    assertThatThrownBy(() -> new TimeScale(START, END, 100, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x0 must be less than x1");
    assertThatThrownBy(() -> scale.yearTicks(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
