package io.github.borderatlas.core.proximity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feature measured against the border line. Immutable.
 *
 * @param distanceMetres geodesic distance from the feature to the border line, metres; 0 when it
 *     touches or crosses the line (or, an area, covers part of it)
 * @param nearestBorderPoint the point of the border line nearest to the feature (where it touches
 *     the line, the touching point of least chainage)
 * @param chainageMetres chainage of that point: geodesic metres along the border from its first
 *     vertex (the China–Russia–Kazakhstan tripoint)
 * @param borderPoints where the feature (an area: its boundary) crosses or touches the border line,
 *     lon/lat, in order of chainage; empty when it does not reach the line. Where a feature runs
 *     along the line, the ends of that stretch are listed
 * @param nearestCrossing the nearest border crossing of the atlas, if it has any
 */
public record BorderMeasure(
    double distanceMetres,
    LonLat nearestBorderPoint,
    double chainageMetres,
    List<LonLat> borderPoints,
    Optional<NearestCrossing> nearestCrossing) {

  /** Copies the list. */
  public BorderMeasure {
    Objects.requireNonNull(nearestBorderPoint, "nearestBorderPoint");
    borderPoints = List.copyOf(borderPoints);
    nearestCrossing = nearestCrossing == null ? Optional.empty() : nearestCrossing;
  }

  /** True when the feature crosses or touches the border line. */
  public boolean meetsBorder() {
    return !borderPoints.isEmpty();
  }
}
