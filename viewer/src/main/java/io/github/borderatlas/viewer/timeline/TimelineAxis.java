package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.panels.HtmlPane;
import io.github.borderatlas.viewer.panels.Theme;
import io.github.borderatlas.viewer.timeline.MarkerLayout.Marker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;

/**
 * The painted time axis of a {@link TimelineModel}: year ticks, one marker per entry (colour and
 * shape by kind, stacked in rows, dense runs gathered into numbered clusters), the validity period
 * of the selected agreement as a band, and a handle at the chosen date.
 *
 * <p>It shows a {@link TimeWindow} of the range: all of it at first; the wheel (or +/−) zooms about
 * the pointer so that dense decades spread out, and the window follows the chosen date. Mouse and
 * keys are handled by {@link AxisInput}: press or drag to choose a date, click a marker to jump to
 * its entry (a cluster offers its entries), hover for titles and dates, left/right to step,
 * double-click or 0 to show all years.
 *
 * <p>Painted in user space with antialiasing (sharp on HiDPI screens), with colours from the
 * current look and feel. Use on the Swing event thread only.
 */
public final class TimelineAxis extends JComponent {

  static final int PAD_X = 16;
  static final int DATE_STRIP = 20;
  static final int BELOW_AXIS = 26;
  static final int ROW_HEIGHT = 15;
  static final double MARKER_SIZE = 10;
  static final double SPACING = 12;
  static final int MAX_ROWS = 6;
  private static final double HIT_RADIUS = 7.5;

  private final TimelineModel model;
  private TimeWindow window;
  private Marker hovered;

  /** An axis showing and driving {@code model}; it repaints itself when the model changes. */
  public TimelineAxis(TimelineModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.window = full();
    setOpaque(true);
    setFocusable(true);
    setFont(Theme.font());
    ToolTipManager.sharedInstance().registerComponent(this);
    model.addListener(
        new TimelineListener() {
          @Override
          public void dateChanged(LocalDate date) {
            window = window.follow(date, full());
            repaint();
          }

          @Override
          public void entrySelected(TimelineEntry entry) {
            repaint();
          }

          @Override
          public void selectionCleared() {
            repaint();
          }
        });
    AxisInput.install(this);
  }

  public TimelineModel model() {
    return model;
  }

  @Override
  public Dimension getPreferredSize() {
    return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(900, 128);
  }

  @Override
  public Dimension getMinimumSize() {
    return isMinimumSizeSet() ? super.getMinimumSize() : new Dimension(240, 80);
  }

  /**
   * The scale of the current width: the shown window's ends at {@value #PAD_X} px from the edges.
   */
  public TimeScale scale() {
    double x1 = Math.max(PAD_X + 1.0, getWidth() - PAD_X);
    return new TimeScale(window.start(), window.end(), PAD_X, x1);
  }

  /** The part of the range shown (all of it unless zoomed). */
  public TimeWindow window() {
    return window;
  }

  /** Shows a part of the range, fitted into it (at least {@link TimeWindow#MIN_DAYS} long). */
  public void setWindow(TimeWindow w) {
    TimeWindow fitted = w.zoom(1, w.start(), full());
    if (!fitted.equals(window)) {
      window = fitted;
      repaint();
    }
  }

  /** Zooms by {@code factor} (below 1 zooms in) about a date, which keeps its place. */
  public void zoom(double factor, LocalDate around) {
    setWindow(window.zoom(factor, around, full()));
  }

  /** Shows the whole range again. */
  public void showAll() {
    setWindow(full());
  }

  /** True when zoomed in (the window is shorter than the range). */
  public boolean isZoomed() {
    return !window.equals(full());
  }

  private TimeWindow full() {
    return new TimeWindow(model.start(), model.end());
  }

  /** The y of the axis line at the current height. */
  public double axisY() {
    return getHeight() - BELOW_AXIS;
  }

  /** Rows of markers that fit above the axis at the current height (1 to 6). */
  public int rows() {
    int free = (int) (axisY() - 6 - DATE_STRIP);
    return Math.max(1, Math.min(MAX_ROWS, free / ROW_HEIGHT));
  }

  /** The markers of the entries inside the shown window, as laid out at the current size. */
  public List<Marker> markers() {
    List<TimelineEntry> shown =
        model.entries().stream().filter(e -> window.contains(e.date().date())).toList();
    return MarkerLayout.layout(shown, scale(), SPACING, rows());
  }

  void setHovered(Marker m) {
    if (!sameMarker(m, hovered)) {
      hovered = m;
      repaint();
    }
  }

  /** The y of the centre of markers in {@code row}. */
  public double rowY(int row) {
    return axisY() - 6 - ROW_HEIGHT * row - ROW_HEIGHT / 2.0;
  }

  /** The marker under a point, or {@code null}. */
  public Marker markerAt(double px, double py) {
    Marker best = null;
    double bestD = HIT_RADIUS;
    for (Marker m : markers()) {
      double d = Math.hypot(px - m.x(), py - rowY(m.row()));
      if (d <= bestD) {
        best = m;
        bestD = d;
      }
    }
    return best;
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    Marker m = markerAt(e.getX(), e.getY());
    if (m == null) {
      return null;
    }
    StringBuilder html = new StringBuilder("<html>");
    int shown = Math.min(m.entries().size(), 10);
    for (int i = 0; i < shown; i++) {
      TimelineEntry t = m.entries().get(i);
      html.append(i == 0 ? "" : "<br>")
          .append("<b>")
          .append(HtmlPane.escape(t.title()))
          .append("</b> &nbsp;")
          .append(HtmlPane.escape(EntryDetails.formatDate(t.date())))
          .append(" · ")
          .append(EntryStyle.label(t.kind()));
    }
    if (m.entries().size() > shown) {
      html.append("<br>and ").append(m.entries().size() - shown).append(" more");
    }
    return html.append("</html>").toString();
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      Color bg = Theme.beginPaint(g, this);
      TimeScale scale = scale();
      paintValidityBand(g, scale, bg);
      paintTicks(g, scale, bg);
      paintMarkers(g, scale, bg);
      paintHandle(g, scale, bg);
    } finally {
      g.dispose();
    }
  }

  private void paintValidityBand(Graphics2D g, TimeScale scale, Color bg) {
    TimelineEntry sel = model.selected().orElse(null);
    if (sel == null || sel.validity().from().isEmpty()) {
      return;
    }
    double from = Math.max(scale.x0(), scale.x(sel.validity().from().get()));
    double to = Math.min(scale.x1(), scale.x(sel.validity().to().orElse(model.end())));
    if (to <= from) {
      return;
    }
    Color c = EntryStyle.color(sel.kind(), bg);
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 48));
    g.fill(new Rectangle2D.Double(from, DATE_STRIP, Math.max(1, to - from), axisY() - DATE_STRIP));
  }

  private void paintTicks(Graphics2D g, TimeScale scale, Color bg) {
    double y = axisY();
    Color faint = Theme.faint(bg);
    Color muted = Theme.mutedText(bg);
    g.setFont(getFont().deriveFont(Font.PLAIN, getFont().getSize2D() - 1f));
    FontMetrics fm = g.getFontMetrics();
    int step = scale.labelStepYears(fm.stringWidth("0000") + 14);
    g.setStroke(new BasicStroke(1f));
    if (scale.pixelsPerYear() >= 3) {
      g.setColor(faint);
      for (LocalDate d : scale.yearTicks(1)) {
        double x = scale.x(d);
        g.draw(new Line2D.Double(x, y, x, y + 3));
      }
    }
    for (LocalDate d : scale.yearTicks(step)) {
      double x = scale.x(d);
      g.setColor(faint);
      g.draw(new Line2D.Double(x, DATE_STRIP, x, y));
      g.setColor(muted);
      g.draw(new Line2D.Double(x, y, x, y + 6));
      String label = Integer.toString(d.getYear());
      g.drawString(
          label, (float) (x - fm.stringWidth(label) / 2.0), (float) (y + 8 + fm.getAscent()));
    }
    g.setColor(Theme.text(bg));
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(scale.x0(), y, scale.x1(), y));
    g.setStroke(new BasicStroke(2f));
    for (TimelineEntry e : model.entries()) {
      if (!window.contains(e.date().date())) {
        continue;
      }
      double x = scale.x(e.date().date());
      g.setColor(EntryStyle.color(e.kind(), bg));
      g.draw(new Line2D.Double(x, y - 5, x, y - 1));
    }
  }

  private void paintMarkers(Graphics2D g, TimeScale scale, Color bg) {
    TimelineEntry sel = model.selected().orElse(null);
    Font small = getFont().deriveFont(Font.BOLD, getFont().getSize2D() - 2f);
    for (Marker m : markers()) {
      double cy = rowY(m.row());
      double size = m == hovered || sameMarker(m, hovered) ? MARKER_SIZE + 3 : MARKER_SIZE;
      if (m.isCluster()) {
        paintCluster(g, m, cy, size, bg, small);
      } else {
        EntryStyle.paintMarker(g, m.first().kind(), m.x(), cy, size, bg);
      }
      if (sel != null && m.entries().stream().anyMatch(t -> t.id().equals(sel.id()))) {
        g.setColor(Theme.text(bg));
        g.setStroke(new BasicStroke(1.6f));
        double r = size / 2 + 3.5;
        g.draw(new Ellipse2D.Double(m.x() - r, cy - r, 2 * r, 2 * r));
      }
    }
  }

  private static void paintCluster(
      Graphics2D g, Marker m, double cy, double size, Color bg, Font font) {
    String n = Integer.toString(m.entries().size());
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    double w = Math.max(size + 2, fm.stringWidth(n) + 6);
    double h = size + 2;
    Color fill = EntryStyle.color(m.first().kind(), bg);
    g.setColor(fill);
    g.fill(new RoundRectangle2D.Double(m.x() - w / 2, cy - h / 2, w, h, h, h));
    g.setColor(Theme.readable(Theme.isDark(fill) ? Color.WHITE : Color.BLACK, fill, 4.5));
    g.drawString(
        n, (float) (m.x() - fm.stringWidth(n) / 2.0), (float) (cy + fm.getAscent() / 2.0 - 1));
  }

  private void paintHandle(Graphics2D g, TimeScale scale, Color bg) {
    double x = scale.x(model.date());
    double y = axisY();
    Color ink = Theme.text(bg);
    g.setColor(ink);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(x, DATE_STRIP, x, y));
    g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
    g.setColor(bg);
    g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
    String label = model.date().toString();
    g.setFont(getFont().deriveFont(Font.BOLD));
    FontMetrics fm = g.getFontMetrics();
    double w = fm.stringWidth(label) + 10;
    double left = Math.max(1, Math.min(getWidth() - w - 1, x - w / 2));
    g.setColor(ink);
    g.fill(new RoundRectangle2D.Double(left, 1, w, DATE_STRIP - 3, 8, 8));
    g.setColor(bg);
    g.drawString(
        label, (float) (left + 5), (float) (1 + (DATE_STRIP - 3 + fm.getAscent()) / 2.0 - 1));
  }

  private static boolean sameMarker(Marker a, Marker b) {
    return a != null && b != null && a.x() == b.x() && a.row() == b.row();
  }
}
