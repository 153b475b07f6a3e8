package io.github.borderatlas.core.geodesy;

import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Buffers of lon/lat geometries by a distance in metres, for "everything within 20 km of the
 * border" without choosing a projection.
 *
 * <p><b>Method.</b> The geometry is projected to an azimuthal equidistant projection ({@code
 * +proj=aeqd} on WGS84) centred on the middle of its envelope, buffered there with JTS {@link
 * Geometry#buffer(double, int)}, and projected back. Distances from the centre are true geodesic
 * distances at any range, so the buffer of a point is a geodesic circle however large the radius
 * (sampled at {@code 4 × quadrantSegments} vertices).
 *
 * <p><b>Accuracy.</b> Away from the centre the projection stretches distances across the radial
 * direction by {@code c / sin c} ({@code c} the angular distance from the centre): 0.1 % at 500 km,
 * 0.4 % at 1,000 km. Buffers of the whole China–Kazakhstan border (about 900 km from its middle to
 * its ends) are therefore up to about 0.3 % wider than asked at the ends; for tighter bounds,
 * buffer pieces of the geometry separately. Edges of the result are straight in the projection, not
 * geodesics.
 *
 * <p><b>Units and axes.</b> Input and output in WGS84 degrees, x = longitude (CRS:84); the result
 * is on {@code Geometries.FACTORY} (SRID 4326) and belongs to the caller. Distance in metres.
 *
 * <p><b>Thread safety.</b> Stateless and thread-safe.
 *
 * <pre>{@code
 * Geometry within20km = MetricBuffer.bufferMetres(border.line(), 20_000);
 * }</pre>
 */
public final class MetricBuffer {

  /** Segments per quarter circle of the buffer's round parts, as JTS's default. */
  public static final int QUADRANT_SEGMENTS = 8;

  private MetricBuffer() {}

  /**
   * The geometry buffered by {@code metres} (negative shrinks polygons), with {@link
   * #QUADRANT_SEGMENTS}.
   *
   * @param lonLat a geometry in WGS84 degrees, x = longitude; not empty
   * @param metres the buffer distance, metres; finite
   * @throws IllegalArgumentException when the geometry is empty or the distance not finite
   */
  public static Geometry bufferMetres(Geometry lonLat, double metres) {
    return bufferMetres(lonLat, metres, QUADRANT_SEGMENTS);
  }

  /**
   * As {@link #bufferMetres(Geometry, double)} with a chosen number of segments per quarter circle.
   *
   * @param quadrantSegments segments per quarter circle, ≥ 1
   */
  public static Geometry bufferMetres(Geometry lonLat, double metres, int quadrantSegments) {
    Objects.requireNonNull(lonLat, "lonLat");
    if (lonLat.isEmpty()) {
      throw new IllegalArgumentException("cannot buffer an empty geometry");
    }
    if (!Double.isFinite(metres)) {
      throw new IllegalArgumentException("buffer distance must be finite, was " + metres);
    }
    if (quadrantSegments < 1) {
      throw new IllegalArgumentException("quadrantSegments must be >= 1, was " + quadrantSegments);
    }
    Envelope e = lonLat.getEnvelopeInternal();
    RegionProjection aeqd =
        RegionProjection.fromProj4(
            String.format(
                Locale.ROOT,
                "+proj=aeqd +lat_0=%s +lon_0=%s +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs",
                (e.getMinY() + e.getMaxY()) / 2,
                (e.getMinX() + e.getMaxX()) / 2),
            0);
    return aeqd.inverse(aeqd.project(lonLat).buffer(metres, quadrantSegments));
  }
}
