package io.github.borderatlas.benchmarks.render;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ScreenShapes;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.CountryPainter;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.map.MapRenderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The floor of a map frame: the map's geometry (country fills and outlines, lake fills and shores,
 * rivers, the border's casing and its segments) already projected, simplified for the view's scale
 * band and turned into screen-space {@link Path2D}s once, so that drawing it measures only what
 * Java2D needs to rasterise the same shapes with antialiasing: no labels, graticule, symbols,
 * legend, clipping or per-frame geometry work.
 *
 * <p>Immutable after construction; drawing is single-threaded per graphics.
 */
final class FloorScene {

  private record Item(Shape shape, Color color, Stroke stroke) {}

  private final List<Item> items = new ArrayList<>();
  private final int width;
  private final int height;

  /** Prepares the shapes of {@code pa} seen in {@code vp}. */
  FloorScene(ProjectedAtlas pa, Viewport vp) {
    this.width = vp.width();
    this.height = vp.height();
    double mpp = vp.metresPerPixel();
    List<Path2D> outlines = new ArrayList<>();
    for (AtlasFeature f : pa.drawable(Layer.COUNTRY)) {
      Geometry g = pa.geometry(f, mpp);
      items.add(
          new Item(ScreenShapes.areas(g, vp), CountryPainter.fill(((Country) f).isoA3()), null));
      outlines.add(ScreenShapes.lines(g, vp));
    }
    Stroke thin = Palette.round(0.8f);
    for (Path2D p : outlines) {
      items.add(new Item(p, Palette.COUNTRY_EDGE, thin));
    }
    for (AtlasFeature f : pa.drawable(Layer.LAKE)) {
      Path2D area = ScreenShapes.areas(pa.geometry(f, mpp), vp);
      items.add(new Item(area, Palette.LAKE_FILL, null));
      items.add(new Item(area, Palette.LAKE_EDGE, thin));
    }
    for (AtlasFeature f : pa.drawable(Layer.RIVER)) {
      float w = ((River) f).transboundary() ? 1.9f : 1.3f;
      items.add(
          new Item(ScreenShapes.lines(pa.geometry(f, mpp), vp), Palette.RIVER, Palette.round(w)));
    }
    pa.atlas()
        .border()
        .ifPresent(
            b -> {
              items.add(
                  new Item(
                      ScreenShapes.lines(pa.geometry(b, mpp), vp),
                      Palette.BORDER_CASING,
                      Palette.round(5.5f)));
              for (BorderSegment s : b.segments()) {
                items.add(
                    new Item(
                        ScreenShapes.lines(pa.geometry(s, mpp), vp),
                        Palette.border(s.kind()),
                        Palette.borderStroke(s.kind())));
              }
            });
  }

  /** Number of shapes drawn per frame. */
  int size() {
    return items.size();
  }

  /** Draws paper and every shape with the map's rendering hints (antialiasing on). */
  void draw(Graphics2D g) {
    MapRenderer.hints(g);
    g.setColor(Palette.PAPER);
    g.fillRect(0, 0, width, height);
    for (Item it : items) {
      g.setColor(it.color);
      if (it.stroke == null) {
        g.fill(it.shape);
      } else {
        g.setStroke(it.stroke);
        g.draw(it.shape);
      }
    }
  }
}
