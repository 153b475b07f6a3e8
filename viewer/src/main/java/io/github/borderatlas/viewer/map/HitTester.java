package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.layers.SectorPainter;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Finds the feature under a screen point, as the user sees it: the topmost visible layer first
 * (places, disputed sectors, border segments, rivers, lakes, then countries); points and lines are
 * hit within {@link #TOLERANCE_PX} pixels, areas when the point lies inside. Distances are computed
 * on the projected geometries at the view's level of detail when the render thread has computed it,
 * else at full detail ({@link ProjectedAtlas#readyGeometry}: hit testing never simplifies on the
 * event thread). Stateless and thread-safe.
 */
public final class HitTester {

  /** How close (logical pixels) a click must be to a point or line to hit it. */
  public static final double TOLERANCE_PX = 6;

  private static final GeometryFactory GF = new GeometryFactory();

  private static final List<Layer> ORDER =
      List.of(
          Layer.PLACE,
          Layer.DISPUTED_SECTOR,
          Layer.BORDER_SEGMENT,
          Layer.BORDER,
          Layer.RIVER,
          Layer.LAKE,
          Layer.COUNTRY);

  private HitTester() {}

  /**
   * The feature at screen point (px, py), if any.
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static Optional<AtlasFeature> hit(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    double mpp = vp.metresPerPixel();
    Point p = GF.createPoint(new Coordinate(vp.worldX(px), vp.worldY(py)));
    double tol = TOLERANCE_PX * mpp;
    for (Layer layer : ORDER) {
      Optional<BundledLayer> ml = BundledLayer.of(layer);
      if (ml.isEmpty() || !options.isVisible(ml.get())) {
        continue;
      }
      AtlasFeature best = null;
      double bestDistance = Double.MAX_VALUE;
      for (AtlasFeature f : atlas.drawable(layer)) {
        Geometry g = atlas.readyGeometry(f, mpp);
        if (g == null) {
          continue;
        }
        double reach = tol;
        if (layer == Layer.DISPUTED_SECTOR && g instanceof Puntal) {
          reach = Math.max(tol, radiusPx(f, mpp) * mpp); // drawn as a circle of its accuracy
        }
        Envelope env = new Envelope(g.getEnvelopeInternal());
        env.expandBy(reach);
        if (!env.contains(p.getCoordinate())) {
          continue;
        }
        double d =
            g.getDimension() == 2 && inside(g, p.getCoordinate()) ? 0 : DistanceOp.distance(g, p);
        if (d <= reach && d < bestDistance) {
          best = f;
          bestDistance = d;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /**
   * Point in (multi)polygon by ray crossing over the rings: no overlay, so it works on the slightly
   * invalid rings some source polygons have, and allocates nothing.
   */
  static boolean inside(Geometry areal, Coordinate c) {
    for (int i = 0; i < areal.getNumGeometries(); i++) {
      if (areal.getGeometryN(i) instanceof Polygon poly
          && poly.getEnvelopeInternal().contains(c)
          && RayCrossingCounter.locatePointInRing(c, poly.getExteriorRing().getCoordinateSequence())
              != Location.EXTERIOR) {
        boolean inHole = false;
        for (int h = 0; h < poly.getNumInteriorRing() && !inHole; h++) {
          inHole =
              RayCrossingCounter.locatePointInRing(
                      c, poly.getInteriorRingN(h).getCoordinateSequence())
                  == Location.INTERIOR;
        }
        if (!inHole) {
          return true;
        }
      }
    }
    return false;
  }

  private static double radiusPx(AtlasFeature f, double mpp) {
    var sector = (io.github.borderatlas.core.model.DisputedSector) f;
    double accuracy =
        sector.locationAccuracy() == null ? 0 : sector.locationAccuracy().radiusMetres();
    return Math.max(SectorPainter.MIN_RADIUS_PX, accuracy / mpp);
  }
}
