package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.layers.SectorPainter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * visible layer of the {@link RenderOptions#layers() layer list} first, the atlas' layers and the
 * files the user added alike (by default places, disputed sectors, border segments, rivers, lakes,
 * then countries, with added files above them); points and lines are hit within {@link
 * #TOLERANCE_PX} pixels, areas when the point lies inside. A hidden layer, or one faded to opacity
 * 0, is not hit. Distances are computed on the projected geometries at the view's level of detail
 * when the render thread has computed it, else at full detail ({@link ProjectedAtlas#readyGeometry}
 * and, for added layers, {@link LayerHits}: hit testing never simplifies on the event thread).
 * Stateless and thread-safe.
 */
public final class HitTester {

  /** How close (logical pixels) a click must be to a point or line to hit it. */
  public static final double TOLERANCE_PX = 6;

  private static final GeometryFactory GF = new GeometryFactory();

  /** The atlas layers in the order hit within their map layer (border segments before border). */
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
   * The atlas feature at screen point (px, py), if any: the first atlas feature of {@link #hitAll};
   * added layers are not looked at.
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static Optional<AtlasFeature> hit(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    return atlasOnly(hits(atlas, vp, options, px, py, false, true)).stream().findFirst();
  }

  /**
   * Every atlas feature at screen point (px, py), topmost first: by layer in drawing order from the
   * top (by default places, disputed sectors, border segments, border, rivers, lakes, countries),
   * and within a layer the nearest first. Added layers are left out ({@link #hitAllLayers} has
   * them).
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static List<AtlasFeature> hitAll(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    return atlasOnly(hits(atlas, vp, options, px, py, false, false));
  }

  /**
   * Every feature at screen point (px, py) in every visible layer, atlas or added, topmost first in
   * the layer list's drawing order, and within a layer the nearest first.
   *
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  public static List<MapFeature> hitAllLayers(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    return hits(atlas, vp, options, px, py, true, false);
  }

  /** The first of {@link #hitAllLayers}, if any (cheaper: stops at the first layer hit). */
  public static Optional<MapFeature> hitTop(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double px, double py) {
    return hits(atlas, vp, options, px, py, true, true).stream().findFirst();
  }

  private static List<AtlasFeature> atlasOnly(List<MapFeature> hits) {
    List<AtlasFeature> out = new ArrayList<>(hits.size());
    for (MapFeature f : hits) {
      if (f instanceof MapFeature.OfAtlas a) {
        out.add(a.feature());
      }
    }
    return List.copyOf(out);
  }

  private static List<MapFeature> hits(
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double px,
      double py,
      boolean withAdded,
      boolean firstOnly) {
    List<LayerEntry> layers = options.layers();
    Set<BundledLayer> seen = EnumSet.noneOf(BundledLayer.class);
    List<MapFeature> out = new ArrayList<>();
    for (int i = layers.size() - 1; i >= 0; i--) {
      LayerEntry entry = layers.get(i);
      if (!entry.visible() || entry.opacity() <= 0) {
        continue;
      }
      List<? extends MapFeature> inLayer = List.of();
      if (entry.source() instanceof LayerSource.Atlas a) {
        if (seen.add(a.layer())) {
          inLayer = atlasHits(atlas, vp, a.layer(), px, py, firstOnly);
        }
      } else if (withAdded && entry.source() instanceof LayerSource.File file) {
        inLayer = LayerHits.at(entry, file, vp, px, py);
      }
      if (firstOnly && !inLayer.isEmpty()) {
        return List.of(inLayer.get(0));
      }
      out.addAll(inLayer);
    }
    return List.copyOf(out);
  }

  private static List<MapFeature> atlasHits(
      ProjectedAtlas atlas,
      Viewport vp,
      BundledLayer mapLayer,
      double px,
      double py,
      boolean firstOnly) {
    double mpp = vp.metresPerPixel();
    Point p = GF.createPoint(new Coordinate(vp.worldX(px), vp.worldY(py)));
    double tol = TOLERANCE_PX * mpp;
    List<MapFeature> out = new ArrayList<>();
    for (Layer layer : ORDER) {
      if (!mapLayer.atlasLayers().contains(layer)) {
        continue;
      }
      List<MapFeature> inLayer = new ArrayList<>();
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
          inLayer.add(at, MapFeature.of(f));
          distances.add(at, d);
        }
      }
      if (!inLayer.isEmpty() && firstOnly) {
        return List.of(inLayer.get(0));
      }
      out.addAll(inLayer);
    }
    return out;
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
