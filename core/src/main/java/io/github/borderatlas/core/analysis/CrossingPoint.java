package io.github.borderatlas.core.analysis;

import org.locationtech.jts.geom.Coordinate;

/**
 * One place where a river crosses the border line. Lengths are geodesic metres on WGS84.
 *
 * @param lon longitude of the crossing point, degrees
 * @param lat latitude of the crossing point, degrees
 * @param borderChainageMetres metres along the border from its first vertex (the
 *     China–Russia–Kazakhstan tripoint) to the crossing
 * @param upstreamLengthMetres metres along the river from its first (upstream) vertex to the
 *     crossing
 * @param downstreamLengthMetres metres along the river from the crossing to its last vertex
 * @param fromSide the side of the river's course just upstream of the crossing
 * @param toSide the side of the river's course just downstream of the crossing
 */
public record CrossingPoint(
    double lon,
    double lat,
    double borderChainageMetres,
    double upstreamLengthMetres,
    double downstreamLengthMetres,
    Side fromSide,
    Side toSide) {

  /** The crossing point as a JTS coordinate (x = lon, y = lat). */
  public Coordinate coordinate() {
    return new Coordinate(lon, lat);
  }
}
