package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.map.MapView;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Zooms a map to features: the view fitted to their lon/lat bounding box as projected (each edge of
 * the box sampled at {@value #SAMPLES} points, so the curved edges of the projected box are
 * covered), at least {@value #MIN_SPAN_METRES} m across so that a single place is shown with its
 * surroundings. Cheap enough for the event thread: it projects the box, not the geometries.
 * Stateless.
 */
final class MapFocus {

  /** Points per edge of the box. */
  static final int SAMPLES = 9;

  /** The least extent shown, metres of the map plane. */
  static final double MIN_SPAN_METRES = 20_000;

  private MapFocus() {}

  /**
   * Fits the map to the geometries (lon/lat); does nothing when none has coordinates or the map has
   * no size yet. Event dispatch thread.
   *
   * @return whether the view changed
   */
  static boolean zoomTo(MapView map, List<Geometry> geometries) {
    Envelope lonLat = new Envelope();
    for (Geometry g : geometries) {
      if (g != null && !g.isEmpty()) {
        lonLat.expandToInclude(g.getEnvelopeInternal());
      }
    }
    if (lonLat.isNull() || map.viewport() == null) {
      return false;
    }
    Envelope world = projected(lonLat, map.projectedAtlas().projection());
    double grow = Math.max(0, MIN_SPAN_METRES - Math.min(world.getWidth(), world.getHeight()));
    world.expandBy(grow / 2);
    map.setViewport(
        Viewport.fit(
            world,
            Math.max(1, map.getWidth()),
            Math.max(1, map.getHeight()),
            MapView.FIT_MARGIN_PX));
    return true;
  }

  private static Envelope projected(Envelope box, MapProjection projection) {
    Envelope out = new Envelope();
    double[] xy = new double[2];
    for (int i = 0; i < SAMPLES; i++) {
      double t = i / (double) (SAMPLES - 1);
      double lon = box.getMinX() + t * box.getWidth();
      double lat = box.getMinY() + t * box.getHeight();
      for (double[] ll :
          new double[][] {
            {lon, box.getMinY()}, {lon, box.getMaxY()}, {box.getMinX(), lat}, {box.getMaxX(), lat}
          }) {
        projection.project(ll[0], ll[1], xy);
        out.expandToInclude(xy[0], xy[1]);
      }
    }
    return out;
  }
}
