package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.layerlist.BundledLayer;

/**
 * Draws one layer of the atlas. Painters run in the layer list's order on a render thread (never
 * the EDT unless the caller chooses to); they draw into {@link RenderContext#graphics()} in logical
 * pixels and queue their labels in {@link RenderContext#labels()}. Implementations are stateless
 * and thread-safe.
 */
public interface LayerPainter {

  /** The layer this painter draws. */
  BundledLayer layer();

  /** Draws the layer. */
  void paint(RenderContext ctx);
}
