package io.github.borderatlas.viewer.panels;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;

/**
 * A panel that, when wrapped in a {@link JScrollPane}, follows the viewport's width instead of
 * growing past it, so its narrow-width layout keeps working; in height it either fills the viewport
 * too (a panel that scrolls its own content) or keeps its preferred height and scrolls vertically
 * (a {@link ColumnPanel}). Scrolls 16 pixels per unit and a viewport less 32 pixels per block. Use
 * on the Swing event thread only.
 */
abstract class FillingPanel extends JPanel implements Scrollable {

  private final boolean fillHeight;

  /** A panel that fills the viewport in both directions. */
  FillingPanel(LayoutManager layout) {
    this(layout, true);
  }

  /**
   * @param fillHeight true to fill the viewport's height, false to scroll vertically
   */
  FillingPanel(LayoutManager layout, boolean fillHeight) {
    super(layout);
    this.fillHeight = fillHeight;
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return 16;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return Math.max(16, visible.height - 32);
  }

  /**
   * Follows the viewport's width unless the viewport is narrower than the panel's minimum width (a
   * table that cannot wrap further): then the panel keeps that width and scrolls sideways rather
   * than cutting off its right edge.
   */
  @Override
  public boolean getScrollableTracksViewportWidth() {
    return !(getParent() instanceof javax.swing.JViewport v)
        || v.getWidth() >= getMinimumSize().width;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return fillHeight;
  }
}
