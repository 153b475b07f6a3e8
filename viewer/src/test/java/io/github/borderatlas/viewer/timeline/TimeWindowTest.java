package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

  /** 1860-01-01 to 2020-01-01: 58,439 days (hand count, 39 leap days). */
  private final TimeWindow full =
      new TimeWindow(LocalDate.of(1860, 1, 1), LocalDate.of(2020, 1, 1));

  @Test
  void zoomIn_keepsTheDayUnderThePointerAtItsRelativePlace() {
    LocalDate around = LocalDate.of(1940, 1, 1); // 29,219 days in: t = 29219 / 58439
    TimeWindow w = full.zoom(0.5, around, full);
    assertThat(w.days()).isEqualTo(29_220); // round(58439 * 0.5)
    double tBefore = 29_219.0 / 58_439;
    double tAfter = (double) (around.toEpochDay() - w.start().toEpochDay()) / w.days();
    assertThat(Math.abs(tAfter - tBefore)).isLessThan(1.0 / 29_220);
  }

  @Test
  void zoom_staysInsideTheRange_andNeverBelowTwoYears() {
    TimeWindow w = full.zoom(0.001, full.end(), full);
    assertThat(w.days()).isEqualTo(TimeWindow.MIN_DAYS);
    assertThat(w.end()).isEqualTo(full.end());
    TimeWindow nearEnd = full.zoom(0.001, LocalDate.of(2019, 12, 1), full);
    assertThat(nearEnd.contains(LocalDate.of(2019, 12, 1))).isTrue();
    assertThat(nearEnd.end()).isBeforeOrEqualTo(full.end());
    TimeWindow start = full.zoom(0.1, LocalDate.of(1860, 1, 1), full);
    assertThat(start.start()).isEqualTo(full.start());
    assertThat(full.zoom(10, LocalDate.of(1950, 1, 1), full)).isEqualTo(full);
  }

  @Test
  void follow_movesTheWindowJustEnoughToShowTheDate() {
    TimeWindow w = new TimeWindow(LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1));
    assertThat(w.follow(LocalDate.of(1995, 1, 1), full)).isSameAs(w);
    TimeWindow later = w.follow(LocalDate.of(2005, 1, 1), full);
    assertThat(later.days()).isEqualTo(w.days());
    assertThat(later.contains(LocalDate.of(2005, 1, 1))).isTrue();
    // A tenth of the window (365 days) is kept between the date and the window's end.
    assertThat(later.end().toEpochDay() - LocalDate.of(2005, 1, 1).toEpochDay())
        .isEqualTo(w.days() / 10);
    // 1860-06-01 less the margin would start before the range: the window stops at its start.
    assertThat(w.follow(LocalDate.of(1860, 6, 1), full).start()).isEqualTo(full.start());
  }

  @Test
  void rejectsAnEmptyWindowOrANonPositiveFactor() {
    assertThatThrownBy(() -> new TimeWindow(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
    assertThatThrownBy(() -> full.zoom(0, LocalDate.of(1900, 1, 1), full))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zoom factor must be positive");
  }
}
