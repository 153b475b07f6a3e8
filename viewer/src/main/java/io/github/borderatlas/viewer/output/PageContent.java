package io.github.borderatlas.viewer.output;

import java.awt.Graphics2D;

/**
 * What goes on one page or image: drawn into a {@link Graphics2D} whose user space has its origin
 * at the top-left corner, y down, in the page's units (logical pixels for SVG and PNG, points for
 * PDF).
 */
@FunctionalInterface
public interface PageContent {

  /**
   * Draws the page.
   *
   * @param g the target; its state may be changed freely
   * @param width page width in the page's units
   * @param height page height in the page's units
   */
  void draw(Graphics2D g, double width, double height);
}
