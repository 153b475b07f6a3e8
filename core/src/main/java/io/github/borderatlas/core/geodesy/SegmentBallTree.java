package io.github.borderatlas.core.geodesy;

import java.util.Arrays;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * A tree over the segments of a polyline for finding the segments that can hold the point nearest
 * to a query point, with rigorous lower bounds of geodesic distance on the ellipsoid. Each node
 * covers a run of consecutive segments and holds two bounds of it: a Cartesian box (earth-centred
 * metres) that holds every point of its segments, and a ball: one of their vertices as centre and a
 * radius, metres, such that every point of the run is within that geodesic distance of it.
 *
 * <p><b>Bounds.</b> A surface path is never shorter than its chord, so the 3-D distance from the
 * query point to a node's box, or to a segment's chord less how far the segment can stray from it
 * ({@link ChordBounds}), is a lower bound (cheap; loose by about s³ / 24R², 130 m at 500 km). By
 * the triangle inequality of geodesic distance, a node whose centre is {@code d} metres from the
 * query point holds no point closer than {@code d - radius} (one {@code Inverse}; used where the
 * chord bound is the looser); a segment A–B of length {@code L} holds no point closer than {@code
 * (d(P,A) + d(P,B) - L) / 2}; any vertex distance bounds the distance to the line from above.
 * Distances are by GeographicLib {@link Geodesic#Inverse} (accurate to nanometres), so a segment
 * left out is farther than the nearest vertex met plus the slack asked for.
 *
 * <p><b>Cost.</b> Building: about two {@code Inverse} per vertex. A query: box tests down the tree,
 * and one {@code Inverse} per vertex of a segment whose chord bound is within the slack of the best
 * vertex distance so far; for the bundled border (11,500 vertices) and points within a few hundred
 * kilometres, some tens of calls.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe once constructed; a query keeps its state in a
 * local object.
 */
final class SegmentBallTree {

  /** 24 R² with R the least radius of curvature of WGS84, a(1 - e²) = 6,335 km, square metres. */
  private static final double CHORD_LOSS_DIVISOR = 24 * 6.335e6 * 6.335e6;

  /** Most segments in a leaf. */
  private static final int LEAF_SEGMENTS = 4;

  private final Geodesic geodesic;
  private final double[] lat;
  private final double[] lon;
  private final boolean[] joined;
  private final double[] segLength;
  private final ChordBounds chords;

  /** Cartesian positions of the vertices, x y z per vertex, metres. */
  private final double[] xyz;

  /** How far each segment can stray from its chord, metres ({@link ChordBounds#pad}). */
  private final double[] pad;

  // Nodes in arrays: segment range [lo, hi), centre vertex, radius (metres; negative when the run
  // has no joined segment), children (-1 for a leaf).
  private final int[] lo;
  private final int[] hi;
  private final int[] centre;
  private final double[] radius;
  // Cartesian box of each node holding every point of its segments, x y z per node, metres.
  private final double[] boxMin;
  private final double[] boxMax;
  private final int[] left;
  private final int[] right;
  private int nodes;

  /**
   * @param lat vertex latitudes, degrees (not copied, not changed)
   * @param lon vertex longitudes, degrees (not copied, not changed)
   * @param joined whether segment i joins vertex i and i + 1
   * @param segLength geodesic length of each segment, metres (0 where not joined)
   */
  SegmentBallTree(
      double[] lat, double[] lon, boolean[] joined, double[] segLength, Geodesic geodesic) {
    this.geodesic = geodesic;
    this.lat = lat;
    this.lon = lon;
    this.joined = joined;
    this.segLength = segLength;
    this.chords = new ChordBounds(geodesic);
    xyz = new double[3 * lat.length];
    for (int i = 0; i < lat.length; i++) {
      chords.position(lat[i], lon[i], xyz, 3 * i);
    }
    pad = new double[joined.length];
    for (int i = 0; i < pad.length; i++) {
      pad[i] = ChordBounds.pad(segLength[i], ChordBounds.distance(xyz, 3 * i, xyz, 3 * i + 3));
    }
    int segments = joined.length;
    int capacity = 2 * segments + 4; // a binary split into leaves of 2 or more segments
    lo = new int[capacity];
    hi = new int[capacity];
    centre = new int[capacity];
    radius = new double[capacity];
    boxMin = new double[3 * capacity];
    boxMax = new double[3 * capacity];
    left = new int[capacity];
    right = new int[capacity];
    build(0, segments);
  }

  private int build(int from, int to) {
    int node = nodes++;
    lo[node] = from;
    hi[node] = to;
    centre[node] = from + (to - from) / 2;
    int c = centre[node];
    double r = -1;
    Arrays.fill(boxMin, 3 * node, 3 * node + 3, Double.POSITIVE_INFINITY);
    Arrays.fill(boxMax, 3 * node, 3 * node + 3, Double.NEGATIVE_INFINITY);
    if (to - from <= LEAF_SEGMENTS) {
      left[node] = -1;
      right[node] = -1;
      for (int i = from; i < to; i++) {
        if (joined[i]) {
          // every point of segment i is within (d(C,A) + d(C,B) + L) / 2 of C
          double reach = (distance(c, i) + distance(c, i + 1) + segLength[i]) / 2;
          r = Math.max(r, reach);
          for (int k = 0; k < 3; k++) {
            double x0 = xyz[3 * i + k];
            double x1 = xyz[3 * i + 3 + k];
            boxMin[3 * node + k] = Math.min(boxMin[3 * node + k], Math.min(x0, x1) - pad[i]);
            boxMax[3 * node + k] = Math.max(boxMax[3 * node + k], Math.max(x0, x1) + pad[i]);
          }
        }
      }
    } else {
      int mid = from + (to - from) / 2;
      int a = build(from, mid);
      int b = build(mid, to);
      left[node] = a;
      right[node] = b;
      for (int child : new int[] {a, b}) {
        if (radius[child] >= 0) {
          r = Math.max(r, distance(c, centre[child]) + radius[child]);
          for (int k = 0; k < 3; k++) {
            boxMin[3 * node + k] = Math.min(boxMin[3 * node + k], boxMin[3 * child + k]);
            boxMax[3 * node + k] = Math.max(boxMax[3 * node + k], boxMax[3 * child + k]);
          }
        }
      }
    }
    radius[node] = r;
    return node;
  }

  /**
   * The segments that may hold a point within {@code slackMetres} of the nearest point of the line
   * to (qLat, qLon degrees), in ascending order: every joined segment whose distance from the query
   * point is at most the least distance to a vertex of a joined segment plus the slack is included
   * (others may be too). A line of at most {@value #LEAF_SEGMENTS} segments gives all of them.
   */
  int[] candidates(double qLat, double qLon, double slackMetres) {
    if (left[0] < 0) { // a single leaf: no bound would save anything, solve them all
      int[] all = new int[hi[0]];
      int k = 0;
      for (int i = 0; i < all.length; i++) {
        if (joined[i]) {
          all[k++] = i;
        }
      }
      return Arrays.copyOf(all, k);
    }
    Query q = new Query(qLat, qLon, slackMetres);
    if (radius[0] >= 0) {
      q.visit(0, q.toBox(0));
    }
    int[] out = new int[q.count];
    int k = 0;
    for (int j = 0; j < q.count; j++) {
      if (q.lower[j] <= q.upper + slackMetres) {
        out[k++] = q.segment[j];
      }
    }
    out = Arrays.copyOf(out, k);
    Arrays.sort(out);
    return out;
  }

  private double distance(int i, int j) {
    return geodesic.Inverse(lat[i], lon[i], lat[j], lon[j], GeodesicMask.DISTANCE).s12;
  }

  /** The state of one query: the best vertex distance so far and the segments met. */
  private final class Query {
    private final double qLat;
    private final double qLon;
    private final double slack;
    private double upper = Double.POSITIVE_INFINITY;
    private int[] segment = new int[16];
    private double[] lower = new double[16];
    private int count;

    /** The query point's Cartesian position, metres. */
    private final double[] q = new double[3];

    Query(double qLat, double qLon, double slack) {
      this.qLat = qLat;
      this.qLon = qLon;
      this.slack = slack;
      chords.position(qLat, qLon, q, 0);
    }

    private double toVertex(int i) {
      return geodesic.Inverse(qLat, qLon, lat[i], lon[i], GeodesicMask.DISTANCE).s12;
    }

    private double toBox(int node) {
      return radius[node] < 0
          ? Double.POSITIVE_INFINITY
          : ChordBounds.toBox(q, boxMin, boxMax, 3 * node);
    }

    /** Visits a node whose box is {@code boxBound} metres from the query point. */
    void visit(int node, double boxBound) {
      if (boxBound > upper + slack) {
        return;
      }
      // Far away the chord bound is loose by about s³ / 24R²; when that exceeds the node's radius,
      // the ball around its centre, one Inverse, prunes better.
      double chordLoss = boxBound * boxBound * boxBound / CHORD_LOSS_DIVISOR;
      if (chordLoss > radius[node]
          && upper < Double.POSITIVE_INFINITY
          && toVertex(centre[node]) - radius[node] > upper + slack) {
        return;
      }
      if (left[node] < 0) {
        leaf(node);
        return;
      }
      int a = left[node];
      int b = right[node];
      double boundA = toBox(a);
      double boundB = toBox(b);
      if (boundB < boundA) {
        visit(b, boundB);
        visit(a, boundA);
      } else {
        visit(a, boundA);
        visit(b, boundB);
      }
    }

    private void leaf(int node) {
      double dA = Double.NaN; // distance to vertex i when known
      for (int i = lo[node]; i < hi[node]; i++) {
        double chordBound =
            joined[i] ? ChordBounds.toSegment(q, xyz, 3 * i, 3 * i + 3) - pad[i] : Double.NaN;
        if (!(chordBound <= upper + slack)) {
          dA = Double.NaN;
          continue;
        }
        if (Double.isNaN(dA)) {
          dA = toVertex(i);
        }
        double dB = toVertex(i + 1);
        upper = Math.min(upper, Math.min(dA, dB));
        add(i, Math.max(chordBound, (dA + dB - segLength[i]) / 2));
        dA = dB;
      }
    }

    private void add(int i, double lowerBound) {
      if (count == segment.length) {
        segment = Arrays.copyOf(segment, 2 * count);
        lower = Arrays.copyOf(lower, 2 * count);
      }
      segment[count] = i;
      lower[count] = lowerBound;
      count++;
    }
  }
}
