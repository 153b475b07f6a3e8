package io.github.borderatlas.viewer.draw;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The rendering hints every map drawing uses: antialiasing, quality rendering, pure strokes and
 * fractional font metrics. Stateless and thread-safe (it changes only the graphics given).
 */
public final class RenderQuality {

  private RenderQuality() {}

  /** Antialiased, quality rendering with fractional font metrics. */
  public static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }
}
