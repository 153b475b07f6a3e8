package io.github.borderatlas.core.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;

/**
 * The interception problem: the point of a geodesic segment A–B closest to a point P, solved as
 * Karney suggests with the ellipsoidal gnomonic projection (C. F. F. Karney, <i>Geodesics on an
 * ellipsoid of revolution</i>, 2011, §8, arXiv:1102.1215; the algorithms are those of Karney 2013,
 * <a href="https://doi.org/10.1007/s00190-012-0578-z">doi:10.1007/s00190-012-0578-z</a>).
 *
 * <p><b>Algorithm.</b> Project A, B and P in the gnomonic projection centred at a guess C of the
 * intercept, where geodesics through C are straight lines and azimuths at C are true; take the foot
 * of the perpendicular from P to the straight line A'B' and map it back as the next guess. At the
 * fixed point the geodesic C–P meets A–B at a right angle, which is the condition for the closest
 * point. When the foot falls outside A'B' the nearer end point is the answer.
 *
 * <p><b>Accuracy.</b> The iteration stops when the guess moves less than {@value #CONVERGED_M}
 * metres; it converges in a few steps for segments and distances up to thousands of kilometres. The
 * distance it returns is accurate to far better than a millimetre for segments under 50 km.
 *
 * <p><b>Limitations.</b> A, B and P must lie within 90° of arc of the guess (the gnomonic
 * projection's domain). If not, the nearer end point is returned instead.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
final class GeodesicIntercept {

  /** Stop when a step moves the guess less than this, metres. */
  static final double CONVERGED_M = 1e-5;

  private static final int MAX_ITERATIONS = 50;

  private final Geodesic geodesic;
  private final Gnomonic gnomonic;

  GeodesicIntercept(Geodesic geodesic) {
    this.geodesic = geodesic;
    this.gnomonic = new Gnomonic(geodesic);
  }

  /**
   * Finds the point of segment A–B closest to P, starting from a guess. Writes {@code out[0]} =
   * latitude, {@code out[1]} = longitude of the intercept (degrees), {@code out[2]} = distance P to
   * intercept (metres), {@code out[3]} = distance A to intercept along the segment (metres).
   * Arguments are latitude first, as in GeographicLib.
   */
  void intercept(
      double latA,
      double lonA,
      double latB,
      double lonB,
      double latP,
      double lonP,
      double guessLat,
      double guessLon,
      double[] out) {
    double cLat = guessLat;
    double cLon = guessLon;
    int end = 0; // 0: interior point, -1: A, +1: B
    boolean ok = false;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      GnomonicData a = gnomonic.Forward(cLat, cLon, latA, lonA);
      GnomonicData b = gnomonic.Forward(cLat, cLon, latB, lonB);
      GnomonicData p = gnomonic.Forward(cLat, cLon, latP, lonP);
      if (Double.isNaN(a.x + a.y + b.x + b.y + p.x + p.y)) {
        break;
      }
      double dx = b.x - a.x;
      double dy = b.y - a.y;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
      if (t <= 0) {
        end = -1;
        ok = true;
        break;
      }
      if (t >= 1) {
        end = 1;
        ok = true;
        break;
      }
      double fx = a.x + t * dx;
      double fy = a.y + t * dy;
      if (Math.hypot(fx, fy) < CONVERGED_M) { // the foot is the centre: converged
        ok = true;
        break;
      }
      GnomonicData next = gnomonic.Reverse(cLat, cLon, fx, fy);
      if (Double.isNaN(next.lat + next.lon)) {
        break;
      }
      cLat = next.lat;
      cLon = next.lon;
    }
    if (!ok) {
      // Outside the projection's domain or no convergence: the nearer end point.
      double dA = distance(latP, lonP, latA, lonA);
      double dB = distance(latP, lonP, latB, lonB);
      end = dA <= dB ? -1 : 1;
    }
    if (end == -1) {
      cLat = latA;
      cLon = lonA;
    } else if (end == 1) {
      cLat = latB;
      cLon = lonB;
    }
    out[0] = cLat;
    out[1] = cLon;
    out[2] = distance(latP, lonP, cLat, cLon);
    out[3] = end == -1 ? 0 : distance(latA, lonA, cLat, cLon);
  }

  private double distance(double lat1, double lon1, double lat2, double lon2) {
    return geodesic.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
  }
}
