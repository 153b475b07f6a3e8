package io.github.borderatlas.viewer.draw;

import io.github.borderatlas.core.geodesy.PointTransform;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * An atlas made ready for drawing: every feature's geometry projected once to metres with a {@link
 * MapProjection}, plus level-of-detail copies simplified per scale band.
 *
 * <p>Level of detail: a view at {@code m} metres per pixel uses geometries simplified with JTS
 * {@link TopologyPreservingSimplifier} at a tolerance of the power of two just below {@code m / 2}
 * metres (half a pixel, so the simplification is invisible), computed for all features on first use
 * of a band and cached. Views closer than {@link #FULL_DETAIL_TOLERANCE} metres use the full
 * geometry. For drawing, each feature's geometry at a band is also kept as a {@link
 * ChunkedGeometry} (flat coordinate arrays in chunks with envelopes, built on first use), so a
 * frame neither re-simplifies, re-clips nor copies off-screen vertices. These are the map's
 * geometry caches; they live as long as this object (the chunks take 16 bytes per vertex: at most
 * about 1.5 MB per band used for the bundled atlas).
 *
 * <p>Thread-safe: immutable apart from the band caches, which are concurrent maps whose values are
 * immutable. Geometries returned must not be mutated.
 */
public final class ProjectedAtlas {

  /** Below this tolerance in metres the full-detail geometry is drawn. */
  public static final double FULL_DETAIL_TOLERANCE = 4.0;

  private final Atlas atlas;
  private final MapProjection projection;
  private final Map<String, Geometry> projected;
  private final Envelope dataExtent;
  private final Envelope fullExtent;
  private final Map<Integer, Map<String, Geometry>> bands = new ConcurrentHashMap<>();
  private final Map<Integer, Map<String, ChunkedGeometry>> chunkBands = new ConcurrentHashMap<>();

  /** Projects every feature of {@code atlas} with {@code projection}. */
  public ProjectedAtlas(Atlas atlas, MapProjection projection) {
    if (atlas == null || projection == null) {
      throw new IllegalArgumentException("atlas and projection are required");
    }
    this.atlas = atlas;
    this.projection = projection;
    Map<String, Geometry> map = new HashMap<>();
    Envelope data = new Envelope();
    Envelope full = new Envelope();
    for (AtlasFeature f : atlas.features()) {
      Geometry g = f.geometry();
      if (g == null || g.isEmpty()) {
        continue;
      }
      Geometry p = project(g, projection);
      map.put(f.id(), p);
      full.expandToInclude(p.getEnvelopeInternal());
      if (isSubject(f.layer())) {
        data.expandToInclude(p.getEnvelopeInternal());
      }
    }
    this.projected = Collections.unmodifiableMap(map);
    this.dataExtent = data.isNull() ? full : data;
    this.fullExtent = full;
  }

  private static boolean isSubject(Layer layer) {
    return layer == Layer.BORDER
        || layer == Layer.BORDER_SEGMENT
        || layer == Layer.RIVER
        || layer == Layer.LAKE
        || layer == Layer.DISPUTED_SECTOR;
  }

  /** A projected copy of a lon/lat geometry (x, y in metres). */
  public static Geometry project(Geometry lonLat, MapProjection projection) {
    PointTransform toMetres = projection::project;
    return toMetres.transform(lonLat);
  }

  public Atlas atlas() {
    return atlas;
  }

  public MapProjection projection() {
    return projection;
  }

  /**
   * Projected extent of the map's subject (border, rivers, lakes, sectors), metres; the extent of
   * everything when there is none; a null envelope for an atlas without geometry.
   */
  public Envelope dataExtent() {
    return new Envelope(dataExtent);
  }

  /** Projected extent of every feature, metres. */
  public Envelope fullExtent() {
    return new Envelope(fullExtent);
  }

  /** The full-detail projected geometry of a feature, or {@code null} when it has none. */
  public Geometry geometry(AtlasFeature feature) {
    return projected.get(feature.id());
  }

  /**
   * The projected geometry of a feature simplified for a view at {@code metresPerPixel}, or {@code
   * null} when it has none.
   */
  public Geometry geometry(AtlasFeature feature, double metresPerPixel) {
    int band = band(metresPerPixel);
    if (band == Integer.MIN_VALUE) {
      return projected.get(feature.id());
    }
    Map<String, Geometry> simplified = bands.computeIfAbsent(band, this::simplifyAll);
    Geometry g = simplified.get(feature.id());
    return g != null ? g : projected.get(feature.id());
  }

  /**
   * The geometry of a feature at the level of detail of a view at {@code metresPerPixel} when that
   * band is already computed, else the full-detail geometry; never computes a band. For the event
   * dispatch thread (hover outline, hit testing), which must not wait for a band's simplification:
   * the render thread computes it for the frame it draws. {@code null} when the feature has none.
   */
  public Geometry readyGeometry(AtlasFeature feature, double metresPerPixel) {
    int band = band(metresPerPixel);
    Map<String, Geometry> simplified = band == Integer.MIN_VALUE ? null : bands.get(band);
    Geometry g = simplified == null ? null : simplified.get(feature.id());
    return g != null ? g : projected.get(feature.id());
  }

  /**
   * The chunked geometry of a feature at the level of detail of a view at {@code metresPerPixel}
   * when the render thread has already built it (it does for every feature it draws), else empty;
   * never builds. For the event dispatch thread (hover and selection outlines).
   */
  public Optional<ChunkedGeometry> readyChunks(AtlasFeature feature, double metresPerPixel) {
    Map<String, ChunkedGeometry> byId = chunkBands.get(band(metresPerPixel));
    return Optional.ofNullable(byId == null ? null : byId.get(feature.id()));
  }

  /**
   * The geometry of a feature at the level of detail of a view at {@code metresPerPixel}, chunked
   * for drawing ({@link ChunkedGeometry#EMPTY} when it has none); cached per band and feature.
   */
  public ChunkedGeometry chunks(AtlasFeature feature, double metresPerPixel) {
    Map<String, ChunkedGeometry> byId =
        chunkBands.computeIfAbsent(band(metresPerPixel), b -> new ConcurrentHashMap<>());
    ChunkedGeometry c = byId.get(feature.id());
    if (c == null) {
      c = ChunkedGeometry.of(geometry(feature, metresPerPixel));
      byId.putIfAbsent(feature.id(), c);
    }
    return c;
  }

  /**
   * The band index for a scale: {@code floor(log2(metresPerPixel / 2))}, or {@link
   * Integer#MIN_VALUE} when that tolerance is below {@link #FULL_DETAIL_TOLERANCE}.
   */
  static int band(double metresPerPixel) {
    double tolerance = metresPerPixel / 2;
    if (!(tolerance >= FULL_DETAIL_TOLERANCE)) {
      return Integer.MIN_VALUE;
    }
    return Math.getExponent(tolerance);
  }

  /** The tolerance in metres used for a band. */
  static double tolerance(int band) {
    return Math.scalb(1.0, band);
  }

  /** Number of cached level-of-detail bands (for tests and diagnostics). */
  public int cachedBands() {
    return bands.size();
  }

  private Map<String, Geometry> simplifyAll(int band) {
    double tolerance = tolerance(band);
    Map<String, Geometry> out = new HashMap<>();
    for (Map.Entry<String, Geometry> e : projected.entrySet()) {
      Geometry g = e.getValue();
      if (g instanceof Puntal || g.getNumPoints() < 8) {
        continue;
      }
      Geometry s = TopologyPreservingSimplifier.simplify(g, tolerance);
      if (!s.isEmpty()) {
        out.put(e.getKey(), s);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The features of the given layers that have a geometry, in the atlas' stable order. */
  public List<AtlasFeature> drawable(Layer layer) {
    List<AtlasFeature> out = new ArrayList<>();
    for (AtlasFeature f : atlas.features(layer)) {
      if (projected.containsKey(f.id())) {
        out.add(f);
      }
    }
    return out;
  }
}
