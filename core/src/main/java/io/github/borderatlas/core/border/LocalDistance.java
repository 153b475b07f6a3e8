package io.github.borderatlas.core.border;

/**
 * Short distances in metres between lon/lat points, on a local equirectangular plane centred on the
 * query point: east-west degrees are scaled by the cosine of the query latitude, both axes by
 * {@link #METRES_PER_DEGREE}. Good to about 0.5 % of the distance for distances up to a few
 * kilometres away from the poles, which is all the tolerance tests of this package need; lengths
 * that are reported are geodesic (GeographicLib), never from this class. Stateless and thread-safe.
 */
final class LocalDistance {

  /** Metres per degree of latitude (mean, WGS84), and per degree of longitude at the equator. */
  static final double METRES_PER_DEGREE = 111_319.49;

  private LocalDistance() {}

  /** Metres per degree of longitude at a latitude (degrees), at least 1 m near the poles. */
  static double metresPerLonDegree(double latDegrees) {
    return Math.max(1, METRES_PER_DEGREE * Math.cos(Math.toRadians(latDegrees)));
  }

  /**
   * Distance, metres, from point p to the segment a–b, all lon/lat degrees.
   *
   * @param kx metres per degree of longitude at p ({@link #metresPerLonDegree})
   */
  static double toSegment(
      double px, double py, double ax, double ay, double bx, double by, double kx) {
    double ux = (ax - px) * kx;
    double uy = (ay - py) * METRES_PER_DEGREE;
    double vx = (bx - px) * kx;
    double vy = (by - py) * METRES_PER_DEGREE;
    double dx = vx - ux;
    double dy = vy - uy;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : -(ux * dx + uy * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    double cx = ux + t * dx;
    double cy = uy + t * dy;
    return Math.sqrt(cx * cx + cy * cy);
  }
}
