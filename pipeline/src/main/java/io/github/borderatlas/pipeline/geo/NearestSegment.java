package io.github.borderatlas.pipeline.geo;

import org.locationtech.jts.geom.Coordinate;

/**
 * Finds the segment of a polyline nearest to a point, in a local equirectangular frame centred on
 * the point (longitude differences scaled by the cosine of its latitude). At these latitudes and
 * for segments up to a few kilometres the nearest point found is within a metre of the geodesic
 * one. Stateless and thread-safe.
 */
public final class NearestSegment {

  private NearestSegment() {}

  /**
   * @param coords lon/lat vertices, at least one
   * @param p the point
   * @return {@code {segmentIndex, fraction}}; for a single vertex {@code {0, 0}}
   */
  public static double[] find(Coordinate[] coords, Coordinate p) {
    if (coords.length == 1) {
      return new double[] {0, 0};
    }
    double cos = Math.cos(Math.toRadians(p.y));
    int bestSeg = 0;
    double bestT = 0;
    double bestD2 = Double.POSITIVE_INFINITY;
    for (int i = 0; i < coords.length - 1; i++) {
      double ax = (coords[i].x - p.x) * cos;
      double ay = coords[i].y - p.y;
      double dx = (coords[i + 1].x - p.x) * cos - ax;
      double dy = coords[i + 1].y - p.y - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      double qx = ax + t * dx;
      double qy = ay + t * dy;
      double d2 = qx * qx + qy * qy;
      if (d2 < bestD2) {
        bestD2 = d2;
        bestSeg = i;
        bestT = t;
      }
    }
    return new double[] {bestSeg, bestT};
  }
}
