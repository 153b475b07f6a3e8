package io.github.borderatlas.core.proximity;

/**
 * The border crossing (a place of kind {@code BORDER_CROSSING}) nearest to a feature. Immutable.
 *
 * @param id the crossing's atlas id, e.g. {@code "crossing.khorgos"}
 * @param name its English name
 * @param distanceMetres geodesic distance from the feature to the crossing's point, metres (0 when
 *     an area covers it)
 */
public record NearestCrossing(String id, String name, double distanceMetres) {}
