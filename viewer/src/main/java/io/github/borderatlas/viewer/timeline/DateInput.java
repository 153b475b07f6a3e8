package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed by the user as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (ISO-8601,
 * proleptic Gregorian) and checks it against the timeline's range. A year or month stands for its
 * first day.
 *
 * <p>Every rejection is an {@link IllegalArgumentException} whose message is a complete sentence
 * meant to be shown to the user as is, e.g. {@code "February 1994 has 28 days."}. Stateless and
 * thread-safe.
 */
public final class DateInput {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final String FORMS =
      "yyyy, yyyy-MM or yyyy-MM-dd (e.g. 1994, 1994-04 or 1994-04-26)";

  private DateInput() {}

  /**
   * The date the text stands for, at the precision it was typed.
   *
   * @param text what the user typed; surrounding spaces are ignored
   * @param min the first day allowed
   * @param max the last day allowed
   * @throws IllegalArgumentException with a user-readable message when the text is empty, not of
   *     one of the three forms, not a calendar date, or outside {@code [min, max]}
   */
  public static PartialDate parse(String text, LocalDate min, LocalDate max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("Enter a date as " + FORMS + ".");
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + t + "\" is not a date: use " + FORMS + ".");
    }
    int year = Integer.parseInt(m.group(1));
    PartialDate date;
    if (m.group(2) == null) {
      date = new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    } else {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            "\"" + t + "\": the month must be 01 to 12, not " + m.group(2) + ".");
      }
      if (m.group(3) == null) {
        date = new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
      } else {
        int day = Integer.parseInt(m.group(3));
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
          throw new IllegalArgumentException(
              Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                  + " "
                  + year
                  + " has "
                  + length
                  + " days; \""
                  + t
                  + "\" is not a calendar date.");
        }
        date = new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
      }
    }
    if (date.lastDay().isBefore(min)) {
      throw new IllegalArgumentException(
          date + " is before the start of the timeline, " + min + ".");
    }
    if (date.date().isAfter(max)) {
      throw new IllegalArgumentException(date + " is after the end of the timeline, " + max + ".");
    }
    return date;
  }

  /**
   * The day to show for a parsed date: its first day, moved into {@code [min, max]} (a year that
   * overlaps the start of the range, such as the range's own first year, is accepted).
   */
  public static LocalDate clampedDay(PartialDate date, LocalDate min, LocalDate max) {
    LocalDate d = date.date();
    return d.isBefore(min) ? min : d.isAfter(max) ? max : d;
  }
}
