package io.github.borderatlas.core.model;

import java.util.Objects;

/**
 * How well a position is known: a radius in metres and its basis. Immutable.
 *
 * @param radiusMetres the position is believed to lie within this many metres of the truth; ≥ 0
 * @param basis how the position was obtained, e.g. "treaty coordinates, Pulkovo-42 converted"
 */
public record PositionAccuracy(double radiusMetres, String basis) {

  /**
   * Checks the components.
   *
   * @param radiusMetres the position is believed to lie within this many metres of the truth; ≥ 0
   * @param basis how the position was obtained, e.g. "treaty coordinates, Pulkovo-42 converted"
   * @throws NullPointerException if {@code basis} is {@code null}
   * @throws IllegalArgumentException if {@code radiusMetres} is negative, NaN or infinite
   */
  public PositionAccuracy {
    Objects.requireNonNull(basis, "basis");
    if (!(radiusMetres >= 0) || Double.isInfinite(radiusMetres)) {
      throw new IllegalArgumentException("radius must be finite and >= 0, was " + radiusMetres);
    }
  }
}
