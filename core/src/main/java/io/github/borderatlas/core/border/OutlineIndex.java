package io.github.borderatlas.core.border;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The rings of many country outlines in packed arrays, with a grid of their segments for
 * neighbourhood queries: which other countries pass within some metres of a point.
 *
 * <p><b>Data.</b> Coordinates are WGS84 lon/lat degrees (x = longitude). Every ring (exteriors and
 * holes) is stored closed and oriented so that its country lies on the right when walking it
 * (exteriors clockwise, holes counter-clockwise); repeated consecutive vertices are dropped.
 * Vertices are numbered globally; the segment {@code s} joins vertex {@code s} and {@code s + 1} of
 * the same ring.
 *
 * <p><b>Grid.</b> Square cells of {@link #CELL_DEGREES}; a segment is listed in every cell its
 * buffer of {@code bufferMetres} touches, so every segment passing within that distance of a point
 * is listed in the point's own cell. Entries are one sorted {@code long[]} (cell key, segment), so
 * the index costs about 40 bytes per vertex in all. Distances use {@link LocalDistance}.
 *
 * <p><b>Thread safety.</b> Immutable once built; queries may run concurrently. The builder is not
 * thread-safe.
 */
public final class OutlineIndex {

  /** Side of a grid cell, degrees. */
  public static final double CELL_DEGREES = 0.01;

  private static final int COLUMNS = (int) Math.ceil(360 / CELL_DEGREES) + 1;
  private static final int ROWS = (int) Math.ceil(180 / CELL_DEGREES) + 1;
  private static final double SAMPLE_DEGREES = CELL_DEGREES / 4;
  private static final int SEGMENT_BITS = 33;
  private static final long SEGMENT_MASK = (1L << SEGMENT_BITS) - 1;

  private final List<String> keys;
  private final int size;
  private final double[] xs;
  private final double[] ys;
  private final int[] owners;
  private final int[] ringStarts;
  private final BitSet ringLast;
  private final long[] entries;
  private final double bufferMetres;

  private OutlineIndex(Builder b, long[] entries) {
    this.keys = List.copyOf(b.keys);
    this.size = b.size;
    this.xs = b.xs; // builder arrays, possibly longer than size; the builder is spent
    this.ys = b.ys;
    this.owners = b.owners;
    this.ringStarts = Arrays.copyOf(b.ringStarts, b.rings + 1);
    this.ringStarts[b.rings] = b.size;
    this.ringLast = b.ringLast;
    this.entries = entries;
    this.bufferMetres = b.bufferMetres;
  }

  /**
   * A builder whose grid answers queries up to {@code bufferMetres} (more costs memory).
   *
   * @param bufferMetres largest query radius, metres, &gt; 0
   */
  public static Builder builder(double bufferMetres) {
    if (!(bufferMetres > 0 && bufferMetres < 20_000)) {
      throw new IllegalArgumentException("buffer must be in (0, 20000) m, was " + bufferMetres);
    }
    return new Builder(bufferMetres);
  }

  /** Number of outlines. */
  public int outlineCount() {
    return keys.size();
  }

  /** The key (e.g. ISO A3 code) of an outline. */
  public String key(int outline) {
    return keys.get(outline);
  }

  /** The outline with this key, if any. */
  public Optional<Integer> outline(String key) {
    int i = keys.indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(i);
  }

  /** Largest radius {@link #near} answers, metres. */
  public double bufferMetres() {
    return bufferMetres;
  }

  /** Number of vertices, all rings. */
  public int vertexCount() {
    return size;
  }

  int ringCount() {
    return ringStarts.length - 1;
  }

  int ringStart(int ring) {
    return ringStarts[ring];
  }

  /** Exclusive end; the last vertex of the ring repeats its first. */
  int ringEnd(int ring) {
    return ringStarts[ring + 1];
  }

  int ringOwner(int ring) {
    return owners[ringStarts[ring]];
  }

  double x(int vertex) {
    return xs[vertex];
  }

  double y(int vertex) {
    return ys[vertex];
  }

  int owner(int vertex) {
    return owners[vertex];
  }

  long[] entries() {
    return entries;
  }

  static long cellKey(double lon, double lat) {
    int cx = Math.max(0, Math.min(COLUMNS - 1, (int) Math.floor((lon + 180) / CELL_DEGREES)));
    int cy = Math.max(0, Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL_DEGREES)));
    return (long) cx * ROWS + cy;
  }

  static long keyOf(long entry) {
    return entry >>> SEGMENT_BITS;
  }

  static int segmentOf(long entry) {
    return (int) (entry & SEGMENT_MASK);
  }

  /** Distance, metres, from a point to segment {@code s} ({@link LocalDistance}). */
  double distanceToSegment(double lon, double lat, int s, double kx) {
    return LocalDistance.toSegment(lon, lat, xs[s], ys[s], xs[s + 1], ys[s + 1], kx);
  }

  /**
   * The outlines passing within {@code radiusMetres} of a point, with the distance to each.
   *
   * @param lon longitude, degrees
   * @param lat latitude, degrees
   * @param radiusMetres at most {@link #bufferMetres()}
   * @return outline index to distance in metres (nearest segment of that outline)
   */
  public Map<Integer, Double> near(double lon, double lat, double radiusMetres) {
    if (radiusMetres > bufferMetres) {
      throw new IllegalArgumentException(
          "radius " + radiusMetres + " m exceeds the index buffer " + bufferMetres + " m");
    }
    long key = cellKey(lon, lat);
    int from = lowerBound(key << SEGMENT_BITS);
    int to = lowerBound((key + 1) << SEGMENT_BITS);
    double kx = LocalDistance.metresPerLonDegree(lat);
    Map<Integer, Double> out = new HashMap<>();
    for (int i = from; i < to; i++) {
      int s = segmentOf(entries[i]);
      double d = distanceToSegment(lon, lat, s, kx);
      if (d <= radiusMetres) {
        out.merge(owners[s], d, Math::min);
      }
    }
    return out;
  }

  /**
   * Distance from a point to the nearest segment of one outline, metres, looking up to {@code
   * radiusMetres} away (any radius: the cells around the point are searched); empty when farther.
   */
  public Optional<Double> distanceTo(int outline, double lon, double lat, double radiusMetres) {
    double kx = LocalDistance.metresPerLonDegree(lat);
    double rx = radiusMetres / kx;
    double ry = radiusMetres / LocalDistance.METRES_PER_DEGREE;
    long c0 = cellKey(lon - rx, lat - ry);
    long c1 = cellKey(lon + rx, lat + ry);
    double best = Double.POSITIVE_INFINITY;
    for (long col = c0 / ROWS; col <= c1 / ROWS; col++) {
      int from = lowerBound((col * ROWS + c0 % ROWS) << SEGMENT_BITS);
      int to = lowerBound((col * ROWS + c1 % ROWS + 1) << SEGMENT_BITS);
      for (int i = from; i < to; i++) {
        int s = segmentOf(entries[i]);
        if (owners[s] == outline) {
          best = Math.min(best, distanceToSegment(lon, lat, s, kx));
        }
      }
    }
    return best <= radiusMetres ? Optional.of(best) : Optional.empty();
  }

  private int lowerBound(long value) {
    int lo = 0;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Collects outlines, then builds the grid. Not thread-safe. */
  public static final class Builder {
    private final double bufferMetres;
    private final List<String> keys = new ArrayList<>();
    private double[] xs = new double[1 << 16];
    private double[] ys = new double[1 << 16];
    private int[] owners = new int[1 << 16];
    private int[] ringStarts = new int[1 << 10];
    private final BitSet ringLast = new BitSet();
    private int size;
    private int rings;
    private long[] cells = new long[64];
    private int cellCount;
    private boolean built;

    private Builder(double bufferMetres) {
      this.bufferMetres = bufferMetres;
    }

    /**
     * Adds an outline: the rings of every polygon in {@code polygonal}; other geometry types
     * contribute nothing.
     *
     * @param key the outline's key; rings added under a key given before join that outline (a
     *     country split over several features)
     * @param polygonal a Polygon, MultiPolygon or collection of them, lon/lat
     * @return the outline's index
     * @throws IllegalStateException after {@link #build()} (the index shares the builder's arrays)
     */
    public int add(String key, Geometry polygonal) {
      if (built) {
        throw new IllegalStateException("the builder has built its index already");
      }
      int owner = keys.indexOf(key);
      if (owner < 0) {
        owner = keys.size();
        keys.add(key);
      }
      addPolygons(polygonal, owner);
      return owner;
    }

    private void addPolygons(Geometry g, int owner) {
      if (g instanceof Polygon p) {
        addRing(p.getExteriorRing(), owner, false);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          addRing(p.getInteriorRingN(h), owner, true);
        }
      } else if (g instanceof GeometryCollection c) {
        for (int i = 0; i < c.getNumGeometries(); i++) {
          addPolygons(c.getGeometryN(i), owner);
        }
      }
    }

    private void addRing(LinearRing ring, int owner, boolean hole) {
      Coordinate[] c = ring.getCoordinates();
      List<Coordinate> unique = new ArrayList<>(c.length);
      for (Coordinate p : c) {
        if (Double.isFinite(p.x)
            && Double.isFinite(p.y)
            && (unique.isEmpty() || !unique.get(unique.size() - 1).equals2D(p))) {
          unique.add(p);
        }
      }
      if (unique.size() < 4 || !unique.get(0).equals2D(unique.get(unique.size() - 1))) {
        return;
      }
      Coordinate[] pts = unique.toArray(new Coordinate[0]);
      boolean ccw = Orientation.isCCW(pts);
      boolean reverse = hole != ccw; // exteriors clockwise, holes counter-clockwise
      ensure(pts.length);
      if (rings + 2 > ringStarts.length) {
        ringStarts = Arrays.copyOf(ringStarts, ringStarts.length * 2);
      }
      ringStarts[rings++] = size;
      for (int i = 0; i < pts.length; i++) {
        Coordinate p = pts[reverse ? pts.length - 1 - i : i];
        xs[size] = p.x;
        ys[size] = p.y;
        owners[size] = owner;
        size++;
      }
      ringLast.set(size - 1);
    }

    private void ensure(int more) {
      if (size + more > xs.length) {
        int n = Math.max(xs.length + xs.length / 2, size + more);
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        owners = Arrays.copyOf(owners, n);
      }
    }

    /** Builds the grid over every segment added so far (two passes: count, then fill). */
    public OutlineIndex build() {
      if (built) {
        throw new IllegalStateException("the builder has built its index already");
      }
      built = true;
      long total = 0;
      for (int s = 0; s < size - 1; s++) {
        if (!ringLast.get(s)) {
          cellsOf(s);
          total += cellCount;
        }
      }
      if (total > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("too many grid entries: " + total);
      }
      long[] entries = new long[(int) total];
      int n = 0;
      for (int s = 0; s < size - 1; s++) {
        if (!ringLast.get(s)) {
          cellsOf(s);
          for (int i = 0; i < cellCount; i++) {
            entries[n++] = (cells[i] << SEGMENT_BITS) | s;
          }
        }
      }
      Arrays.sort(entries);
      return new OutlineIndex(this, entries);
    }

    /** The distinct cells touched by the buffer of segment s, into {@code cells[0..cellCount)}. */
    private void cellsOf(int s) {
      double ax = xs[s];
      double ay = ys[s];
      double bx = xs[s + 1];
      double by = ys[s + 1];
      double maxAbsLat = Math.min(89, Math.max(Math.abs(ay), Math.abs(by)));
      // samples at most SAMPLE apart: every point of the segment is within SAMPLE / 2 of one
      double padY = bufferMetres / LocalDistance.METRES_PER_DEGREE + SAMPLE_DEGREES / 2;
      double padX = bufferMetres / LocalDistance.metresPerLonDegree(maxAbsLat) + SAMPLE_DEGREES / 2;
      cellCount = 0;
      long b0 = cellKey(Math.min(ax, bx) - padX, Math.min(ay, by) - padY);
      long b1 = cellKey(Math.max(ax, bx) + padX, Math.max(ay, by) + padY);
      if (b1 / ROWS - b0 / ROWS <= 1 && b1 % ROWS - b0 % ROWS <= 1) {
        // short segment (nearly all): every cell of its widened box, at most four
        for (long col = b0 / ROWS; col <= b1 / ROWS; col++) {
          for (long row = b0 % ROWS; row <= b1 % ROWS; row++) {
            cells[cellCount++] = col * ROWS + row;
          }
        }
        return;
      }
      double span = Math.hypot(bx - ax, by - ay);
      int steps = (int) Math.ceil(span / SAMPLE_DEGREES);
      for (int k = 0; k <= steps; k++) {
        double t = steps == 0 ? 0 : (double) k / steps;
        double px = ax + t * (bx - ax);
        double py = ay + t * (by - ay);
        long c0 = cellKey(px - padX, py - padY);
        long c1 = cellKey(px + padX, py + padY);
        for (long col = c0 / ROWS; col <= c1 / ROWS; col++) {
          for (long row = c0 % ROWS; row <= c1 % ROWS; row++) {
            addCell(col * ROWS + row);
          }
        }
      }
    }

    /** Adds a cell unless among the last few added (cells of one segment come in runs). */
    private void addCell(long key) {
      for (int i = cellCount - 1; i >= Math.max(0, cellCount - 12); i--) {
        if (cells[i] == key) {
          return;
        }
      }
      if (cellCount == cells.length) {
        cells = Arrays.copyOf(cells, cells.length * 2);
      }
      cells[cellCount++] = key;
    }
  }
}
