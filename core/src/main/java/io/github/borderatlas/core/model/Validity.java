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
 * properties at their precision ({@code 1994-04-26}, {@code 1980-05} or {@code 1980}). The ends are
 * read as {@link #from()} / {@link #to()} (the day) or {@link #partialFrom()} / {@link
 * #partialTo()} (with their precision).
 *
 * <p>A feature known to exist (or an instrument known to be in force) whose start no source dates
 * has an <em>unknown start</em> ({@link #startUnknown}, written {@code "valid_from": "unknown"}):
 * it counts as valid on every date up to its end, like an open start, but {@link #isStartKnown()}
 * is false so that maps mark it ("date not known") instead of presenting it as always there.
 * Immutable and thread-safe; equal when both ends, precisions and the unknown-start flag are.
 */
public final class Validity {

  private final @Nullable LocalDate validFrom;
  private final @Nullable LocalDate validTo;
  private final DatePrecision fromPrecision;
  private final DatePrecision toPrecision;
  private final boolean startUnknown;

  /** How an unknown start is written in GeoJSON's {@code valid_from} and in text. */
  public static final String UNKNOWN = "unknown";

  /** Valid at every date. */
  public static final Validity ALWAYS = new Validity(null, null);

  /**
   * A period with the precision of each end.
   *
   * @param validFrom first day of validity, or {@code null} for "always before"
   * @param validTo first day no longer valid, or {@code null} for "still valid"
   * @param fromPrecision how much of {@code validFrom} is known; {@code null} or an open end give
   *     {@link DatePrecision#DAY}
   * @param toPrecision how much of {@code validTo} is known; likewise
   * @throws IllegalArgumentException when {@code validTo} is not after {@code validFrom}, or a
   *     month- or year-precise end is not on the first day of its period
   */
  public Validity(
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo,
      @Nullable DatePrecision fromPrecision,
      @Nullable DatePrecision toPrecision) {
    this.fromPrecision = precisionOf(validFrom, fromPrecision);
    this.toPrecision = precisionOf(validTo, toPrecision);
    if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "valid_to " + validTo + " must be after valid_from " + validFrom);
    }
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.startUnknown = false;
  }

  private Validity(@Nullable PartialDate validTo) {
    this.validFrom = null;
    this.fromPrecision = DatePrecision.DAY;
    this.validTo = validTo == null ? null : validTo.date();
    this.toPrecision = validTo == null ? DatePrecision.DAY : validTo.precision();
    this.startUnknown = true;
  }

  /**
   * A period whose start no source dates (the feature exists, or the instrument is in force, but
   * since when is not known), ending at {@code validTo} or open.
   *
   * @param validTo first day no longer valid, at its precision, or {@code null} for "still valid"
   */
  public static Validity startUnknown(@Nullable PartialDate validTo) {
    return new Validity(validTo);
  }

  /**
   * False when the start is {@linkplain #startUnknown unknown}; true for a dated start and for an
   * open start that means "at every date" ({@link #ALWAYS}).
   */
  public boolean isStartKnown() {
    return !startUnknown;
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

  /** The first day of validity (at day precision; see {@link #partialFrom()}), or empty: always. */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(validFrom);
  }

  /** The first day no longer valid, or empty: still valid. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(validTo);
  }

  /** How much of the start is known; {@link DatePrecision#DAY} when it is open. */
  public DatePrecision fromPrecision() {
    return fromPrecision;
  }

  /** How much of the end is known; {@link DatePrecision#DAY} when it is open. */
  public DatePrecision toPrecision() {
    return toPrecision;
  }

  /** The start at its precision, e.g. {@code 1970} for a year-only start. */
  public Optional<PartialDate> partialFrom() {
    return from().map(d -> new PartialDate(d, fromPrecision));
  }

  /** The end at its precision, e.g. {@code 1998-07-04}. */
  public Optional<PartialDate> partialTo() {
    return to().map(d -> new PartialDate(d, toPrecision));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity v
        && Objects.equals(validFrom, v.validFrom)
        && Objects.equals(validTo, v.validTo)
        && fromPrecision == v.fromPrecision
        && toPrecision == v.toPrecision
        && startUnknown == v.startUnknown;
  }

  @Override
  public int hashCode() {
    return Objects.hash(validFrom, validTo, fromPrecision, toPrecision, startUnknown);
  }

  /** {@code [1994-04-26, open)}, ends at their precision; {@code [unknown, 1998-07-04)}. */
  @Override
  public String toString() {
    return "["
        + partialFrom().map(String::valueOf).orElse(startUnknown ? UNKNOWN : "open")
        + ", "
        + partialTo().map(String::valueOf).orElse("open")
        + ")";
  }

  private static DatePrecision precisionOf(
      @Nullable LocalDate date, @Nullable DatePrecision precision) {
    if (date == null) {
      return DatePrecision.DAY;
    }
    // PartialDate throws when a month or year end is not on the first day of its period
    return new PartialDate(date, Objects.requireNonNullElse(precision, DatePrecision.DAY))
        .precision();
  }
}
