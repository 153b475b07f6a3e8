package io.github.borderatlas.viewer.layers;

/**
 * Draws one map layer. Painters run in {@link MapLayer} order on a render thread (never the EDT
 * unless the caller chooses to); they draw into {@link RenderContext#graphics()} in logical pixels
 * and queue their labels in {@link RenderContext#labels()}. Implementations are stateless and
 * thread-safe.
 */
public interface LayerPainter {

  /** The layer this painter draws. */
  MapLayer layer();

  /** Draws the layer. */
  void paint(RenderContext ctx);
}
