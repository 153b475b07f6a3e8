package io.github.borderatlas.viewer.draw;

import java.util.Arrays;

/**
 * Douglas–Peucker simplification of one polyline held as a flat array (x0, y0, x1, y1, … in
 * metres), without building JTS objects: the first and last vertices are kept, and a vertex is kept
 * when it lies farther than the tolerance from the chord of the stretch it belongs to. Topology is
 * not preserved (rings may touch), which is invisible at the map's half-pixel tolerances. A closed
 * ring works too: its chord is a point and the distance the distance to it. Iterative (an explicit
 * stack), so rings of millions of vertices do not overflow the call stack. Stateless; thread-safe.
 */
final class FlatSimplifier {

  private FlatSimplifier() {}

  /**
   * The simplified polyline: a new array, or {@code xy} itself when nothing is removed.
   *
   * @param xy flat coordinates, at least 2 vertices
   * @param tolerance the largest distance in metres a removed vertex may lie from the result
   */
  static double[] simplify(double[] xy, double tolerance) {
    int n = xy.length / 2;
    if (n < 3) {
      return xy;
    }
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    int[] stack = new int[64];
    int top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    double tol2 = tolerance * tolerance;
    while (top > 0) {
      int last = stack[--top];
      int first = stack[--top];
      int worst = -1;
      double worstD2 = tol2;
      for (int i = first + 1; i < last; i++) {
        double d2 = distance2(xy, i, first, last);
        if (d2 > worstD2) {
          worstD2 = d2;
          worst = i;
        }
      }
      if (worst >= 0) {
        keep[worst] = true;
        if (top + 4 > stack.length) {
          stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = first;
        stack[top++] = worst;
        stack[top++] = worst;
        stack[top++] = last;
      }
    }
    int kept = 0;
    for (boolean k : keep) {
      kept += k ? 1 : 0;
    }
    if (kept == n) {
      return xy;
    }
    double[] out = new double[2 * kept];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        out[j++] = xy[2 * i];
        out[j++] = xy[2 * i + 1];
      }
    }
    return out;
  }

  /** Squared distance from vertex i to the segment from vertex a to vertex b. */
  private static double distance2(double[] xy, int i, int a, int b) {
    double px = xy[2 * i];
    double py = xy[2 * i + 1];
    double ax = xy[2 * a];
    double ay = xy[2 * a + 1];
    double dx = xy[2 * b] - ax;
    double dy = xy[2 * b + 1] - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    double ex = px - (ax + t * dx);
    double ey = py - (ay + t * dy);
    return ex * ex + ey * ey;
  }
}
