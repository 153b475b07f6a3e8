package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.draw.ChunkedGeometry;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.ScreenShapes;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import io.github.borderatlas.viewer.layerlist.PointSymbol;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws an added layer ({@link ProjectedFeatures}) with its {@link LayerStyle}: polygon interiors
 * in the fill colour, lines and outlines in the stroke colour and width, a symbol at each point,
 * and labels from the style's label field. Shapes come from the layer's level-of-detail band for
 * the view, culled chunk by chunk ({@link ChunkedGeometry}), so a frame costs the vertices in view
 * at about half a pixel's detail. Stateless and thread-safe; runs on a render thread.
 */
public final class FeatureLayerPainter {

  /** Labels of added layers yield to the atlas' own labels. */
  static final int LABEL_PRIORITY = 5;

  private FeatureLayerPainter() {}

  /** Draws {@code features} in {@code style} into the context's graphics, with their labels. */
  public static void paint(RenderContext ctx, ProjectedFeatures features, LayerStyle style) {
    paintShapes(ctx.graphics(), ctx.viewport(), features, style);
    addLabels(ctx, features, style);
  }

  /**
   * Draws the fills, lines and point symbols of {@code features} in {@code style}, without labels.
   *
   * @param g where to draw; user space in logical pixels of {@code vp}
   */
  public static void paintShapes(
      Graphics2D g, Viewport vp, ProjectedFeatures features, LayerStyle style) {
    Envelope clip = ScreenShapes.clipEnvelope(vp);
    if (!clip.intersects(features.extent())) {
      return;
    }
    List<ProjectedFeatures.Feature> all = features.features();
    List<ChunkedGeometry> shapes = features.shapes(vp.metresPerPixel());
    BasicStroke stroke = Palette.round(style.strokeWidthPx());
    for (int i = 0; i < all.size(); i++) {
      ProjectedFeatures.Feature f = all.get(i);
      if (!clip.intersects(f.envelope())) {
        continue;
      }
      ChunkedGeometry shape = shapes.get(i);
      if (style.fill() != null && shape != ChunkedGeometry.EMPTY) {
        // antialiased, unlike the opaque country fills: a translucent fill drawn without
        // antialiasing takes Java2D's general span-compositing path, which made a frame of the
        // 168 MB OpenStreetMap file 1.2-1.3 times slower (LayerRenderBenchmark)
        g.setColor(style.fill());
        g.fill(shape.areas(vp, clip));
      }
      g.setColor(style.stroke());
      g.setStroke(stroke);
      if (shape != ChunkedGeometry.EMPTY) {
        g.draw(shape.lines(vp, clip));
      }
      points(g, vp, clip, f.points(), style);
    }
  }

  /** Adds the label of each feature of {@code features} in view to the context's label layout. */
  public static void addLabels(RenderContext ctx, ProjectedFeatures features, LayerStyle style) {
    if (style.labelField() == null) {
      return;
    }
    Envelope clip = ScreenShapes.clipEnvelope(ctx.viewport());
    if (!clip.intersects(features.extent())) {
      return;
    }
    for (ProjectedFeatures.Feature f : features.features()) {
      if (clip.intersects(f.envelope())) {
        label(ctx, clip, f, style);
      }
    }
  }

  private static void points(
      Graphics2D g, Viewport vp, Envelope clip, double[] xy, LayerStyle style) {
    double r = style.pointSizePx() / 2.0;
    for (int i = 0; i < xy.length; i += 2) {
      if (!clip.contains(xy[i], xy[i + 1])) {
        continue;
      }
      Shape s = symbol(style.pointSymbol(), vp.screenX(xy[i]), vp.screenY(xy[i + 1]), r);
      if (style.fill() != null) {
        g.setColor(style.fill());
        g.fill(s);
      }
      g.setColor(style.stroke());
      g.draw(s);
    }
  }

  /** A point symbol of radius {@code r} pixels centred on (x, y). */
  static Shape symbol(PointSymbol symbol, double x, double y, double r) {
    return switch (symbol) {
      case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
      case SQUARE -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
      case TRIANGLE -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r * 1.15);
        p.lineTo(x + r, y + r * 0.75);
        p.lineTo(x - r, y + r * 0.75);
        p.closePath();
        yield p;
      }
    };
  }

  /** Labels a feature at its first point, or at the centre of its envelope's part in view. */
  private static void label(
      RenderContext ctx, Envelope clip, ProjectedFeatures.Feature f, LayerStyle style) {
    String text = f.text(style.labelField());
    if (text == null || text.isBlank()) {
      return;
    }
    double x;
    double y;
    if (f.points().length >= 2) {
      x = f.points()[0];
      y = f.points()[1];
    } else {
      Envelope visible = f.envelope().intersection(clip);
      if (visible.isNull()) {
        return;
      }
      x = visible.centre().x;
      y = visible.centre().y;
    }
    Viewport vp = ctx.viewport();
    ctx.labels()
        .add(
            new Label(
                text.strip(),
                Palette.PLACE_FONT,
                Palette.LABEL,
                vp.screenX(x),
                vp.screenY(y),
                0,
                Label.Placement.around(style.pointSizePx() / 2.0 + 2),
                LABEL_PRIORITY));
  }
}
