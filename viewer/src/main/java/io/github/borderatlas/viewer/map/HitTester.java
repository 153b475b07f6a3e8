package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.layers.SectorPainter;
import java.util.ArrayList;
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
 * Finds the feature (or every feature) under a screen point, as the user sees it: the topmost
 * visible layer first (places, disputed sectors, border segments, rivers, lakes, then countries);
 * points and lines are hit within {@link #TOLERANCE_PX} pixels, areas when the point lies inside.
 * Distances are computed on the projected geometries at the view's level of detail when the render
 * thread has computed it, else at full detail ({@link ProjectedAtlas#readyGeometry}: hit testing
 * never simplifies on the event thread). Stateless and thread-safe.
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
   * The feature at screen point (px, py), if any: the first of {@link #hitAll}.
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static Optional<AtlasFeature> hit(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    List<AtlasFeature> all = hits(atlas, vp, options, px, py, true);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every feature at screen point (px, py), topmost first: by layer in drawing order from the top
   * (places, disputed sectors, border segments, border, rivers, lakes, countries), and within a
   * layer the nearest first.
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static List<AtlasFeature> hitAll(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    return hits(atlas, vp, options, px, py, false);
  }

  private static List<AtlasFeature> hits(
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double px,
      double py,
      boolean firstOnly) {
    double mpp = vp.metresPerPixel();
    Point p = GF.createPoint(new Coordinate(vp.worldX(px), vp.worldY(py)));
    double tol = TOLERANCE_PX * mpp;
    List<AtlasFeature> out = new ArrayList<>();
    for (Layer layer : ORDER) {
      Optional<BundledLayer> ml = BundledLayer.of(layer);
      if (ml.isEmpty() || !options.isVisible(ml.get())) {
        continue;
      }
      List<AtlasFeature> inLayer = new ArrayList<>();
      List<Double> distances = new ArrayList<>();
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
        if (d <= reach) {
          int at = 0;
          while (at < distances.size() && distances.get(at) <= d) {
            at++; // stable: of equally near features the first drawn stays first
          }
          inLayer.add(at, f);
          distances.add(at, d);
        }
      }
      if (!inLayer.isEmpty() && firstOnly) {
        return List.of(inLayer.get(0));
      }
      out.addAll(inLayer);
    }
    return List.copyOf(out);
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
