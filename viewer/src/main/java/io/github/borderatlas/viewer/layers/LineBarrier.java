package io.github.borderatlas.viewer.layers;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines on the screen that some labels must not straddle (the border: a place's label stays on its
 * own side), as straight segments bucketed in a uniform grid of {@link #CELL} logical pixels so a
 * query looks only at nearby segments. Not thread-safe: one per render.
 */
final class LineBarrier {

  /** Grid cell size, logical pixels. */
  static final int CELL = 64;

  private final Map<Long, List<Line2D>> cells = new HashMap<>();
  private final Rectangle2D view;
  private int size;

  /** A barrier for labels within {@code view} (logical pixels); parts outside it are not kept. */
  LineBarrier(Rectangle2D view) {
    this.view = view;
  }

  /**
   * Adds the straight pieces of an open or closed path (logical pixels); curves are not expected.
   */
  void add(Path2D path) {
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double px = 0;
    double py = 0;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO) {
        startX = px = c[0];
        startY = py = c[1];
        continue;
      }
      double x = type == PathIterator.SEG_CLOSE ? startX : c[0];
      double y = type == PathIterator.SEG_CLOSE ? startY : c[1];
      add(new Line2D.Double(px, py, x, y));
      px = x;
      py = y;
    }
  }

  private void add(Line2D segment) {
    if (!segment.intersects(view)) {
      return; // no label placed in the view can touch it
    }
    // the cells of the segment's box within the view: a zoomed-in segment may be far longer
    Rectangle2D b = segment.getBounds2D().createIntersection(view);
    int x0 = cell(b.getMinX());
    int x1 = cell(b.getMaxX());
    int y0 = cell(b.getMinY());
    int y1 = cell(b.getMaxY());
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(segment);
      }
    }
    size++;
  }

  /** True when some segment of the barrier touches or crosses {@code box}. */
  boolean crosses(Rectangle2D box) {
    for (int x = cell(box.getMinX()); x <= cell(box.getMaxX()); x++) {
      for (int y = cell(box.getMinY()); y <= cell(box.getMaxY()); y++) {
        List<Line2D> list = cells.get(key(x, y));
        if (list != null) {
          for (Line2D s : list) {
            if (box.intersectsLine(s)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Number of segments held. */
  int size() {
    return size;
  }

  private static int cell(double v) {
    return (int) Math.floor(v / CELL);
  }

  private static long key(int x, int y) {
    return ((long) x << 32) ^ (y & 0xffffffffL);
  }
}
