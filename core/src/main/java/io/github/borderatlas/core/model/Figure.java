package io.github.borderatlas.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One published (or measured) value of a quantity, with its unit, source and confidence.
 *
 * <p>A figure is data, not a constant to match: several figures may exist for the same {@link
 * #quantity()} (for example three published areas of the disputed land), and the software shows
 * them side by side with what BorderAtlas measures. Immutable and thread-safe.
 *
 * @param quantity a stable dotted key naming what is measured, e.g. {@code "border.length.total"}
 * @param value the value, in {@code unit}; finite
 * @param unit the unit of {@code value}
 * @param source the citation (see {@code facts.md})
 * @param confidence how far the source can be trusted
 * @param note a remark (context, conflicts); empty when none
 */
public record Figure(
    String quantity,
    double value,
    Unit unit,
    String source,
    Confidence confidence,
    Optional<String> note) {

  /**
   * Checks the components; a {@code null} note is read as empty.
   *
   * @param quantity a stable dotted key naming what is measured, e.g. {@code "border.length.total"}
   * @param value the value, in {@code unit}; finite
   * @param unit the unit of {@code value}
   * @param source the citation (see {@code facts.md})
   * @param confidence how far the source can be trusted
   * @param note a remark (context, conflicts); empty when none
   * @throws NullPointerException if {@code quantity}, {@code unit}, {@code source} or {@code
   *     confidence} is {@code null}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("figure " + quantity + " must be finite, was " + value);
    }
    note = note == null ? Optional.empty() : note;
  }

  /** A figure without a note. */
  public static Figure of(
      String quantity, double value, Unit unit, String source, Confidence confidence) {
    return new Figure(quantity, value, unit, source, confidence, Optional.empty());
  }

  /** The value with its unit symbol, e.g. {@code "1782.75 km"}. */
  public String formatted() {
    String v =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    return unit.symbol().isEmpty() ? v : v + " " + unit.symbol();
  }
}
