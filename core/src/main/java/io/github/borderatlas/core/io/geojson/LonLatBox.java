package io.github.borderatlas.core.io.geojson;

import java.util.Arrays;

/**
 * Accumulates the RFC 7946 §5 bounding box {@code [west, south, east, north]} (degrees) of the
 * parts of a feature or of a whole collection, from the raw (unrounded) part envelopes.
 *
 * <p>Algorithm: each part adds its longitude interval to a sorted list of disjoint intervals
 * (overlapping ones merge). Normally the box is the plain min/max. When the parts touch both {@code
 * -180} and {@code +180} (after rounding to the output decimals), i.e. the data was cut at the
 * antimeridian as RFC 7946 §3.1.9 requires, the box spans the complement of the largest longitude
 * gap, so {@code west > east} as in RFC 7946 §5.2. The list is capped at {@value #MAX_INTERVALS}
 * intervals by merging the two nearest; the box then still covers all data but may in pathological
 * cases be wider than the smallest one.
 *
 * <p>Because rounding is monotonic, formatting the raw extremes at {@code d} decimals gives exactly
 * the extremes of the coordinates as written. Not thread-safe; reusable via {@link #reset()}.
 */
final class LonLatBox {

  static final int MAX_INTERVALS = 256;

  private final long antimeridian;
  private final int decimals;
  private double[] west = new double[8];
  private double[] east = new double[8];
  private int size;
  private double south = Double.POSITIVE_INFINITY;
  private double north = Double.NEGATIVE_INFINITY;
  private boolean touchesWest;
  private boolean touchesEast;

  /**
   * @param decimals the output decimals, used to decide whether a part touches ±180
   */
  LonLatBox(int decimals) {
    this.decimals = decimals;
    this.antimeridian = FixedDecimal.scaledMagnitude(180, decimals);
  }

  void reset() {
    size = 0;
    south = Double.POSITIVE_INFINITY;
    north = Double.NEGATIVE_INFINITY;
    touchesWest = false;
    touchesEast = false;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds a part with the given envelope (degrees, {@code minLon <= maxLon}). */
  void add(double minLon, double minLat, double maxLon, double maxLat) {
    south = Math.min(south, minLat);
    north = Math.max(north, maxLat);
    touchesWest |= minLon < 0 && FixedDecimal.scaledMagnitude(minLon, decimals) >= antimeridian;
    touchesEast |= maxLon > 0 && FixedDecimal.scaledMagnitude(maxLon, decimals) >= antimeridian;
    insert(minLon, maxLon);
  }

  /** Adds the finished box of {@code other} (two intervals when it crosses the antimeridian). */
  void addBox(LonLatBox other) {
    if (other.isEmpty()) {
      return;
    }
    double w = other.west();
    double e = other.east();
    if (w <= e) {
      add(w, other.south, e, other.north);
    } else {
      add(w, other.south, 180, other.north);
      add(-180, other.south, e, other.north);
    }
  }

  double south() {
    return south;
  }

  double north() {
    return north;
  }

  double west() {
    int gap = wrapGap();
    return gap < 0 ? west[0] : west[gap + 1];
  }

  double east() {
    int gap = wrapGap();
    return gap < 0 ? east[size - 1] : east[gap];
  }

  /** Index i of the largest gap (between interval i and i+1) to wrap around, or -1 for none. */
  private int wrapGap() {
    if (!(touchesWest && touchesEast) || size < 2) {
      return -1;
    }
    int best = -1;
    double widest = 0;
    for (int i = 0; i + 1 < size; i++) {
      double gap = west[i + 1] - east[i];
      if (gap > widest) {
        widest = gap;
        best = i;
      }
    }
    return best;
  }

  private void insert(double w, double e) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (west[mid] < w) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // lo: first interval with west >= w; [start, end) are the intervals the new one overlaps
    int start = lo > 0 && east[lo - 1] >= w ? lo - 1 : lo;
    int end = lo;
    while (end < size && west[end] <= e) {
      end++;
    }
    if (start < end) {
      west[start] = Math.min(w, west[start]);
      east[start] = Math.max(e, east[end - 1]);
      System.arraycopy(west, end, west, start + 1, size - end);
      System.arraycopy(east, end, east, start + 1, size - end);
      size -= end - start - 1;
      return;
    }
    if (size == west.length) {
      west = Arrays.copyOf(west, size * 2);
      east = Arrays.copyOf(east, size * 2);
    }
    System.arraycopy(west, lo, west, lo + 1, size - lo);
    System.arraycopy(east, lo, east, lo + 1, size - lo);
    west[lo] = w;
    east[lo] = e;
    size++;
    if (size > MAX_INTERVALS) {
      mergeNearest();
    }
  }

  private void mergeNearest() {
    int best = 0;
    for (int i = 1; i + 1 < size; i++) {
      if (west[i + 1] - east[i] < west[best + 1] - east[best]) {
        best = i;
      }
    }
    east[best] = Math.max(east[best], east[best + 1]);
    System.arraycopy(west, best + 2, west, best + 1, size - best - 2);
    System.arraycopy(east, best + 2, east, best + 1, size - best - 2);
    size--;
  }
}
