package io.github.borderatlas.viewer.panels;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;

/**
 * A panel that scrolls its own content and, if a caller still wraps it in a {@link JScrollPane},
 * fills that scroll pane's viewport instead of growing past it, so its narrow-width layout keeps
 * working. Use on the Swing event thread only.
 */
abstract class FillingPanel extends JPanel implements Scrollable {

  FillingPanel(LayoutManager layout) {
    super(layout);
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

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return true;
  }
}
