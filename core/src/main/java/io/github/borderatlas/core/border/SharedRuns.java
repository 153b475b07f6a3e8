package io.github.borderatlas.core.border;

import io.github.borderatlas.core.model.Geometries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Cuts one outline's rings into the runs it shares with each neighbour: maximal sequences of
 * consecutive segments whose two ends lie within the tolerance of the neighbour's outline (and, for
 * a segment longer than twice the tolerance, whose midpoint does too, so that a long segment
 * cutting across a bay is not taken for a boundary). Runs wrap around the ring's start; a ring
 * shared all round gives one closed run. Runs keep the ring's orientation (the outline's country on
 * the right). Stateless apart from its inputs; thread-safe.
 */
final class SharedRuns {

  /**
   * One run.
   *
   * @param neighbour the neighbour outline
   * @param line the run, lon/lat
   * @param maxOffsetMetres largest vertex distance to the neighbour, metres
   * @param meanOffsetMetres mean vertex distance to the neighbour, metres
   */
  record Run(int neighbour, LineString line, double maxOffsetMetres, double meanOffsetMetres) {}

  private final OutlineIndex index;
  private final NeighbourTable table;
  private final double bridgeMetres;
  private final int[][] ringsOf;

  /**
   * @param bridgeMetres a stretch between two runs with the same neighbour joins them when every
   *     vertex of it lies within this distance of the neighbour and within the tolerance of no
   *     other outline (outlines drawn along opposite river banks); 0 for no bridging
   */
  SharedRuns(OutlineIndex index, NeighbourTable table, double bridgeMetres) {
    this.index = index;
    this.table = table;
    this.bridgeMetres = bridgeMetres;
    int[] counts = new int[index.outlineCount()];
    for (int r = 0; r < index.ringCount(); r++) {
      counts[index.ringOwner(r)]++;
    }
    ringsOf = new int[index.outlineCount()][];
    for (int o = 0; o < counts.length; o++) {
      ringsOf[o] = new int[counts[o]];
      counts[o] = 0;
    }
    for (int r = 0; r < index.ringCount(); r++) {
      int o = index.ringOwner(r);
      ringsOf[o][counts[o]++] = r;
    }
  }

  /** Runs of outline {@code owner} with every neighbour, or only {@code only} when &ge; 0. */
  List<Run> runs(int owner, int only) {
    List<Run> out = new ArrayList<>();
    for (int r : ringsOf[owner]) {
      Set<Integer> neighbours = new LinkedHashSet<>();
      for (int v = index.ringStart(r); v < index.ringEnd(r); v++) {
        if (table.any(v)) {
          neighbours.add(table.first(v));
          if (table.second(v) != NeighbourTable.NONE) {
            neighbours.add(table.second(v));
          }
        }
      }
      for (int b : neighbours) {
        if (only < 0 || b == only) {
          ringRuns(r, b, out);
        }
      }
    }
    return out;
  }

  private void ringRuns(int ring, int b, List<Run> out) {
    int start = index.ringStart(ring);
    int n = index.ringEnd(ring) - start - 1; // segments = unique vertices
    boolean[] shared = new boolean[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int v = start + i;
      shared[i] = table.has(v, b) && table.has(v + 1, b) && midpointShared(v, b);
      count += shared[i] ? 1 : 0;
    }
    if (count == 0) {
      return;
    }
    if (count < n && bridgeMetres > 0) {
      count += bridge(start, n, b, shared);
    }
    if (count == n) {
      out.add(run(b, start, n, true));
      return;
    }
    int first = 0;
    while (shared[first]) {
      first++; // first unshared segment; runs are scanned from just after it
    }
    int i = 1;
    while (i <= n) {
      int k = (first + i) % n;
      if (!shared[k]) {
        i++;
        continue;
      }
      int len = 0;
      while (i + len <= n && shared[(first + i + len) % n]) {
        len++;
      }
      out.add(runFrom(b, start, n, k, len));
      i += len;
    }
  }

  /** Marks the bridgeable gaps between runs as shared; returns the segments added. */
  private int bridge(int start, int n, int b, boolean[] shared) {
    int first = 0;
    while (!shared[first]) {
      first++;
    }
    int added = 0;
    int i = 1;
    while (i < n) {
      int k = (first + i) % n;
      if (shared[k]) {
        i++;
        continue;
      }
      int len = 0;
      while (i + len < n && !shared[(first + i + len) % n]) {
        len++;
      }
      if (i + len < n && bridgeable(start, n, (first + i) % n, len, b)) {
        for (int j = 0; j < len; j++) {
          shared[(first + i + j) % n] = true;
        }
        added += len;
      }
      i += len;
    }
    return added;
  }

  /** Whether the gap of {@code len} segments from ring-relative vertex k can be bridged. */
  private boolean bridgeable(int start, int n, int k, int len, int b) {
    for (int j = 1; j < len; j++) { // inner vertices of the gap
      int v = start + (k + j) % n;
      if (table.any(v) && !table.has(v, b)) {
        return false;
      }
      if (index.distanceTo(b, index.x(v), index.y(v), bridgeMetres).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private boolean midpointShared(int v, int b) {
    double ax = index.x(v);
    double ay = index.y(v);
    double bx = index.x(v + 1);
    double by = index.y(v + 1);
    double kx = LocalDistance.metresPerLonDegree(ay);
    double dx = (bx - ax) * kx;
    double dy = (by - ay) * LocalDistance.METRES_PER_DEGREE;
    if (Math.hypot(dx, dy) <= 2 * table.toleranceMetres()) {
      return true;
    }
    Double d = index.near((ax + bx) / 2, (ay + by) / 2, table.toleranceMetres()).get(b);
    return d != null;
  }

  private Run run(int b, int start, int n, boolean closed) {
    return runFrom(b, start, n, 0, closed ? n : 0);
  }

  /** The run of {@code segments} segments starting at ring-relative vertex {@code k}. */
  private Run runFrom(int b, int start, int n, int k, int segments) {
    Coordinate[] c = new Coordinate[segments + 1];
    double max = 0;
    double sum = 0;
    for (int j = 0; j <= segments; j++) {
      int v = start + (k + j) % n;
      c[j] = new Coordinate(index.x(v), index.y(v));
      double d = table.metres(v, b);
      if (Double.isNaN(d)) {
        d = index.distanceTo(b, c[j].x, c[j].y, Math.max(bridgeMetres, 1)).orElse(bridgeMetres);
      }
      max = Math.max(max, d);
      sum += d;
    }
    return new Run(b, Geometries.FACTORY.createLineString(c), max, sum / c.length);
  }
}
