package io.github.borderatlas.core.io.geojson;

import java.util.Arrays;

/**
 * Helpers for rings whose ends differ: the message for a z mismatch and the closed copy that a
 * lenient read uses. Thread-safe: stateless.
 */
final class RingEnds {

  private RingEnds() {}

  /** The note for a ring whose first and last positions differ only in z. */
  static String zProblem(double firstZ, double lastZ) {
    return "a linear ring must end where it starts, z included: first z "
        + (Double.isNaN(firstZ) ? "absent" : firstZ)
        + ", last z "
        + (Double.isNaN(lastZ) ? "absent" : lastZ);
  }

  /** A copy of {@code list} with its first position appended. */
  static PositionList closed(PositionList list) {
    int d = list.dimension;
    double[] coords = Arrays.copyOf(list.coords, (list.size + 1) * d);
    System.arraycopy(list.coords, 0, coords, list.size * d, d);
    return new PositionList(coords, d, list.size + 1, list.start);
  }
}
