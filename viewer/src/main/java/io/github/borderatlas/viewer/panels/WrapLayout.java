package io.github.borderatlas.viewer.panels;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A {@link FlowLayout} whose preferred size follows the rows it actually lays out: in a container
 * narrower than one row the components wrap onto further rows and the preferred height grows with
 * them, so a parent layout gives the extra rows room instead of cutting them off (a plain {@code
 * FlowLayout} always reports one row). The preferred width is the width of the widest row, so a
 * wide parent still lays everything out on one line. Meant for a container that spans its parent's
 * width (a row of a {@code BorderLayout} or a {@code BoxLayout} column).
 *
 * <p>Not thread-safe: Swing event dispatch thread only, like every layout manager.
 */
public final class WrapLayout extends FlowLayout {

  private static final long serialVersionUID = 1L;

  /** Left-aligned rows with the given gaps in pixels. */
  public WrapLayout(int hgapPx, int vgapPx) {
    super(FlowLayout.LEFT, hgapPx, vgapPx);
  }

  @Override
  public Dimension preferredLayoutSize(Container target) {
    return size(target, true);
  }

  @Override
  public Dimension minimumLayoutSize(Container target) {
    Dimension d = size(target, false);
    d.width -= getHgap() + 1; // room to shrink: the container wraps rather than asks for a row
    return d;
  }

  /**
   * The size of the rows laid out within the width of the target's parent (less its insets): the
   * parent is laid out before the target, so its width is already the one the target will get when
   * the target spans it (the timeline's rows do). Without a parent, the target's own width; without
   * either, one row.
   */
  private Dimension size(Container target, boolean preferred) {
    synchronized (target.getTreeLock()) {
      Container parent = target.getParent();
      int available =
          parent != null && parent.getWidth() > 0
              ? parent.getWidth() - parent.getInsets().left - parent.getInsets().right
              : target.getWidth();
      if (available <= 0) {
        available = Integer.MAX_VALUE;
      }
      Insets in = target.getInsets();
      int hgap = getHgap();
      int vgap = getVgap();
      int maxRow = available - in.left - in.right - 2 * hgap;
      int width = 0;
      int height = 0;
      int rowWidth = 0;
      int rowHeight = 0;
      for (Component c : target.getComponents()) {
        if (!c.isVisible()) {
          continue;
        }
        Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
        if (rowWidth > 0 && rowWidth + hgap + d.width > maxRow) {
          width = Math.max(width, rowWidth);
          height += rowHeight + vgap;
          rowWidth = 0;
          rowHeight = 0;
        }
        rowWidth += (rowWidth > 0 ? hgap : 0) + d.width;
        rowHeight = Math.max(rowHeight, d.height);
      }
      width = Math.max(width, rowWidth);
      height += rowHeight;
      return new Dimension(
          width + in.left + in.right + 2 * hgap, height + in.top + in.bottom + 2 * vgap);
    }
  }
}
