package io.github.borderatlas.viewer.output;

import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Legend;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.map.MapRenderer;
import io.github.borderatlas.viewer.map.MapSnapshot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A map page for print: the title and the map's date above a framed map (legend, geodesic scale bar
 * and attribution inside it, as on screen, plus a north arrow to true north; the legend goes below
 * the frame when the map is too narrow for it), and below the frame the projection in words, the
 * data's licence notices and a short source list. The map shows the snapshot's area fitted into the
 * frame, at the snapshot's layers and date. Sizes scale with the page's shorter side ({@link
 * #unit}); a margin line too long for the page is set smaller to fit.
 *
 * <p>Units: whatever the page uses (points for PDF, logical pixels for SVG and PNG); y down.
 * Immutable and thread-safe; draws on any thread.
 *
 * @param map what to show
 * @param title the title line
 * @param dateLabel the map's date as text at its precision ("1870", "1994-04-26", "current")
 * @param credits the data's notices and sources
 */
public record PrintLayout(MapSnapshot map, String title, String dateLabel, MapCredits credits)
    implements PageContent {

  private static final Color INK = new Color(0x222222);
  private static final Color NOTE_INK = new Color(0x4A4A4A);

  public PrintLayout {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateLabel, "dateLabel");
    Objects.requireNonNull(credits, "credits");
  }

  /** The type unit of a page: its shorter side over 600 (1 on an A4 page in points, nearly). */
  static double unit(double width, double height) {
    return Math.min(width, height) / 600;
  }

  /** The margin lines below the map, in order. */
  List<String> notes() {
    List<String> lines = new ArrayList<>();
    lines.add("Projection: " + ProjectionNote.of(map.atlas().projection()));
    lines.add("Data: " + credits.attribution());
    for (String s : credits.sources()) {
      lines.add("Source: " + s);
    }
    return lines;
  }

  /**
   * The map frame on a page of this size, page units: below the title lines, above the notes, and
   * above the legend when the legend would take too much of the map's width ({@code legendBelow}).
   */
  Rectangle2D frame(double width, double height, Rectangle2D legendBelow) {
    double u = unit(width, height);
    double margin = 24 * u;
    double top = margin + 40 * u;
    double bottom = margin + notes().size() * 11 * u + 6 * u;
    if (legendBelow != null) {
      bottom += legendBelow.getHeight() + 4 * u;
    }
    return new Rectangle2D.Double(
        margin, top, Math.max(16, width - 2 * margin), Math.max(16, height - top - bottom));
  }

  /**
   * The legend's box (at the origin's offset that {@link Legend#paint} uses) when it goes below the
   * map rather than on it: when on the map it would cover more than the share of the map's width
   * that {@link MapRenderer} allows, or not fit in its height.
   */
  private Rectangle2D legendBelow(Graphics2D g, double width, double height) {
    Rectangle2D onMap = frame(width, height, null);
    Rectangle2D box =
        Legend.box(
            g, map.atlas(), map.options(), false, onMap.getHeight() * MapRenderer.LEGEND_HEIGHT);
    if (box != null && box.getMaxX() <= onMap.getWidth() * MapRenderer.LEGEND_WIDTH) {
      return null;
    }
    return Legend.box(g, map.atlas(), map.options(), false, Double.MAX_VALUE);
  }

  @Override
  public void draw(Graphics2D g, double width, double height) {
    MapRenderer.hints(g);
    double u = unit(width, height);
    double margin = 24 * u;
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.setColor(INK);
    fitted(g, title, font(Font.BOLD, 20 * u), margin, margin + 18 * u, width - 2 * margin);
    g.setColor(NOTE_INK);
    fitted(
        g,
        "Map date: " + dateLabel,
        font(Font.PLAIN, 11 * u),
        margin,
        margin + 34 * u,
        width - 2 * margin);

    Rectangle2D below = legendBelow(g, width, height);
    Rectangle2D frame = frame(width, height, below);
    Viewport vp =
        Viewport.fit(
            map.viewport().worldBounds(),
            (int) Math.floor(frame.getWidth()),
            (int) Math.floor(frame.getHeight()),
            0);
    Graphics2D m = (Graphics2D) g.create();
    try {
      m.translate(frame.getX(), frame.getY());
      MapRenderer.render(m, map.atlas(), vp, map.options().withDecorations(true));
      double arrow = 34 * u;
      NorthArrow.paint(m, vp, map.atlas().projection(), vp.width() - arrow, arrow * 1.1, arrow);
    } finally {
      m.dispose();
    }
    g.setColor(INK);
    g.setStroke(new BasicStroke((float) (0.8 * u)));
    g.draw(new Rectangle2D.Double(frame.getX(), frame.getY(), vp.width(), vp.height()));

    double y = frame.getMaxY() + 14 * u;
    if (below != null) {
      Graphics2D l = (Graphics2D) g.create();
      try {
        // Legend.paint draws its box at (x, y) of the box it measured
        l.translate(frame.getX() - below.getX(), frame.getMaxY() + 4 * u - below.getY());
        Legend.paint(l, map.atlas(), map.options(), false, Double.MAX_VALUE);
      } finally {
        l.dispose();
      }
      y += below.getHeight() + 4 * u;
    }
    g.setColor(NOTE_INK);
    Font note = font(Font.PLAIN, 8 * u);
    for (String line : notes()) {
      fitted(g, line, note, margin, y, width - 2 * margin);
      y += 11 * u;
    }
  }

  private static Font font(int style, double size) {
    return Palette.PLACE_FONT.deriveFont(style, (float) size);
  }

  /** Draws one line at baseline {@code y}, set smaller when wider than {@code maxWidth}. */
  private static void fitted(
      Graphics2D g, String text, Font font, double x, double y, double maxWidth) {
    double w = g.getFontMetrics(font).getStringBounds(text, g).getWidth();
    Font f =
        w > maxWidth && w > 0 ? font.deriveFont((float) (font.getSize2D() * maxWidth / w)) : font;
    g.setFont(f);
    g.drawString(text, (float) x, (float) y);
  }
}
