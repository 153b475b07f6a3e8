package io.github.borderatlas.core.io.geojson;

import java.math.BigInteger;
import org.locationtech.jts.geom.CoordinateSequence;

/**
 * The winding of a ring as it will be written: the sign of its signed area after its coordinates
 * are rounded to the output decimals, decided exactly. Deciding on the unrounded ring is not
 * enough: a thin ring can change orientation when rounded, and would then be written the wrong way
 * round (and rewound by the next conversion).
 *
 * <p>Algorithm: each coordinate becomes its rounded value scaled to an integer ({@code round(v *
 * 10^d)}, exact, {@link FixedDecimal#scaledMagnitude}); twice the area is the shoelace sum {@code Σ
 * (X_i - X_0)(Y_{i-1} - Y_{i+1})} (positive when clockwise, as JTS's {@code Area.ofRingSigned}). It
 * is first summed in doubles with a bound on the rounding error; only when the sum is within the
 * bound of zero (a degenerate or nearly degenerate ring) is it summed again exactly with {@link
 * BigInteger}. Requires {@code |lon|, |lat| <= 180} (checked before writing), so that every scaled
 * value is below 10^18.
 *
 * <p>Thread safety: stateless.
 */
final class WrittenWinding {

  private static final double EPS = 0x1p-53;

  private WrittenWinding() {}

  /**
   * @param ring a closed ring of at least 4 positions (fewer give 0)
   * @param decimals the output decimals, 0..15
   * @return 1 if the rounded ring is clockwise, -1 if counter-clockwise, 0 if its area is zero
   */
  static int sign(CoordinateSequence ring, int decimals) {
    int n = ring.size();
    if (n < 4) {
      return 0;
    }
    long x0 = scaled(ring.getX(0), decimals);
    long prevY = scaled(ring.getY(0), decimals);
    long x = scaled(ring.getX(1), decimals);
    long y = scaled(ring.getY(1), decimals);
    double sum = 0;
    double magnitude = 0;
    for (int i = 1; i < n - 1; i++) {
      long nextX = scaled(ring.getX(i + 1), decimals);
      long nextY = scaled(ring.getY(i + 1), decimals);
      double term = (double) (x - x0) * (double) (prevY - nextY);
      sum += term;
      magnitude += Math.abs(term);
      prevY = y;
      x = nextX;
      y = nextY;
    }
    // each term is off by at most 3 EPS of itself and the running sum by (n - 3) EPS of the
    // magnitudes (first order); twice that covers the higher-order terms and the magnitude's own
    // rounding
    double bound = (2.0 * n + 8) * EPS * magnitude;
    if (Math.abs(sum) > bound) {
      return sum > 0 ? 1 : -1;
    }
    return exactSign(ring, decimals);
  }

  private static int exactSign(CoordinateSequence ring, int decimals) {
    int n = ring.size();
    long x0 = scaled(ring.getX(0), decimals);
    BigInteger sum = BigInteger.ZERO;
    for (int i = 1; i < n - 1; i++) {
      long dx = scaled(ring.getX(i), decimals) - x0;
      long dy = scaled(ring.getY(i - 1), decimals) - scaled(ring.getY(i + 1), decimals);
      sum = sum.add(BigInteger.valueOf(dx).multiply(BigInteger.valueOf(dy)));
    }
    return sum.signum();
  }

  /** {@code v} rounded half-up (away from zero) to {@code decimals}, times 10^decimals. */
  static long scaled(double v, int decimals) {
    long m = FixedDecimal.scaledMagnitude(v, decimals);
    return v < 0 ? -m : m;
  }
}
