package io.github.borderatlas.core.geodesy;

import org.locationtech.jts.geom.Coordinate;

/**
 * The point of a line closest to a query point, found by {@link GeodesicLineIndex#locate}.
 * Immutable.
 *
 * @param lon longitude of the closest point on the line, degrees
 * @param lat latitude of the closest point on the line, degrees
 * @param distanceMetres geodesic distance from the query point to the closest point, metres, ≥ 0
 * @param chainageMetres geodesic length along the line from its first vertex to the closest point,
 *     metres, in [0, line length]
 * @param vertexIndex index of the first vertex of the segment holding the closest point, counted
 *     over all vertices of the line (over all parts, in order, for a multi-line)
 * @param fraction where on that segment the point lies, as a fraction of the segment's geodesic
 *     length in [0, 1]; 0 is the segment's first vertex, 1 its last
 */
public record LinePosition(
    double lon,
    double lat,
    double distanceMetres,
    double chainageMetres,
    int vertexIndex,
    double fraction) {

  /** The closest point as a JTS coordinate (x = lon, y = lat). */
  public Coordinate coordinate() {
    return new Coordinate(lon, lat);
  }

  /** True when the closest point is a vertex of the line rather than inside a segment. */
  public boolean atVertex() {
    return fraction == 0 || fraction == 1;
  }
}
