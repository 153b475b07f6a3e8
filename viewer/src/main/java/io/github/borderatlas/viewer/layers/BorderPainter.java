package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * The border: a white casing, then each segment coloured and dashed by what it follows (land,
 * river, lake; see {@link Palette#border} and the legend). A border without segments is drawn as
 * land. Highlighted or selected segments get an amber glow underneath.
 */
public final class BorderPainter implements LayerPainter {

  @Override
  public BundledLayer layer() {
    return BundledLayer.BORDER;
  }

  @Override
  public void paint(RenderContext ctx) {
    Border border = ctx.atlas().atlas().border().orElse(null);
    if (border == null || !ctx.isInView(border)) {
      return;
    }
    Graphics2D g = ctx.graphics();
    Path2D line = ctx.lines(border);
    ctx.labels().addBarrier(line); // place labels keep to their side of it
    boolean borderCurrent = ctx.isCurrent(border);
    if (ctx.isEmphasised(border)) {
      glow(g, line);
    }
    for (BorderSegment s : border.segments()) {
      if (ctx.isEmphasised(s) && ctx.isInView(s)) {
        glow(g, ctx.lines(s));
      }
    }
    g.setColor(Palette.BORDER_CASING);
    g.setStroke(Palette.round(5.5f));
    g.draw(line);
    if (border.segments().isEmpty()) {
      g.setColor(borderCurrent ? Palette.BORDER_LAND : Palette.GHOST);
      g.setStroke(Palette.borderStroke(SegmentKind.LAND));
      g.draw(line);
      return;
    }
    for (BorderSegment s : border.segments()) {
      if (!ctx.isInView(s)) {
        continue;
      }
      Path2D path = ctx.lines(s);
      boolean current = borderCurrent && ctx.isCurrent(s);
      if (s.kind() != SegmentKind.LAND && current) {
        // a thin land-coloured core keeps dashed water stretches continuous
        g.setColor(Palette.border(s.kind()).darker());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(path);
      }
      g.setColor(current ? Palette.border(s.kind()) : Palette.GHOST);
      g.setStroke(Palette.borderStroke(s.kind()));
      g.draw(path);
    }
  }

  private static void glow(Graphics2D g, Path2D path) {
    g.setColor(Palette.HIGHLIGHT);
    g.setStroke(Palette.round(12f));
    g.draw(path);
  }
}
