package io.github.borderatlas.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date known to a day, a month or a year (proleptic Gregorian, as {@link LocalDate}).
 * When only the month or year is known, {@link #date()} is the first day of that period. Immutable.
 *
 * @param date the date, or the first day of the month or year when less precise
 * @param precision how much of {@code date} is known
 */
public record PartialDate(LocalDate date, DatePrecision precision)
    implements Comparable<PartialDate> {

  /**
   * Checks that {@code date} is the first day of its period at the given precision.
   *
   * @param date the date, or the first day of the month or year when less precise
   * @param precision how much of {@code date} is known
   * @throws NullPointerException if {@code date} or {@code precision} is {@code null}
   * @throws IllegalArgumentException if a {@link DatePrecision#MONTH} date is not on day 1, or a
   *     {@link DatePrecision#YEAR} date is not 1 January
   */
  public PartialDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if (precision != DatePrecision.DAY && date.getDayOfMonth() != 1) {
      throw new IllegalArgumentException(
          "a " + precision + "-precise date must be on day 1: " + date);
    }
    if (precision == DatePrecision.YEAR && date.getMonthValue() != 1) {
      throw new IllegalArgumentException("a year-precise date must be 1 January: " + date);
    }
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; the precision follows the form.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      switch (text.length()) {
        case 4:
          return new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
        case 7:
          return new PartialDate(LocalDate.parse(text + "-01"), DatePrecision.MONTH);
        case 10:
          return new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
        default:
          break;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "not a date of the form yyyy, yyyy-MM or yyyy-MM-dd: \"" + text + "\"");
  }

  /** The last day the date may stand for (end of the month or year when less precise). */
  public LocalDate lastDay() {
    switch (precision) {
      case YEAR:
        return date.withMonth(12).withDayOfMonth(31);
      case MONTH:
        return date.withDayOfMonth(date.lengthOfMonth());
      default:
        return date;
    }
  }

  /** ISO-8601 text at this precision: {@code 1994-04-26}, {@code 2004-09} or {@code 1860}. */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", date.getYear());
      case MONTH:
        return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
      default:
        return date.toString();
    }
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = date.compareTo(o.date);
    return c != 0 ? c : precision.compareTo(o.precision);
  }
}
