package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Something drawn over the rendered map on the event dispatch thread at every repaint (the measure
 * tool's line, for example); it must be cheap. Drawn in logical pixels of the current viewport. The
 * boxes of its text ({@link #labelObstacles}) keep the map's labels away; after they change, call
 * {@link MapView#overlaysChanged()}.
 */
@FunctionalInterface
public interface MapOverlay {

  /** Draws the overlay; {@code g} is a copy the overlay may change freely. */
  void paint(Graphics2D g, Viewport viewport, MapProjection projection);

  /**
   * The boxes (logical pixels of {@code viewport}) the overlay's text takes, which the map's labels
   * must not cover; none by default. Event dispatch thread; cheap.
   */
  default List<Rectangle2D> labelObstacles(Viewport viewport, MapProjection projection) {
    return List.of();
  }
}
