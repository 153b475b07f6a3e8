package io.github.borderatlas.core.io.convert;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The exact test behind {@code --bbox}: does a geometry share at least one point with a lon/lat box
 * (edges included)? The box's edges are meridians and parallels and the geometry's edges are
 * straight lines in lon/lat, as RFC 7946 §3.1.1 reads coordinates, so the planar test in degrees is
 * the right one. A box with {@code west > east} crosses the antimeridian and is tested as its two
 * halves.
 *
 * <p>The reader has already dropped the features whose envelope misses the box; this removes the
 * ones whose envelope overlaps the box but whose shape does not (an L-shaped country next to the
 * box). Uses JTS's rectangle intersection (linear in the vertex count; accepts invalid polygons and
 * GeometryCollections); for a degenerate box (a line or a point) the general predicate, and should
 * that fail on an invalid geometry the feature is kept (the envelope test passed).
 *
 * <p>Immutable and thread-safe.
 */
final class BboxFilter {

  private final Geometry[] boxes;

  /**
   * @param bbox {@code [west, south, east, north]} in degrees, already checked
   */
  BboxFilter(double[] bbox, GeometryFactory factory) {
    double west = bbox[0];
    double south = bbox[1];
    double east = bbox[2];
    double north = bbox[3];
    if (west <= east) {
      boxes = new Geometry[] {factory.toGeometry(new Envelope(west, east, south, north))};
    } else {
      boxes =
          new Geometry[] {
            factory.toGeometry(new Envelope(west, 180, south, north)),
            factory.toGeometry(new Envelope(-180, east, south, north))
          };
    }
  }

  /** Whether {@code g} (non-null) intersects the box. */
  boolean intersects(Geometry g) {
    if (g.isEmpty()) {
      return false;
    }
    for (Geometry box : boxes) {
      try {
        if (box.intersects(g)) {
          return true;
        }
      } catch (RuntimeException e) {
        // JTS could not decide (an invalid geometry against a degenerate box): keep the feature
        if (box.getEnvelopeInternal().intersects(g.getEnvelopeInternal())) {
          return true;
        }
      }
    }
    return false;
  }
}
