package io.github.borderatlas.viewer.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A linear mapping between calendar days and horizontal pixel positions of the timeline axis.
 *
 * <p>Day {@code start} maps to {@code x0} and day {@code end} to {@code x1}; days in between are
 * spaced evenly by their epoch day, so a leap year is one day wider than a common year. The inverse
 * rounds to the nearest day and clamps to {@code [start, end]}.
 *
 * <p>Accuracy: exact in double arithmetic (a span of 200 years is about 73,000 days). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * TimeScale s = new TimeScale(LocalDate.of(1860, 1, 1), LocalDate.of(2025, 1, 1), 20, 980);
 * double x = s.x(LocalDate.of(1994, 4, 26));
 * }</pre>
 */
public final class TimeScale {

  private final LocalDate start;
  private final LocalDate end;
  private final double x0;
  private final double x1;
  private final long startDay;
  private final double pixelsPerDay;

  /**
   * A scale from {@code start} at pixel {@code x0} to {@code end} at pixel {@code x1}.
   *
   * @throws IllegalArgumentException unless {@code start} is before {@code end} and {@code x0 < x1}
   *     (both finite)
   */
  public TimeScale(LocalDate start, LocalDate end, double x0, double x1) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start " + start + " must be before end " + end);
    }
    if (!Double.isFinite(x0) || !Double.isFinite(x1) || !(x0 < x1)) {
      throw new IllegalArgumentException("x0 must be less than x1, was " + x0 + " and " + x1);
    }
    this.start = start;
    this.end = end;
    this.x0 = x0;
    this.x1 = x1;
    this.startDay = start.toEpochDay();
    this.pixelsPerDay = (x1 - x0) / (end.toEpochDay() - startDay);
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  /** Pixel of {@code start}. */
  public double x0() {
    return x0;
  }

  /** Pixel of {@code end}. */
  public double x1() {
    return x1;
  }

  /** Horizontal pixels per day. */
  public double pixelsPerDay() {
    return pixelsPerDay;
  }

  /** Pixels per (365.2425-day) year, for choosing tick spacing. */
  public double pixelsPerYear() {
    return pixelsPerDay * 365.2425;
  }

  /** The pixel of a date; dates outside {@code [start, end]} extrapolate linearly. */
  public double x(LocalDate date) {
    return x0 + (date.toEpochDay() - startDay) * pixelsPerDay;
  }

  /** The date nearest to pixel {@code x}, clamped to {@code [start, end]}. */
  public LocalDate date(double x) {
    if (Double.isNaN(x) || x <= x0) {
      return start;
    }
    if (x >= x1) {
      return end;
    }
    return LocalDate.ofEpochDay(startDay + Math.round((x - x0) / pixelsPerDay));
  }

  /**
   * The 1 January dates of every year divisible by {@code stepYears} inside {@code [start, end]}.
   *
   * @throws IllegalArgumentException if {@code stepYears < 1}
   */
  public List<LocalDate> yearTicks(int stepYears) {
    if (stepYears < 1) {
      throw new IllegalArgumentException("stepYears must be at least 1, was " + stepYears);
    }
    int first = Math.floorDiv(start.getYear() + stepYears - 1, stepYears) * stepYears;
    if (LocalDate.of(first, 1, 1).isBefore(start)) {
      first += stepYears;
    }
    List<LocalDate> ticks = new ArrayList<>();
    for (int y = first; !LocalDate.of(y, 1, 1).isAfter(end); y += stepYears) {
      ticks.add(LocalDate.of(y, 1, 1));
    }
    return ticks;
  }

  /**
   * The smallest year step among 1, 2, 5, 10, 20, 25, 50, 100 for which consecutive labels are at
   * least {@code minSpacingPx} apart.
   */
  public int labelStepYears(double minSpacingPx) {
    for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
      if (step * pixelsPerYear() >= minSpacingPx) {
        return step;
      }
    }
    return 100;
  }
}
