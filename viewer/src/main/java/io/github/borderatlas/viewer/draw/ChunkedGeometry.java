package io.github.borderatlas.viewer.draw;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A projected geometry (metres, x east, y north) made ready for drawing many frames: its line
 * strings and polygon rings copied once into flat coordinate arrays cut into chunks of at most
 * {@link #CHUNK_VERTICES} vertices, each with its envelope. A frame then skips whole chunks that
 * lie outside the view instead of testing, clipping or copying every vertex.
 *
 * <p>Lines: a chunk whose envelope misses the clip rectangle is dropped (every one of its segments
 * lies beyond one edge, so this is exactly what segment-by-segment culling would drop), and the
 * remaining chunks are culled segment by segment. Areas: a ring chunk whose envelope misses the
 * clip rectangle is replaced by the chord from its first to its last vertex. The chunk and its
 * chord both lie in the chunk's envelope, a convex set outside the clip rectangle, so the swap
 * changes neither the winding number nor the even-odd parity of any point inside the rectangle: the
 * fill is exact there, and Java2D clips the chords. This replaces a per-frame JTS ring clip.
 *
 * <p>Immutable and thread-safe; paths returned are new and belong to the caller.
 */
public final class ChunkedGeometry {

  /** Most vertices per chunk (a chunk shares its last vertex with the next one). */
  public static final int CHUNK_VERTICES = 64;

  /** A chunked geometry without parts: draws nothing. */
  public static final ChunkedGeometry EMPTY = new ChunkedGeometry(List.of(), new Envelope());

  /**
   * One line string or ring.
   *
   * @param xy x0, y0, x1, y1, … in metres
   * @param ring whether this is a polygon ring (drawn by {@link #areas})
   * @param hole whether this is a polygon's interior ring (left out by {@link #outerLines})
   * @param starts first vertex index of each chunk; chunk k ends at {@code starts[k + 1]} (or the
   *     last vertex)
   * @param bounds minX, minY, maxX, maxY of each chunk
   * @param envelope the part's envelope
   */
  private record Part(
      double[] xy, boolean ring, boolean hole, int[] starts, double[] bounds, Envelope envelope) {

    int vertices() {
      return xy.length / 2;
    }

    int chunkEnd(int k) {
      return k + 1 < starts.length ? starts[k + 1] : vertices() - 1;
    }

    boolean chunkMisses(int k, Envelope clip) {
      return bounds[4 * k] > clip.getMaxX()
          || bounds[4 * k + 2] < clip.getMinX()
          || bounds[4 * k + 1] > clip.getMaxY()
          || bounds[4 * k + 3] < clip.getMinY();
    }
  }

  private final List<Part> parts;
  private final Envelope envelope;

  /**
   * minX, minY, maxX, maxY of each part in one array, so that culling a geometry of many parts (a
   * country with tens of thousands of islands and lakes) scans contiguous numbers instead of
   * visiting every part object: four times per frame, that walk was most of an added layer's
   * path-building time.
   */
  private final double[] partBounds;

  private ChunkedGeometry(List<Part> parts, Envelope envelope) {
    this.parts = parts;
    this.envelope = envelope;
    this.partBounds = new double[4 * parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      Envelope e = parts.get(i).envelope();
      partBounds[4 * i] = e.getMinX();
      partBounds[4 * i + 1] = e.getMinY();
      partBounds[4 * i + 2] = e.getMaxX();
      partBounds[4 * i + 3] = e.getMaxY();
    }
  }

  /** The parts whose envelope meets {@code clip}, in their order. */
  private List<Part> partsIn(Envelope clip) {
    double minX = clip.getMinX();
    double minY = clip.getMinY();
    double maxX = clip.getMaxX();
    double maxY = clip.getMaxY();
    List<Part> out = new ArrayList<>();
    for (int i = 0, b = 0; i < parts.size(); i++, b += 4) {
      if (partBounds[b] <= maxX
          && partBounds[b + 2] >= minX
          && partBounds[b + 1] <= maxY
          && partBounds[b + 3] >= minY) {
        out.add(parts.get(i));
      }
    }
    return out;
  }

  /** Chunks the line strings and polygon rings of a projected geometry; points are ignored. */
  public static ChunkedGeometry of(Geometry projected) {
    if (projected == null || projected.isEmpty()) {
      return EMPTY;
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < projected.getNumGeometries(); i++) {
      Geometry g = projected.getGeometryN(i);
      if (g instanceof LineString ls) {
        add(parts, ls.getCoordinateSequence(), false, false);
      } else if (g instanceof Polygon poly) {
        add(parts, poly.getExteriorRing().getCoordinateSequence(), true, false);
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          add(parts, poly.getInteriorRingN(h).getCoordinateSequence(), true, true);
        }
      }
    }
    return new ChunkedGeometry(List.copyOf(parts), new Envelope(projected.getEnvelopeInternal()));
  }

  private static void add(List<Part> parts, CoordinateSequence seq, boolean ring, boolean hole) {
    int n = seq.size();
    if (n < 2) {
      return;
    }
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = seq.getX(i);
      xy[2 * i + 1] = seq.getY(i);
    }
    add(parts, xy, ring, hole);
  }

  /**
   * Chunks line strings and polygon rings given as flat arrays of projected coordinates (x0, y0,
   * x1, y1, … in metres; the arrays are kept, not copied, and must not change afterwards). A ring
   * repeats its first vertex at the end. Arrays of fewer than 2 vertices are skipped.
   *
   * @param lines the flat arrays
   * @param rings for each array, whether it is a polygon ring
   */
  public static ChunkedGeometry ofFlat(List<double[]> lines, List<Boolean> rings) {
    return ofFlat(lines, rings, null);
  }

  /** As {@link #ofFlat(List, List)}, with each ring's hole flag ({@code null}: no holes). */
  private static ChunkedGeometry ofFlat(
      List<double[]> lines, List<Boolean> rings, List<Boolean> holes) {
    List<Part> parts = new ArrayList<>();
    Envelope env = new Envelope();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length >= 4) {
        add(parts, lines.get(i), rings.get(i), holes != null && holes.get(i));
        env.expandToInclude(parts.get(parts.size() - 1).envelope());
      }
    }
    return parts.isEmpty() ? EMPTY : new ChunkedGeometry(List.copyOf(parts), env);
  }

  /**
   * A copy simplified with Douglas–Peucker at {@code toleranceMetres} ({@link FlatSimplifier});
   * rings that collapse below 4 vertices (smaller than the tolerance) are dropped. Returns this
   * geometry itself when simplifying would keep more than 80 % of its vertices, so a level of
   * detail costs memory only where it saves drawing.
   */
  public ChunkedGeometry simplified(double toleranceMetres) {
    List<double[]> lines = new ArrayList<>(parts.size());
    List<Boolean> rings = new ArrayList<>(parts.size());
    List<Boolean> holes = new ArrayList<>(parts.size());
    long kept = 0;
    for (Part p : parts) {
      double[] s = FlatSimplifier.simplify(p.xy(), toleranceMetres);
      if (p.ring() && s.length < 8) {
        continue;
      }
      lines.add(s);
      rings.add(p.ring());
      holes.add(p.hole());
      kept += s.length / 2;
    }
    if (kept > 0.8 * vertexCount()) {
      return this;
    }
    return ofFlat(lines, rings, holes);
  }

  private static void add(List<Part> parts, double[] xy, boolean ring, boolean hole) {
    int n = xy.length / 2;
    int chunks = Math.max(1, (n - 1 + CHUNK_VERTICES - 2) / (CHUNK_VERTICES - 1));
    int[] starts = new int[chunks];
    double[] bounds = new double[4 * chunks];
    Envelope env = new Envelope();
    for (int k = 0; k < chunks; k++) {
      int s = k * (CHUNK_VERTICES - 1);
      int e = Math.min(n - 1, s + CHUNK_VERTICES - 1);
      starts[k] = s;
      double minX = Double.POSITIVE_INFINITY;
      double minY = Double.POSITIVE_INFINITY;
      double maxX = Double.NEGATIVE_INFINITY;
      double maxY = Double.NEGATIVE_INFINITY;
      for (int i = s; i <= e; i++) {
        minX = Math.min(minX, xy[2 * i]);
        maxX = Math.max(maxX, xy[2 * i]);
        minY = Math.min(minY, xy[2 * i + 1]);
        maxY = Math.max(maxY, xy[2 * i + 1]);
      }
      bounds[4 * k] = minX;
      bounds[4 * k + 1] = minY;
      bounds[4 * k + 2] = maxX;
      bounds[4 * k + 3] = maxY;
      env.expandToInclude(minX, minY);
      env.expandToInclude(maxX, maxY);
    }
    parts.add(new Part(xy, ring, hole, starts, bounds, env));
  }

  /** The envelope of the source geometry, metres (a copy). */
  public Envelope envelope() {
    return new Envelope(envelope);
  }

  /** Number of vertices held (for tests and diagnostics). */
  public int vertexCount() {
    int n = 0;
    for (Part p : parts) {
      n += p.vertices();
    }
    return n;
  }

  /**
   * The lines (line strings and polygon rings) in the viewport's screen space, logical pixels, as
   * an open path cut where it leaves {@code clip} (metres).
   */
  public Path2D.Double lines(Viewport vp, Envelope clip) {
    return lines(vp, clip, true);
  }

  /**
   * As {@link #lines}, without the polygons' interior rings: the outline of each polygon's outer
   * edge and the line strings (the hover halo, which must not ring the lakes cut out of a country).
   */
  public Path2D.Double outerLines(Viewport vp, Envelope clip) {
    return lines(vp, clip, false);
  }

  private Path2D.Double lines(Viewport vp, Envelope clip, boolean withHoles) {
    if (!clip.intersects(envelope)) {
      return new Path2D.Double();
    }
    List<Part> visible = partsIn(clip);
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, capacity(visible, clip, false));
    for (Part p : visible) {
      if ((p.hole() && !withHoles) || !clip.intersects(p.envelope())) {
        continue;
      }
      double[] xy = p.xy();
      if (clip.contains(p.envelope())) {
        path.moveTo(vp.screenX(xy[0]), vp.screenY(xy[1]));
        for (int i = 1; i < p.vertices(); i++) {
          path.lineTo(vp.screenX(xy[2 * i]), vp.screenY(xy[2 * i + 1]));
        }
        continue;
      }
      boolean penDown = false;
      for (int k = 0; k < p.starts().length; k++) {
        if (p.chunkMisses(k, clip)) {
          penDown = false;
          continue;
        }
        int s = p.starts()[k];
        int e = p.chunkEnd(k);
        double px = xy[2 * s];
        double py = xy[2 * s + 1];
        int pc = outcode(px, py, clip);
        for (int i = s + 1; i <= e; i++) {
          double x = xy[2 * i];
          double y = xy[2 * i + 1];
          int c = outcode(x, y, clip);
          if ((pc & c) != 0) {
            penDown = false; // the segment lies wholly beyond one edge
          } else {
            if (!penDown) {
              path.moveTo(vp.screenX(px), vp.screenY(py));
              penDown = true;
            }
            path.lineTo(vp.screenX(x), vp.screenY(y));
          }
          px = x;
          py = y;
          pc = c;
        }
      }
    }
    return path;
  }

  /**
   * The polygon rings in the viewport's screen space, logical pixels, as a closed even-odd area
   * that is exact inside {@code clip} (metres); chunks outside it are replaced by chords.
   */
  public Path2D.Double areas(Viewport vp, Envelope clip) {
    if (!clip.intersects(envelope)) {
      return new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }
    List<Part> visible = partsIn(clip);
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, capacity(visible, clip, true));
    for (Part p : visible) {
      if (!p.ring() || p.vertices() < 3 || !clip.intersects(p.envelope())) {
        continue;
      }
      double[] xy = p.xy();
      path.moveTo(vp.screenX(xy[0]), vp.screenY(xy[1]));
      if (clip.contains(p.envelope())) {
        for (int i = 1; i < p.vertices(); i++) {
          path.lineTo(vp.screenX(xy[2 * i]), vp.screenY(xy[2 * i + 1]));
        }
      } else {
        for (int k = 0; k < p.starts().length; k++) {
          int e = p.chunkEnd(k);
          if (p.chunkMisses(k, clip)) {
            path.lineTo(vp.screenX(xy[2 * e]), vp.screenY(xy[2 * e + 1]));
            continue;
          }
          for (int i = p.starts()[k] + 1; i <= e; i++) {
            path.lineTo(vp.screenX(xy[2 * i]), vp.screenY(xy[2 * i + 1]));
          }
        }
      }
      path.closePath();
    }
    return path;
  }

  /**
   * The path segments {@link #lines} or {@link #areas} emit for {@code clip} (exact for areas; for
   * lines, exact unless a chunk leaves and re-enters the clip rectangle), so that the path is
   * allocated once instead of grown by copying.
   */
  private static int capacity(List<Part> visible, Envelope clip, boolean areas) {
    int n = 0;
    for (Part p : visible) {
      if ((areas && (!p.ring() || p.vertices() < 3)) || !clip.intersects(p.envelope())) {
        continue;
      }
      if (clip.contains(p.envelope())) {
        n += p.vertices() + 1;
        continue;
      }
      n += 2;
      for (int k = 0; k < p.starts().length; k++) {
        int chunk = p.chunkEnd(k) - p.starts()[k];
        n += p.chunkMisses(k, clip) ? (areas ? 1 : 0) : chunk + (areas ? 0 : 1);
      }
    }
    return Math.max(n, 2);
  }

  private static int outcode(double x, double y, Envelope clip) {
    int code = 0;
    if (x < clip.getMinX()) {
      code |= 1;
    } else if (x > clip.getMaxX()) {
      code |= 2;
    }
    if (y < clip.getMinY()) {
      code |= 4;
    } else if (y > clip.getMaxY()) {
      code |= 8;
    }
    return code;
  }
}
