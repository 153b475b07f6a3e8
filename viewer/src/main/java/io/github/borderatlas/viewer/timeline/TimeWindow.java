package io.github.borderatlas.viewer.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The part of the timeline's range the axis shows: {@code [start, end]}, zoomed and panned inside
 * the full range. Zooming keeps the day under the cursor in place; the window never leaves the full
 * range and never gets shorter than {@link #MIN_DAYS}. Immutable and thread-safe.
 *
 * @param start first day shown
 * @param end last day shown, after {@code start}
 */
public record TimeWindow(LocalDate start, LocalDate end) {

  /** The shortest window: two years (730 days). */
  public static final long MIN_DAYS = 730;

  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("window start " + start + " must be before " + end);
    }
  }

  /** Length in days. */
  public long days() {
    return end.toEpochDay() - start.toEpochDay();
  }

  /** True when {@code d} lies in {@code [start, end]}. */
  public boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  /**
   * This window scaled by {@code factor} (below 1 zooms in) about {@code around}, which keeps its
   * relative position, then fitted into {@code full}.
   *
   * @throws IllegalArgumentException if {@code factor} is not positive
   */
  public TimeWindow zoom(double factor, LocalDate around, TimeWindow full) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("zoom factor must be positive, was " + factor);
    }
    long minDays = Math.min(MIN_DAYS, full.days());
    long span = Math.max(minDays, Math.min(full.days(), Math.round(days() * factor)));
    double t = (double) (around.toEpochDay() - start.toEpochDay()) / days();
    t = Math.max(0, Math.min(1, t));
    long newStart = around.toEpochDay() - Math.round(t * span);
    return fitted(newStart, span, full);
  }

  /**
   * This window moved, as little as possible, so that {@code d} lies inside it with a margin of a
   * tenth of its length (unchanged when it already does), fitted into {@code full}.
   */
  public TimeWindow follow(LocalDate d, TimeWindow full) {
    long margin = days() / 10;
    long day = d.toEpochDay();
    long s = start.toEpochDay();
    long e = end.toEpochDay();
    if (day < s + margin) {
      s = day - margin;
    } else if (day > e - margin) {
      s = day + margin - days();
    } else {
      return this;
    }
    return fitted(s, days(), full);
  }

  private static TimeWindow fitted(long start, long span, TimeWindow full) {
    long s = Math.max(full.start.toEpochDay(), Math.min(start, full.end.toEpochDay() - span));
    return new TimeWindow(LocalDate.ofEpochDay(s), LocalDate.ofEpochDay(s + span));
  }
}
