package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Confidence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.event.MouseEvent;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;

/**
 * A horizontal bar chart painted with Graphics2D: groups of labelled bars, each bar one value, a
 * stack of parts (for example China and Kazakhstan), or a range (a published "1.5–2.0"), drawn to a
 * common scale per group and followed by its value and a remark (such as a difference in km and %).
 * Less trusted values are paler and weak ones get a dashed outline (see {@link ChartColors}).
 *
 * <p>Colours come from the look and feel at paint time and data colours are made readable on the
 * background, so the chart reads in light and dark themes. Drawn in user space (sharp on HiDPI).
 * Use on the Swing event thread only.
 */
public final class BarChart extends JComponent {

  static final int PAD = 8;
  static final int ROW = 22;
  static final int BAR = 13;
  static final int GROUP_GAP = 10;
  static final int REMARK = 15;

  /** One part of a bar: its label (shown inside when it fits), value and base colour. */
  public record Part(String label, double value, Color color) {
    public Part {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(color, "color");
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("part " + label + " must be finite and >= 0: " + value);
      }
    }
  }

  /**
   * A bar: a label, its parts drawn end to end from zero, an optional upper end of a range ({@code
   * NaN} when none), how trusted it is, the text after it (its value) and a quieter remark after
   * that, and a tooltip (its source).
   */
  public record Bar(
      String label,
      List<Part> parts,
      double rangeHigh,
      Confidence confidence,
      String valueText,
      String remark,
      String tooltip) {
    public Bar {
      Objects.requireNonNull(label, "label");
      parts = List.copyOf(parts);
      Objects.requireNonNull(confidence, "confidence");
      valueText = valueText == null ? "" : valueText;
      remark = remark == null ? "" : remark;
    }

    /** A bar of one value. */
    public static Bar of(
        String label,
        double value,
        Color color,
        Confidence confidence,
        String valueText,
        String tooltip) {
      return new Bar(
          label,
          List.of(new Part(label, value, color)),
          Double.NaN,
          confidence,
          valueText,
          "",
          tooltip);
    }

    /** A bar from 0 to {@code low}, continued as a range to {@code high}. */
    public static Bar range(
        String label,
        double low,
        double high,
        Color color,
        Confidence confidence,
        String valueText,
        String tooltip) {
      if (!(high >= low)) {
        throw new IllegalArgumentException("range of " + label + " must have high >= low");
      }
      return new Bar(
          label, List.of(new Part(label, low, color)), high, confidence, valueText, "", tooltip);
    }

    /** This bar with a remark after its value. */
    public Bar withRemark(String text) {
      return new Bar(label, parts, rangeHigh, confidence, valueText, text, tooltip);
    }

    /** The end of the bar: the sum of its parts, or the range's upper end. */
    public double extent() {
      double sum = parts.stream().mapToDouble(Part::value).sum();
      return Double.isNaN(rangeHigh) ? sum : Math.max(sum, rangeHigh);
    }
  }

  /**
   * A titled group of bars sharing one scale from 0 to {@code fixedMax}, or to the largest extent
   * when {@code fixedMax} is NaN (for example 100 for percentages).
   */
  public record Group(String title, List<Bar> bars, double fixedMax) {
    public Group {
      Objects.requireNonNull(title, "title");
      bars = List.copyOf(bars);
      if (!Double.isNaN(fixedMax) && !(fixedMax > 0)) {
        throw new IllegalArgumentException("fixedMax must be positive or NaN, was " + fixedMax);
      }
    }

    /** A group scaled to its largest bar. */
    public Group(String title, List<Bar> bars) {
      this(title, bars, Double.NaN);
    }

    /** The end of the scale (at least a tiny positive number, so it is always defined). */
    public double scaleMax() {
      double max = bars.stream().mapToDouble(Bar::extent).max().orElse(0);
      return Math.max(1e-12, Double.isNaN(fixedMax) ? max : Math.max(max, fixedMax));
    }
  }

  private List<Group> groups = List.of();

  /** An empty chart. */
  public BarChart() {
    setFont(Theme.font());
    setOpaque(false);
    ToolTipManager.sharedInstance().registerComponent(this);
  }

  /** Replaces the groups shown. */
  public void setGroups(List<Group> groups) {
    this.groups = List.copyOf(groups);
    revalidate();
    repaint();
  }

  public List<Group> groups() {
    return groups;
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    return new Dimension(460, (int) Math.ceil(rowTop(groups.size(), 0) - ROW + PAD));
  }

  /** The full extent of a bar as painted at the current size: from zero to its end. */
  public Rectangle2D barBounds(int group, int bar) {
    Layout l = barLayout();
    Group g = groups.get(group);
    double w = g.bars().get(bar).extent() / g.scaleMax() * l.barWidth;
    return new Rectangle2D.Double(l.barX, rowTop(group, bar) + (ROW - BAR) / 2.0, w, BAR);
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    for (int gi = 0; gi < groups.size(); gi++) {
      List<Bar> bars = groups.get(gi).bars();
      for (int bi = 0; bi < bars.size(); bi++) {
        double top = rowTop(gi, bi);
        if (e.getY() >= top && e.getY() < top + rowHeight(bars.get(bi))) {
          Bar b = bars.get(bi);
          return b.tooltip() == null ? null : "<html>" + HtmlPane.escape(b.tooltip()) + "</html>";
        }
      }
    }
    return null;
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      Theme.antialias(g);
      Color bg = Theme.background(this);
      if (isOpaque()) {
        g.setColor(bg);
        g.fillRect(0, 0, getWidth(), getHeight());
      }
      Layout l = barLayout();
      for (int gi = 0; gi < groups.size(); gi++) {
        paintGroup(g, gi, l, bg);
      }
    } finally {
      g.dispose();
    }
  }

  private void paintGroup(Graphics2D g, int gi, Layout l, Color bg) {
    Group group = groups.get(gi);
    Color text = Theme.text(bg);
    Color muted = Theme.mutedText(bg);
    double top = rowTop(gi, 0) - ROW;
    g.setFont(getFont().deriveFont(Font.BOLD));
    g.setColor(text);
    FontMetrics fm = g.getFontMetrics();
    g.drawString(group.title(), PAD, (float) (top + (ROW + fm.getAscent()) / 2.0 - 1));
    g.setFont(getFont());
    fm = g.getFontMetrics();
    double scale = l.barWidth / group.scaleMax();
    g.setColor(Theme.faint(bg));
    g.draw(new Line2D.Double(l.barX, top + ROW, l.barX, rowTop(gi + 1, 0) - ROW - GROUP_GAP));
    for (int bi = 0; bi < group.bars().size(); bi++) {
      Bar b = group.bars().get(bi);
      double y = rowTop(gi, bi);
      double by = y + (ROW - BAR) / 2.0;
      double base = y + (ROW + fm.getAscent()) / 2.0 - 1;
      g.setColor(text);
      g.drawString(clip(b.label(), fm, l.labelWidth - 6), PAD, (float) base);
      double x = l.barX;
      for (Part p : b.parts()) {
        double w = p.value() * scale;
        Color solid = Theme.readable(p.color(), bg, Theme.GRAPHIC_CONTRAST);
        Color fill = ChartColors.forConfidence(solid, b.confidence(), bg);
        Shape r = new Rectangle2D.Double(x, by, w, BAR);
        g.setColor(fill);
        g.fill(r);
        outline(g, r, solid, b.confidence());
        paintPartLabel(g, b, p, x, w, by, fill, fm);
        x += w;
      }
      if (!Double.isNaN(b.rangeHigh()) && b.rangeHigh() * scale > x - l.barX) {
        Color solid = Theme.readable(b.parts().get(0).color(), bg, Theme.GRAPHIC_CONTRAST);
        double w = l.barX + b.rangeHigh() * scale - x;
        Rectangle2D r = new Rectangle2D.Double(x, by, w, BAR);
        hatch(g, r, ChartColors.forConfidence(solid, b.confidence(), bg));
        g.setStroke(new BasicStroke(1f));
        g.setColor(solid);
        g.draw(r);
        x += w;
      }
      g.setColor(text);
      float tx = (float) (x + 5);
      g.drawString(b.valueText(), tx, (float) base);
      if (!b.remark().isEmpty()) {
        g.setColor(muted);
        g.setFont(getFont().deriveFont(getFont().getSize2D() - 1f));
        g.drawString(b.remark(), (float) l.barX + 2, (float) (by + BAR + REMARK - 3));
        g.setFont(getFont());
      }
    }
  }

  private static void paintPartLabel(
      Graphics2D g, Bar b, Part p, double x, double w, double by, Color fill, FontMetrics fm) {
    if (b.parts().size() < 2 || p.label().isEmpty() || fm.stringWidth(p.label()) + 6 > w) {
      return;
    }
    Color ink =
        Theme.contrast(Color.WHITE, fill) >= Theme.contrast(Color.BLACK, fill)
            ? Color.WHITE
            : Color.BLACK;
    g.setColor(ink);
    g.drawString(p.label(), (float) (x + 3), (float) (by + (BAR + fm.getAscent()) / 2.0 - 1.5));
  }

  private static void outline(Graphics2D g, Shape r, Color solid, Confidence c) {
    if (c == Confidence.WEAK) {
      g.setStroke(
          new BasicStroke(
              1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
      g.setColor(solid);
      g.draw(r);
      g.setStroke(new BasicStroke(1f));
    }
  }

  private static void hatch(Graphics2D g, Rectangle2D r, Color c) {
    Graphics2D h = (Graphics2D) g.create();
    try {
      h.clip(r);
      h.setColor(c);
      h.setStroke(new BasicStroke(1.5f));
      for (double x = r.getX() - r.getHeight(); x < r.getMaxX(); x += 5) {
        h.draw(new Line2D.Double(x, r.getMaxY(), x + r.getHeight(), r.getY()));
      }
    } finally {
      h.dispose();
    }
  }

  private static String clip(String s, FontMetrics fm, double width) {
    if (fm.stringWidth(s) <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }

  /** The top of bar {@code bar} of group {@code group} (bar 0 of group n = end of group n-1). */
  private double rowTop(int group, int bar) {
    double y = PAD;
    for (int i = 0; i < group && i < groups.size(); i++) {
      y += ROW + GROUP_GAP;
      for (Bar b : groups.get(i).bars()) {
        y += rowHeight(b);
      }
    }
    y += ROW;
    if (group < groups.size()) {
      List<Bar> bars = groups.get(group).bars();
      for (int i = 0; i < bar && i < bars.size(); i++) {
        y += rowHeight(bars.get(i));
      }
    }
    return y;
  }

  private static double rowHeight(Bar b) {
    return b.remark().isEmpty() ? ROW : ROW + REMARK;
  }

  private record Layout(double labelWidth, double barX, double barWidth) {}

  private Layout barLayout() {
    FontMetrics fm = getFontMetrics(getFont());
    double label = 0;
    double tail = 0;
    List<Bar> all = new ArrayList<>();
    groups.forEach(g -> all.addAll(g.bars()));
    for (Bar b : all) {
      label = Math.max(label, fm.stringWidth(b.label()) + 10);
      tail = Math.max(tail, fm.stringWidth(b.valueText()) + 10);
    }
    double w = Math.max(getWidth(), 200);
    label = Math.min(label, w * 0.38);
    tail = Math.min(tail, w * 0.42);
    double barWidth = Math.max(20, w - PAD - label - tail - PAD);
    return new Layout(label, PAD + label, barWidth);
  }
}
