package io.github.borderatlas.viewer.layers;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rectangles already taken on the screen (labels, symbols), bucketed in a uniform grid of {@link
 * #CELL} logical pixels so a query looks only at nearby rectangles. Not thread-safe: one per
 * render.
 */
final class CollisionIndex {

  /** Grid cell size, logical pixels. */
  static final int CELL = 64;

  private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();
  private int size;

  /** True when {@code r} overlaps no rectangle of the index. */
  boolean isFree(Rectangle2D r) {
    for (long key : keys(r)) {
      List<Rectangle2D> list = cells.get(key);
      if (list != null) {
        for (Rectangle2D other : list) {
          if (other.intersects(r)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Marks {@code r} as taken. */
  void add(Rectangle2D r) {
    for (long key : keys(r)) {
      cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(r);
    }
    size++;
  }

  /** Number of rectangles added. */
  int size() {
    return size;
  }

  private static long[] keys(Rectangle2D r) {
    int x0 = (int) Math.floor(r.getMinX() / CELL);
    int x1 = (int) Math.floor(r.getMaxX() / CELL);
    int y0 = (int) Math.floor(r.getMinY() / CELL);
    int y1 = (int) Math.floor(r.getMaxY() / CELL);
    int n = (x1 - x0 + 1) * (y1 - y0 + 1);
    if (n <= 0 || n > 4096) {
      return new long[] {Long.MIN_VALUE}; // degenerate or huge: one shared bucket
    }
    long[] out = new long[n];
    int k = 0;
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        out[k++] = ((long) x << 32) ^ (y & 0xffffffffL);
      }
    }
    return out;
  }
}
