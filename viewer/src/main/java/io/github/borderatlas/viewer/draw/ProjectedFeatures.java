package io.github.borderatlas.viewer.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The features of a user layer (e.g. a GeoJSON file) made ready for drawing: each feature's
 * geometry projected once with a {@link MapProjection} straight into {@link ChunkedGeometry} flat
 * arrays (16 bytes per vertex, no JTS copy kept), its points as a flat array, and its properties.
 *
 * <p>Level of detail, as for the atlas ({@link ProjectedAtlas}): a view at {@code m} metres per
 * pixel draws geometries simplified at the power of two just below {@code m / 2} metres, computed
 * for the whole layer on first use of a band ({@link ChunkedGeometry#simplified}, Douglas–Peucker
 * on the flat arrays). At most {@link #CACHED_BANDS} bands are kept (the least recently used is
 * dropped), so memory stays near the full-detail size whatever the user zooms through; a band that
 * would keep most vertices shares the full-detail arrays.
 *
 * <p>Thread-safe: the features are immutable; the band cache is synchronized and its values are
 * immutable. Build with {@link Builder} on one thread.
 */
public final class ProjectedFeatures {

  /** Most level-of-detail bands kept at once. */
  public static final int CACHED_BANDS = 4;

  /**
   * One feature.
   *
   * @param id the feature's id, or {@code null}
   * @param properties its properties (JSON values as read), unmodifiable
   * @param shape its lines and polygon rings at full detail, metres
   * @param points x0, y0, x1, y1, … of its points, metres
   * @param envelope the projected envelope of everything, metres
   */
  public record Feature(
      String id,
      Map<String, Object> properties,
      ChunkedGeometry shape,
      double[] points,
      Envelope envelope) {

    /** The value of a property as text, or {@code null} when absent or null. */
    public String text(String key) {
      Object v = properties.get(key);
      return v == null ? null : String.valueOf(v);
    }
  }

  private final List<Feature> features;
  private final GeometryKind kind;
  private final Envelope extent;
  private final long vertexCount;
  private final Map<Integer, List<ChunkedGeometry>> bands = new LinkedHashMap<>(8, 0.75f, true);

  private ProjectedFeatures(
      List<Feature> features, GeometryKind kind, Envelope extent, long vertexCount) {
    this.features = features;
    this.kind = kind;
    this.extent = extent;
    this.vertexCount = vertexCount;
  }

  /** The features, in input order. */
  public List<Feature> features() {
    return features;
  }

  /** What the geometries are. */
  public GeometryKind kind() {
    return kind;
  }

  /** The projected extent of every feature, metres (a copy; null when there is no geometry). */
  public Envelope extent() {
    return new Envelope(extent);
  }

  /** Vertices held at full detail (points included). */
  public long vertexCount() {
    return vertexCount;
  }

  /**
   * The features' shapes at the level of detail of a view at {@code metresPerPixel}, index-aligned
   * with {@link #features()}; computed on first use of the band (call it off the event thread).
   */
  public List<ChunkedGeometry> shapes(double metresPerPixel) {
    int band = ProjectedAtlas.band(metresPerPixel);
    if (band == Integer.MIN_VALUE) {
      return fullShapes();
    }
    synchronized (bands) {
      List<ChunkedGeometry> s = bands.get(band);
      if (s != null) {
        return s;
      }
    }
    double tolerance = ProjectedAtlas.tolerance(band);
    List<ChunkedGeometry> out = new ArrayList<>(features.size());
    for (Feature f : features) {
      out.add(f.shape().simplified(tolerance));
    }
    List<ChunkedGeometry> frozen = Collections.unmodifiableList(out);
    synchronized (bands) {
      bands.put(band, frozen);
      while (bands.size() > CACHED_BANDS) {
        bands.remove(bands.keySet().iterator().next());
      }
    }
    return frozen;
  }

  /**
   * The features' shapes at the level of detail of a view at {@code metresPerPixel} if that band is
   * already computed (full detail for the finest scales), else empty: never simplifies, so the
   * event thread may call it (hit testing, selection outlines).
   */
  public java.util.Optional<List<ChunkedGeometry>> readyShapes(double metresPerPixel) {
    int band = ProjectedAtlas.band(metresPerPixel);
    if (band == Integer.MIN_VALUE) {
      return java.util.Optional.of(fullShapes());
    }
    synchronized (bands) {
      return java.util.Optional.ofNullable(bands.get(band));
    }
  }

  /** Number of level-of-detail bands held (for tests and diagnostics). */
  public int cachedBands() {
    synchronized (bands) {
      return bands.size();
    }
  }

  private List<ChunkedGeometry> fullShapes() {
    List<ChunkedGeometry> out = new ArrayList<>(features.size());
    for (Feature f : features) {
      out.add(f.shape());
    }
    return out;
  }

  /**
   * Collects features, projecting each geometry as it comes, so that a streamed file never holds
   * more than one feature's lon/lat geometry. Not thread-safe.
   */
  public static final class Builder {

    private final MapProjection projection;
    private final List<Feature> features = new ArrayList<>();
    private final double[] xy = new double[2];
    private GeometryKind kind = GeometryKind.NONE;
    private final Envelope extent = new Envelope();
    private long vertices;

    /** A builder projecting with {@code projection}. */
    public Builder(MapProjection projection) {
      this.projection = projection;
    }

    /**
     * Adds a feature.
     *
     * @param id its id, or {@code null}
     * @param lonLat its WGS84 geometry (x = longitude), or {@code null}
     * @param properties its properties
     */
    public Builder add(String id, Geometry lonLat, Map<String, Object> properties) {
      List<double[]> lines = new ArrayList<>();
      List<Boolean> rings = new ArrayList<>();
      List<double[]> pointList = new ArrayList<>();
      if (lonLat != null) {
        collect(lonLat, lines, rings, pointList);
        kind = kind.and(GeometryKind.of(lonLat));
      }
      ChunkedGeometry shape = ChunkedGeometry.ofFlat(lines, rings);
      double[] points = new double[2 * pointList.size()];
      Envelope env = shape.envelope();
      for (int i = 0; i < pointList.size(); i++) {
        points[2 * i] = pointList.get(i)[0];
        points[2 * i + 1] = pointList.get(i)[1];
        env.expandToInclude(points[2 * i], points[2 * i + 1]);
      }
      vertices += shape.vertexCount() + pointList.size();
      extent.expandToInclude(env);
      features.add(new Feature(id, Map.copyOf(withoutNulls(properties)), shape, points, env));
      return this;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (properties != null) {
        properties.forEach(
            (k, v) -> {
              if (k != null && v != null) {
                out.put(k, v);
              }
            });
      }
      return out;
    }

    private void collect(
        Geometry g, List<double[]> lines, List<Boolean> rings, List<double[]> points) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part != g && part instanceof GeometryCollection) {
          collect(part, lines, rings, points); // a nested collection
        } else if (part instanceof Point p && !p.isEmpty()) {
          projection.project(p.getX(), p.getY(), xy);
          if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
            points.add(new double[] {xy[0], xy[1]});
          }
        } else if (part instanceof LineString ls) {
          lines.add(project(ls.getCoordinateSequence()));
          rings.add(false);
        } else if (part instanceof Polygon poly && !poly.isEmpty()) {
          lines.add(project(poly.getExteriorRing().getCoordinateSequence()));
          rings.add(true);
          for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            lines.add(project(poly.getInteriorRingN(h).getCoordinateSequence()));
            rings.add(true);
          }
        }
      }
    }

    /** Projects a sequence, dropping positions the projection cannot show (non-finite). */
    private double[] project(CoordinateSequence seq) {
      double[] out = new double[2 * seq.size()];
      int n = 0;
      for (int i = 0; i < seq.size(); i++) {
        projection.project(seq.getX(i), seq.getY(i), xy);
        if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
          out[n++] = xy[0];
          out[n++] = xy[1];
        }
      }
      return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Features added so far. */
    public int size() {
      return features.size();
    }

    /** The layer. */
    public ProjectedFeatures build() {
      return new ProjectedFeatures(List.copyOf(features), kind, new Envelope(extent), vertices);
    }
  }
}
