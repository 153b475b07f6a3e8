package io.github.borderatlas.core.analysis;

import org.locationtech.jts.geom.Coordinate;

/**
 * One place where a river crosses the border line. Lengths are geodesic metres on WGS84.
 *
 * @param lon longitude of the crossing point, degrees
 * @param lat latitude of the crossing point, degrees
 * @param borderChainage metres along the border from its first vertex (the China–Russia–Kazakhstan
 *     tripoint) to the crossing
 * @param upstreamLength metres along the river from its first (upstream) vertex to the crossing
 * @param downstreamLength metres along the river from the crossing to its last vertex
 * @param fromSide the side of the river's course just upstream of the crossing
 * @param toSide the side of the river's course just downstream of the crossing
 */
public record Crossing(
    double lon,
    double lat,
    double borderChainage,
    double upstreamLength,
    double downstreamLength,
    Side fromSide,
    Side toSide) {

  /** The crossing point as a JTS coordinate (x = lon, y = lat). */
  public Coordinate coordinate() {
    return new Coordinate(lon, lat);
  }
}
