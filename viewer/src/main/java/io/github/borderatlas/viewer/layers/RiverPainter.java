package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Rivers: blue lines (transboundary rivers wider), chevrons pointing downstream every {@link
 * #ARROW_SPACING_PX} pixels (river geometries run downstream), and the name set along the line,
 * upright, above or below it, where it fits.
 */
public final class RiverPainter implements LayerPainter {

  /** Pixels between flow arrows along a river. */
  public static final double ARROW_SPACING_PX = 160;

  @Override
  public BundledLayer layer() {
    return BundledLayer.RIVERS;
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    for (AtlasFeature f : ctx.atlas().drawable(Layer.RIVER)) {
      if (!ctx.isInView(f)) {
        continue;
      }
      River river = (River) f;
      Path2D path = ctx.lines(f);
      float width = river.transboundary() ? 1.9f : 1.3f;
      if (ctx.isEmphasised(f)) {
        g.setColor(Palette.HIGHLIGHT);
        g.setStroke(Palette.round(width + 7f));
        g.draw(path);
      }
      g.setColor(ctx.isCurrent(f) ? Palette.RIVER : Palette.GHOST);
      g.setStroke(Palette.round(width));
      g.draw(path);
      List<double[]> parts = ScreenPolylines.subpaths(path);
      arrows(g, parts, width);
      label(ctx, f, parts);
    }
  }

  private static void arrows(Graphics2D g, List<double[]> parts, float width) {
    double size = 3.5 + width;
    g.setStroke(Palette.round(Math.max(1.2f, width * 0.8f)));
    for (double[] xy : parts) {
      double len = ScreenPolylines.length(xy);
      for (double d = ARROW_SPACING_PX / 2; d < len; d += ARROW_SPACING_PX) {
        double[] p = ScreenPolylines.pointAt(xy, d);
        if (p == null) {
          break;
        }
        double a = p[2];
        Path2D.Double chevron = new Path2D.Double();
        chevron.moveTo(p[0] + size * Math.cos(a + 2.6), p[1] + size * Math.sin(a + 2.6));
        chevron.lineTo(p[0], p[1]);
        chevron.lineTo(p[0] + size * Math.cos(a - 2.6), p[1] + size * Math.sin(a - 2.6));
        g.draw(chevron);
      }
    }
  }

  private static void label(RenderContext ctx, AtlasFeature f, List<double[]> parts) {
    double[] longest = null;
    double best = 0;
    for (double[] xy : parts) {
      double len = ScreenPolylines.length(xy);
      if (len > best) {
        best = len;
        longest = xy;
      }
    }
    String text = ctx.labelName(f);
    double textWidth = text.length() * 7.0;
    if (longest == null || best < textWidth * 1.5) {
      return;
    }
    List<Label.Anchor> anchors = new ArrayList<>();
    for (double frac : new double[] {0.5, 0.3, 0.7, 0.15, 0.85}) {
      double[] a = ScreenPolylines.pointAt(longest, best * frac - textWidth / 2);
      double[] b = ScreenPolylines.pointAt(longest, best * frac + textWidth / 2);
      if (a == null || b == null) {
        continue;
      }
      double angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
      if (Math.cos(angle) < 0) {
        angle += Math.PI; // keep the text upright
      }
      anchors.add(new Label.Anchor((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, angle));
    }
    if (anchors.isEmpty()) {
      return;
    }
    ctx.labels()
        .add(
            new Label(
                text,
                Palette.WATER_FONT,
                Palette.WATER_LABEL,
                anchors,
                List.of(new Label.Placement(0, -3, 0.5, 1), new Label.Placement(0, 3, 0.5, 0)),
                50));
  }
}
