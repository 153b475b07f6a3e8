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
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;

/**
 * A horizontal bar chart painted with Graphics2D: groups of labelled bars, each bar one value, a
 * stack of parts (for example China and Kazakhstan), or a range (a published "1.5–2.0"), drawn to a
 * common scale per group and followed by its value and a remark (such as a difference in km and %).
 * Less trusted values are paler and weak ones get a dashed outline (see {@link ChartColors}); a key
 * below the groups explains each style the bars use ({@link ChartKey}).
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

    /**
     * A bar measured by BorderAtlas, split into two parts drawn end to end (for example the river
     * length in China, then in Kazakhstan); no range.
     */
    public static Bar measuredSplit(
        String label, Part first, Part second, String valueText, String remark, String tooltip) {
      return new Bar(
          label,
          List.of(first, second),
          Double.NaN,
          Confidence.MEASURED,
          valueText,
          remark,
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

  /** The bar styles the key lists: those the bars use. */
  public Set<ChartKey.Style> keyStyles() {
    return ChartKey.stylesUsed(groups);
  }

  public List<Group> groups() {
    return groups;
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    return new Dimension(
        460, (int) Math.ceil(rowTop(groups.size(), 0) - ROW + PAD + ChartKey.height(groups)));
  }

  /** The full extent of a bar as painted at the current size: from zero to its end. */
  public Rectangle2D barBounds(int group, int bar) {
    Layout l = barLayout();
    Group g = groups.get(group);
    double w = g.bars().get(bar).extent() / g.scaleMax() * l.barWidth();
    return new Rectangle2D.Double(l.barX, barTop(rowTop(group, bar), l), w, BAR);
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    for (int gi = 0; gi < groups.size(); gi++) {
      List<Bar> bars = groups.get(gi).bars();
      for (int bi = 0; bi < bars.size(); bi++) {
        double top = rowTop(gi, bi);
        if (e.getY() >= top && e.getY() < top + rowHeight(bars.get(bi), barLayout())) {
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
      Color bg = Theme.beginPaint(g, this);
      Layout l = barLayout();
      for (int gi = 0; gi < groups.size(); gi++) {
        paintGroup(g, gi, l, bg);
      }
      g.setFont(getFont());
      ChartKey.paint(g, groups, rowTop(groups.size(), 0) - ROW, bg, g.getFontMetrics());
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
    if (!l.textBelow()) {
      g.draw(new Line2D.Double(l.barX, top + ROW, l.barX, rowTop(gi + 1, 0) - ROW - GROUP_GAP));
    }
    for (int bi = 0; bi < group.bars().size(); bi++) {
      Bar b = group.bars().get(bi);
      double y = rowTop(gi, bi);
      double by = barTop(y, l);
      double base = l.textBelow() ? y + fm.getAscent() : y + (ROW + fm.getAscent()) / 2.0 - 1;
      g.setColor(text);
      double labelRoom = l.textBelow() ? getWidth() - 2 * PAD : l.labelWidth - 6;
      g.drawString(BarShapes.clip(b.label(), fm, labelRoom), PAD, (float) base);
      double x = l.barX;
      for (Part p : b.parts()) {
        double w = p.value() * scale;
        Color solid = Theme.readable(p.color(), bg, Theme.GRAPHIC_CONTRAST);
        Color fill = ChartColors.forConfidence(solid, b.confidence(), bg);
        Shape r = new Rectangle2D.Double(x, by, w, BAR);
        g.setColor(fill);
        g.fill(r);
        BarShapes.outline(g, r, solid, b.confidence());
        BarShapes.partLabel(g, b, p, x, w, by, fill, fm);
        x += w;
      }
      if (!Double.isNaN(b.rangeHigh()) && b.rangeHigh() * scale > x - l.barX) {
        Color solid = Theme.readable(b.parts().get(0).color(), bg, Theme.GRAPHIC_CONTRAST);
        double w = l.barX + b.rangeHigh() * scale - x;
        Rectangle2D r = new Rectangle2D.Double(x, by, w, BAR);
        BarShapes.hatch(g, r, ChartColors.forConfidence(solid, b.confidence(), bg));
        g.setStroke(new BasicStroke(1f));
        g.setColor(solid);
        g.draw(r);
        x += w;
      }
      paintTexts(g, b, l, x, base, by, text, muted, fm);
    }
  }

  /** The value after the bar and the remark below it; or both below it when space is short. */
  private void paintTexts(
      Graphics2D g,
      Bar b,
      Layout l,
      double barEnd,
      double base,
      double by,
      Color text,
      Color muted,
      FontMetrics fm) {
    float below = (float) (by + BAR + REMARK - 3);
    if (!l.textBelow()) {
      g.setColor(text);
      g.drawString(b.valueText(), (float) (barEnd + 5), (float) base);
    }
    String remark = b.remark();
    float rx = l.textBelow() ? PAD : (float) l.barX() + 2;
    if (l.textBelow() && !b.valueText().isEmpty()) {
      g.setColor(text);
      g.drawString(b.valueText(), rx, below);
      if (remarkOnThirdLine(b, l, fm)) {
        below += REMARK;
      } else {
        rx += fm.stringWidth(b.valueText() + "  ");
      }
    }
    if (!remark.isEmpty()) {
      g.setColor(muted);
      g.setFont(getFont().deriveFont(getFont().getSize2D() - 1f));
      g.drawString(remark, rx, below);
      g.setFont(getFont());
    }
  }

  /** True when, with values below the bars, a bar's value and remark do not fit on one line. */
  private boolean remarkOnThirdLine(Bar b, Layout l, FontMetrics fm) {
    return l.textBelow()
        && !b.remark().isEmpty()
        && !b.valueText().isEmpty()
        && fm.stringWidth(b.valueText() + "  " + b.remark()) > Math.max(getWidth(), 200) - 2 * PAD;
  }

  /** The top of bar {@code bar} of group {@code group} (bar 0 of group n = end of group n-1). */
  private double rowTop(int group, int bar) {
    Layout l = barLayout();
    double y = PAD;
    for (int i = 0; i < group && i < groups.size(); i++) {
      y += ROW + GROUP_GAP;
      for (Bar b : groups.get(i).bars()) {
        y += rowHeight(b, l);
      }
    }
    y += ROW;
    if (group < groups.size()) {
      List<Bar> bars = groups.get(group).bars();
      for (int i = 0; i < bar && i < bars.size(); i++) {
        y += rowHeight(bars.get(i), l);
      }
    }
    return y;
  }

  /** The top of the bar in a row starting at {@code rowTop}: below the label when narrow. */
  private static double barTop(double rowTop, Layout l) {
    return rowTop + (l.textBelow() ? REMARK : 0) + (ROW - BAR) / 2.0;
  }

  /**
   * A bar's row: the bar with its label on the left, value after it and remark below it; or, when
   * narrow, the label above, the bar, and the value and remark below (on two lines if needed).
   */
  private double rowHeight(Bar b, Layout l) {
    if (!l.textBelow()) {
      return b.remark().isEmpty() ? ROW : ROW + REMARK;
    }
    return REMARK
        + ROW
        + REMARK
        + (remarkOnThirdLine(b, l, getFontMetrics(getFont())) ? REMARK : 0);
  }

  /**
   * Where things go at the current width: the label column, the bars, and whether values go below
   * the bars (when beside them the bars would get less than two fifths of the width).
   */
  private record Layout(double labelWidth, double barX, double barWidth, boolean textBelow) {}

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
    double beside = w - PAD - label - tail - PAD;
    if (beside >= w * 0.4) {
      return new Layout(label, PAD + label, beside, false);
    }
    return new Layout(0, PAD, Math.max(20, w - PAD - PAD - 4), true);
  }
}
