package io.github.borderatlas.viewer.panels;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import javax.swing.BorderFactory;
import javax.swing.JScrollPane;

/**
 * A vertical stack of components, each as wide as the column and as high as it prefers at that
 * width (so HTML text wraps and charts fit), meant for a {@link JScrollPane}: it follows the
 * viewport's width and scrolls vertically ({@link FillingPanel} without filling the height). Use on
 * the Swing event thread only.
 */
final class ColumnPanel extends FillingPanel {

  private static final int GAP = 6;

  ColumnPanel() {
    super(new Column(), false);
    setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
  }

  /** Adds a component below the previous ones, spanning the width. */
  void addRow(Component c) {
    add(c);
  }

  /** This column in a borderless scroll pane. */
  JScrollPane scrolled() {
    JScrollPane scroll = new JScrollPane(this);
    scroll.setBorder(null);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    return scroll;
  }

  /** Full width, preferred height at that width, top to bottom. */
  private static final class Column implements LayoutManager {

    @Override
    public void addLayoutComponent(String name, Component comp) {}

    @Override
    public void removeLayoutComponent(Component comp) {}

    @Override
    public Dimension preferredLayoutSize(Container parent) {
      Insets in = parent.getInsets();
      int width = parent.getWidth() > 0 ? parent.getWidth() - in.left - in.right : 0;
      int prefWidth = 0;
      int h = 0;
      for (Component c : parent.getComponents()) {
        if (width > 0) {
          c.setSize(width, Math.max(1, c.getHeight()));
        }
        Dimension d = c.getPreferredSize();
        prefWidth = Math.max(prefWidth, Math.min(d.width, 720));
        h += d.height + GAP;
      }
      return new Dimension(prefWidth + in.left + in.right, h + in.top + in.bottom);
    }

    /** As wide as the widest row's minimum (an HTML table's longest unbreakable line). */
    @Override
    public Dimension minimumLayoutSize(Container parent) {
      Insets in = parent.getInsets();
      int width = 160;
      for (Component c : parent.getComponents()) {
        width = Math.max(width, c.getMinimumSize().width + in.left + in.right);
      }
      return new Dimension(width, 40);
    }

    @Override
    public void layoutContainer(Container parent) {
      Insets in = parent.getInsets();
      int width = Math.max(1, parent.getWidth() - in.left - in.right);
      int y = in.top;
      for (Component c : parent.getComponents()) {
        c.setSize(width, Math.max(1, c.getHeight()));
        int h = c.getPreferredSize().height;
        c.setBounds(in.left, y, width, h);
        y += h + GAP;
      }
    }
  }
}
