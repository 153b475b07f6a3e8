package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * What the map shows at one moment, captured on the event dispatch thread ({@link
 * MapView#snapshot()}) so that it can be drawn or exported on a worker thread. Immutable and
 * thread-safe.
 *
 * @param atlas the projected atlas
 * @param viewport the view (logical pixels, map metres)
 * @param options layers, date, highlight and selection
 */
public record MapSnapshot(ProjectedAtlas atlas, Viewport viewport, RenderOptions options) {

  /** Checks the components. */
  public MapSnapshot {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(viewport, "viewport");
    Objects.requireNonNull(options, "options");
  }

  /**
   * Draws the snapshot into a new image at {@code scale} device pixels per logical pixel; any
   * thread.
   */
  public BufferedImage render(double scale) {
    return MapRenderer.renderImage(atlas, viewport, options, scale);
  }
}
