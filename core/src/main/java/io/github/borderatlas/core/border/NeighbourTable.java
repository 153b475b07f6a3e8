package io.github.borderatlas.core.border;

import java.util.Arrays;

/**
 * For every vertex of an {@link OutlineIndex}, the (up to) two nearest other outlines within a
 * tolerance, and their distances in metres: a vertex with a neighbour lies on a shared boundary.
 *
 * <p>Built in one sweep over the index' sorted grid: a cell whose segments all belong to one
 * outline (coasts, interiors) is skipped; otherwise each vertex lying in the cell is measured
 * against the cell's segments of other outlines, which include every segment within the index'
 * buffer. Work is proportional to the number of vertices near a boundary times the segments around
 * them. Distances use {@link LocalDistance}. Immutable after construction and thread-safe to read.
 */
final class NeighbourTable {

  static final int NONE = -1;

  private final int[] first;
  private final int[] second;
  private final float[] firstMetres;
  private final float[] secondMetres;
  private final double toleranceMetres;

  private NeighbourTable(int n, double toleranceMetres) {
    first = new int[n];
    second = new int[n];
    Arrays.fill(first, NONE);
    Arrays.fill(second, NONE);
    firstMetres = new float[n];
    secondMetres = new float[n];
    this.toleranceMetres = toleranceMetres;
  }

  /**
   * Scans an index.
   *
   * @param index the outlines
   * @param toleranceMetres largest vertex-to-outline distance that counts as shared, at most the
   *     index' buffer
   */
  static NeighbourTable scan(OutlineIndex index, double toleranceMetres) {
    if (!(toleranceMetres > 0) || toleranceMetres > index.bufferMetres()) {
      throw new IllegalArgumentException(
          "tolerance must be in (0, " + index.bufferMetres() + "] m, was " + toleranceMetres);
    }
    NeighbourTable t = new NeighbourTable(index.vertexCount(), toleranceMetres);
    long[] e = index.entries();
    int g0 = 0;
    while (g0 < e.length) {
      long key = OutlineIndex.keyOf(e[g0]);
      int g1 = g0 + 1;
      boolean mixed = false;
      int owner0 = index.owner(OutlineIndex.segmentOf(e[g0]));
      while (g1 < e.length && OutlineIndex.keyOf(e[g1]) == key) {
        mixed |= index.owner(OutlineIndex.segmentOf(e[g1])) != owner0;
        g1++;
      }
      if (mixed) {
        t.scanCell(index, e, g0, g1, key);
      }
      g0 = g1;
    }
    for (int r = 0; r < index.ringCount(); r++) { // closing vertex = first vertex
      int last = index.ringEnd(r) - 1;
      int start = index.ringStart(r);
      t.first[last] = t.first[start];
      t.second[last] = t.second[start];
      t.firstMetres[last] = t.firstMetres[start];
      t.secondMetres[last] = t.secondMetres[start];
    }
    return t;
  }

  private void scanCell(OutlineIndex index, long[] e, int g0, int g1, long key) {
    for (int i = g0; i < g1; i++) {
      int v = OutlineIndex.segmentOf(e[i]);
      double x = index.x(v);
      double y = index.y(v);
      if (OutlineIndex.cellKey(x, y) != key) {
        continue;
      }
      int own = index.owner(v);
      double kx = LocalDistance.metresPerLonDegree(y);
      for (int j = g0; j < g1; j++) {
        int s = OutlineIndex.segmentOf(e[j]);
        int other = index.owner(s);
        if (other != own) {
          double d = index.distanceToSegment(x, y, s, kx);
          if (d <= toleranceMetres) {
            offer(v, other, (float) d);
          }
        }
      }
    }
  }

  private void offer(int v, int owner, float d) {
    if (first[v] == owner) {
      firstMetres[v] = Math.min(firstMetres[v], d);
    } else if (second[v] == owner) {
      secondMetres[v] = Math.min(secondMetres[v], d);
    } else if (first[v] == NONE || d < firstMetres[v]) {
      second[v] = first[v];
      secondMetres[v] = firstMetres[v];
      first[v] = owner;
      firstMetres[v] = d;
      return;
    } else if (second[v] == NONE || d < secondMetres[v]) {
      second[v] = owner;
      secondMetres[v] = d;
      return;
    } else {
      return;
    }
    if (second[v] != NONE && secondMetres[v] < firstMetres[v]) {
      int o = first[v];
      float m = firstMetres[v];
      first[v] = second[v];
      firstMetres[v] = secondMetres[v];
      second[v] = o;
      secondMetres[v] = m;
    }
  }

  /** The tolerance of the scan, metres. */
  double toleranceMetres() {
    return toleranceMetres;
  }

  /** True when outline {@code owner} is among the vertex' neighbours. */
  boolean has(int vertex, int owner) {
    return first[vertex] == owner || second[vertex] == owner;
  }

  /** True when the vertex has any neighbour. */
  boolean any(int vertex) {
    return first[vertex] != NONE;
  }

  int first(int vertex) {
    return first[vertex];
  }

  int second(int vertex) {
    return second[vertex];
  }

  /** Distance from the vertex to outline {@code owner}, metres, or NaN when not a neighbour. */
  double metres(int vertex, int owner) {
    if (first[vertex] == owner) {
      return firstMetres[vertex];
    }
    return second[vertex] == owner ? secondMetres[vertex] : Double.NaN;
  }
}
