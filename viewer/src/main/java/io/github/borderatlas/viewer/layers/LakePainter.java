package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Lakes and reservoirs: blue fill with islands left as holes, a darker shore, italic names. */
public final class LakePainter implements LayerPainter {

  /** Lakes smaller than this on screen (pixels of their envelope's longer side) get no label. */
  static final double MIN_LABEL_SIZE_PX = 25;

  @Override
  public BundledLayer layer() {
    return BundledLayer.LAKES;
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    for (AtlasFeature f : ctx.atlas().drawable(Layer.LAKE)) {
      if (!ctx.isInView(f)) {
        continue;
      }
      Path2D area = ctx.areas(f);
      boolean current = ctx.isCurrent(f);
      if (ctx.isEmphasised(f)) {
        g.setColor(Palette.HIGHLIGHT);
        g.setStroke(Palette.round(7f));
        g.draw(area);
      }
      g.setColor(current ? Palette.LAKE_FILL : Palette.GHOST);
      g.fill(area);
      g.setColor(current ? Palette.LAKE_EDGE : Palette.GHOST);
      g.setStroke(Palette.round(0.8f));
      g.draw(area);
      label(ctx, f);
    }
  }

  private static void label(RenderContext ctx, AtlasFeature f) {
    Geometry geom = ctx.geometry(f);
    double sizePx =
        Math.max(geom.getEnvelopeInternal().getWidth(), geom.getEnvelopeInternal().getHeight())
            / ctx.viewport().metresPerPixel();
    if (sizePx < MIN_LABEL_SIZE_PX) {
      return;
    }
    Coordinate p = InteriorPoint.getInteriorPoint(geom);
    if (p == null) {
      return;
    }
    double x = ctx.viewport().screenX(p.x);
    double y = ctx.viewport().screenY(p.y);
    boolean inside = sizePx > 120;
    List<Label.Placement> where =
        inside
            ? List.of(
                Label.Placement.CENTRE,
                new Label.Placement(0, 14, 0.5, 0.5),
                new Label.Placement(0, -14, 0.5, 0.5))
            : Label.Placement.around(sizePx / 4);
    ctx.labels()
        .add(
            new Label(
                ctx.labelName(f), Palette.LAKE_FONT, Palette.WATER_LABEL, x, y, 0, where, 60));
  }
}
