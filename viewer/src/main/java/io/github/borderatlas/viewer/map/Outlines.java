package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.draw.ChunkedGeometry;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ScreenShapes;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Palette;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The hover and selection outlines the map draws over its rendered image on the event thread, for
 * atlas and added features alike. They come from geometry the render thread has prepared for the
 * view's scale ({@link ProjectedAtlas#readyChunks}, {@link
 * io.github.borderatlas.viewer.draw.ProjectedFeatures#readyShapes}): until it has, nothing is drawn
 * (the render that prepares it repaints when done), so painting never simplifies or chunks geometry
 * on the event thread. Points are ringed by a circle of {@link #POINT_RING_RADIUS_PX}. Stateless
 * and thread-safe (the graphics given are the caller's).
 */
final class Outlines {

  /** Radius of the ring drawn around a point feature, logical pixels. */
  static final double POINT_RING_RADIUS_PX = 10;

  private Outlines() {}

  /**
   * Outlines a feature in {@code color} with {@code stroke}.
   *
   * @param withHoles whether a polygon's interior rings are outlined too (the hover halo leaves
   *     them out: ringing the lakes cut out of a country would draw false shores)
   */
  static void draw(
      Graphics2D g,
      ProjectedAtlas atlas,
      Viewport vp,
      MapFeature f,
      Color color,
      Stroke stroke,
      boolean withHoles) {
    g.setColor(color);
    g.setStroke(stroke);
    Envelope clip = ScreenShapes.clipEnvelope(vp);
    double mpp = vp.metresPerPixel();
    if (f instanceof AddedFeature a) {
      List<ChunkedGeometry> shapes = a.layer().readyShapes(mpp).orElse(null);
      if (shapes == null) {
        return;
      }
      ChunkedGeometry shape = shapes.get(a.index());
      if (shape != ChunkedGeometry.EMPTY) {
        g.draw(withHoles ? shape.lines(vp, clip) : shape.outerLines(vp, clip));
      }
      double[] xy = a.feature().points();
      for (int i = 0; i + 1 < xy.length; i += 2) {
        if (clip.contains(xy[i], xy[i + 1])) {
          ring(g, vp.screenX(xy[i]), vp.screenY(xy[i + 1]));
        }
      }
    } else if (f instanceof MapFeature.OfAtlas o) {
      Geometry geom = atlas.readyGeometry(o.feature(), mpp);
      if (geom == null) {
        return;
      }
      if (geom.getDimension() == 0) {
        ring(g, vp.screenX(geom.getCentroid().getX()), vp.screenY(geom.getCentroid().getY()));
      } else {
        atlas
            .readyChunks(o.feature(), mpp)
            .ifPresent(c -> g.draw(withHoles ? c.lines(vp, clip) : c.outerLines(vp, clip)));
      }
    }
  }

  /**
   * Outlines the selection in {@link Palette#SELECTION}, holes included: the atlas feature, then
   * the features of added layers.
   */
  static void selection(
      Graphics2D g,
      ProjectedAtlas atlas,
      Viewport vp,
      Optional<AtlasFeature> atlasFeature,
      List<AddedFeature> added) {
    Stroke stroke = Palette.round(3f);
    atlasFeature.ifPresent(
        f -> draw(g, atlas, vp, MapFeature.of(f), Palette.SELECTION, stroke, true));
    for (AddedFeature a : added) {
      draw(g, atlas, vp, a, Palette.SELECTION, stroke, true);
    }
  }

  private static void ring(Graphics2D g, double x, double y) {
    double r = POINT_RING_RADIUS_PX;
    g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
  }
}
