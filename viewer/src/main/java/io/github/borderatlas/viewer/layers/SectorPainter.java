package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;

/**
 * Disputed sectors: an orange hatched area with a dashed outline. Most sectors are known only as an
 * approximate point; they are drawn as a hatched circle whose radius is the position's accuracy (at
 * least {@link #MIN_RADIUS_PX} pixels), which shows how vague the location is.
 */
public final class SectorPainter implements LayerPainter {

  /** Smallest drawn radius of a point sector, pixels. */
  public static final double MIN_RADIUS_PX = 9;

  private static final BasicStroke DASHED =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {5f, 3f}, 0f);

  @Override
  public BundledLayer layer() {
    return BundledLayer.DISPUTED;
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    for (AtlasFeature f : ctx.atlas().drawable(Layer.DISPUTED_SECTOR)) {
      if (!ctx.isInView(f)) {
        continue;
      }
      DisputedSector sector = (DisputedSector) f;
      Shape shape = shape(ctx, sector);
      if (shape == null) {
        continue;
      }
      if (ctx.isEmphasised(f)) {
        g.setColor(Palette.HIGHLIGHT);
        g.setStroke(Palette.round(8f));
        g.draw(shape);
      }
      boolean current = ctx.isCurrent(f);
      g.setColor(current ? Palette.DISPUTED_FILL : Palette.GHOST);
      g.fill(shape);
      hatch(g, shape, current);
      g.setColor(current ? Palette.DISPUTED : Palette.GHOST);
      g.setStroke(DASHED);
      g.draw(shape);
      Rectangle2D b = shape.getBounds2D();
      if (ctx.isDateUnknown(f)) {
        DateUnknownMark.draw(g, b.getCenterX(), b.getMinY());
      }
      ctx.labels()
          .add(
              new Label(
                  ctx.labelName(f),
                  Palette.SECTOR_FONT,
                  current ? Palette.DISPUTED.darker() : Palette.GHOST,
                  b.getCenterX(),
                  b.getCenterY(),
                  0,
                  Label.Placement.around(Math.min(b.getWidth(), b.getHeight()) / 2),
                  40));
    }
  }

  /** The screen shape of a sector: its area, or a circle of its accuracy around its point. */
  static Shape shape(RenderContext ctx, DisputedSector sector) {
    Geometry geom = ctx.geometry(sector);
    if (geom == null) {
      return null;
    }
    if (geom instanceof Puntal) {
      double accuracy =
          sector.locationAccuracy() == null ? 0 : sector.locationAccuracy().radiusMetres();
      double r = Math.max(MIN_RADIUS_PX, accuracy / ctx.viewport().metresPerPixel());
      r = Math.min(r, 2 * Math.max(ctx.viewport().width(), ctx.viewport().height()));
      double x = ctx.viewport().screenX(geom.getCentroid().getX());
      double y = ctx.viewport().screenY(geom.getCentroid().getY());
      return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }
    if (geom.getDimension() == 2) {
      return ctx.areas(sector);
    }
    return ctx.lines(sector);
  }

  private static void hatch(Graphics2D g, Shape shape, boolean current) {
    Graphics2D h = (Graphics2D) g.create();
    try {
      h.clip(shape);
      h.setColor(current ? Palette.DISPUTED : Palette.GHOST);
      h.setStroke(new BasicStroke(1f));
      Rectangle2D b =
          shape.getBounds2D().createIntersection(new Rectangle2D.Double(-10, -10, 1e5, 1e5));
      double step = 6;
      for (double d = b.getMinX() - b.getHeight(); d < b.getMaxX(); d += step) {
        h.draw(new Line2D.Double(d, b.getMaxY(), d + b.getHeight(), b.getMinY()));
      }
    } finally {
      h.dispose();
    }
  }
}
