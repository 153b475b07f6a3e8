package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Graphics2D;

/**
 * Something drawn over the rendered map on the event dispatch thread at every repaint (the measure
 * tool's line, for example); it must be cheap. Drawn in logical pixels of the current viewport.
 */
@FunctionalInterface
public interface MapOverlay {

  /** Draws the overlay; {@code g} is a copy the overlay may change freely. */
  void paint(Graphics2D g, Viewport viewport, MapProjection projection);
}
