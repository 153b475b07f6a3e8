package io.github.borderatlas.core.proximity;

import java.util.Objects;
import java.util.Optional;

/**
 * One feature measured against the border by {@link BorderProximity}. Immutable.
 *
 * @param id the feature's id: its GeoJSON id, else its {@code id} property, else its 1-based index
 *     in the input
 * @param name its {@code name} property, when it has one
 * @param side where it lies; {@link FeatureSide#NO_GEOMETRY} or {@link FeatureSide#EMPTY_GEOMETRY}
 *     when there is nothing to measure
 * @param measure the distances and points; empty exactly when the side is not {@link
 *     FeatureSide#measured()}
 */
public record FeatureProximity(
    String id, Optional<String> name, FeatureSide side, Optional<BorderMeasure> measure) {

  /**
   * @throws IllegalArgumentException when the measure's presence does not match the side
   */
  public FeatureProximity {
    Objects.requireNonNull(id, "id");
    name = name == null ? Optional.empty() : name;
    Objects.requireNonNull(side, "side");
    measure = measure == null ? Optional.empty() : measure;
    if (measure.isPresent() != side.measured()) {
      throw new IllegalArgumentException(
          "a feature of side "
              + side
              + (measure.isPresent() ? " has no" : " needs a")
              + " measure");
    }
  }

  /** Whether it lies within {@code metres} of the border line; false without geometry. */
  public boolean within(double metres) {
    return measure.map(m -> m.distanceMetres() <= metres).orElse(false);
  }
}
