package io.github.borderatlas.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The period in which a feature exists or applies: {@code validFrom} inclusive to {@code validTo}
 * exclusive; either end may be open ({@code null}). Each end is known to a day, a month or a year:
 * a less precise end is stored as the first day of its month or year (as in {@link PartialDate})
 * and compared as that day. Written to GeoJSON as ISO-8601 {@code valid_from} / {@code valid_to}
 * properties at their precision ({@code 1994-04-26}, {@code 1980-05} or {@code 1980}). Immutable.
 *
 * @param validFrom first day of validity, or {@code null} for "always before"
 * @param validTo first day no longer valid, or {@code null} for "still valid"
 * @param fromPrecision how much of {@code validFrom} is known; {@link DatePrecision#DAY} when open
 * @param toPrecision how much of {@code validTo} is known; {@link DatePrecision#DAY} when open
 */
public record Validity(
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    DatePrecision fromPrecision,
    DatePrecision toPrecision) {

  /** Valid at every date. */
  public static final Validity ALWAYS = new Validity(null, null);

  /**
   * Checks the ends: {@code validTo} after {@code validFrom}; a month- or year-precise end on the
   * first day of its period. A {@code null} precision, and the precision of an open end, become
   * {@link DatePrecision#DAY}.
   */
  public Validity {
    fromPrecision = precisionOf(validFrom, fromPrecision);
    toPrecision = precisionOf(validTo, toPrecision);
    if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "valid_to " + validTo + " must be after valid_from " + validFrom);
    }
  }

  /** A period whose ends are known to the day. */
  public Validity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    this(validFrom, validTo, DatePrecision.DAY, DatePrecision.DAY);
  }

  /** Valid from the given day on. */
  public static Validity startingOn(LocalDate validFrom) {
    return new Validity(validFrom, null);
  }

  /**
   * A period from partial dates, each end at its own precision; either may be {@code null} (open).
   */
  public static Validity of(PartialDate validFrom, PartialDate validTo) {
    return new Validity(
        validFrom == null ? null : validFrom.date(),
        validTo == null ? null : validTo.date(),
        validFrom == null ? null : validFrom.precision(),
        validTo == null ? null : validTo.precision());
  }

  /** True when the date lies in {@code [validFrom, validTo)}. */
  public boolean isValidOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || date.isBefore(validTo));
  }

  public Optional<LocalDate> from() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(validTo);
  }

  /** The start at its precision, e.g. {@code 1970} for a year-only start. */
  public Optional<PartialDate> partialFrom() {
    return from().map(d -> new PartialDate(d, fromPrecision));
  }

  /** The end at its precision, e.g. {@code 1998-07-04}. */
  public Optional<PartialDate> partialTo() {
    return to().map(d -> new PartialDate(d, toPrecision));
  }

  private static DatePrecision precisionOf(LocalDate date, DatePrecision precision) {
    if (date == null) {
      return DatePrecision.DAY;
    }
    // PartialDate throws when a month or year end is not on the first day of its period
    return new PartialDate(date, Objects.requireNonNullElse(precision, DatePrecision.DAY))
        .precision();
  }
}
