package io.github.borderatlas.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The period in which a feature exists or applies: {@code validFrom} inclusive to {@code validTo}
 * exclusive; either end may be open ({@code null}). Written to GeoJSON as ISO-8601 {@code
 * valid_from} / {@code valid_to} properties. Immutable.
 *
 * @param validFrom first day of validity, or {@code null} for "always before"
 * @param validTo first day no longer valid, or {@code null} for "still valid"
 */
public record Validity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

  /** Valid at every date. */
  public static final Validity ALWAYS = new Validity(null, null);

  public Validity {
    if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "valid_to " + validTo + " must be after valid_from " + validFrom);
    }
  }

  /** Valid from the given day on. */
  public static Validity startingOn(LocalDate validFrom) {
    return new Validity(validFrom, null);
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
}
