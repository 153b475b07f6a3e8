package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.viewer.draw.BorderKindWords;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The map legend, drawn in the top-left corner: one row per symbol of the visible layers (border
 * kinds, river with flow arrow, lake, disputed sector, the place kinds present) and a row for
 * greyed features when a date is set.
 */
public final class Legend {

  private static final double ROW = 17;
  private static final double SWATCH = 26;

  private Legend() {}

  /** The legend's rows (text only), in drawing order, for tests and the layer list. */
  public static List<String> rows(ProjectedAtlas atlas, RenderOptions options) {
    return rows(atlas, options, false);
  }

  /**
   * The legend's rows (text only); {@code interactive} adds the rows saying what hover and
   * selection look like (the map window's legend; an exported image has neither).
   */
  public static List<String> rows(
      ProjectedAtlas atlas, RenderOptions options, boolean interactive) {
    List<String> rows = new ArrayList<>();
    for (Row r : build(atlas, options, interactive)) {
      rows.add(r.text);
    }
    return rows;
  }

  /** The legend row of the hover halo. */
  static final String HOVER_ROW = "Under the pointer (green halo, outer edge)";

  /** The legend row of the selection outline. */
  static final String SELECTION_ROW = "Selected (click; Esc clears)";

  private record Row(String text, Swatch swatch) {}

  @FunctionalInterface
  private interface Swatch {
    void draw(Graphics2D g, double x, double y);
  }

  private static List<Row> build(ProjectedAtlas atlas, RenderOptions o, boolean interactive) {
    List<Row> rows = new ArrayList<>();
    if (o.isVisible(BundledLayer.BORDER)) {
      for (SegmentKind kind : SegmentKind.values()) {
        rows.add(new Row("Border " + BorderKindWords.phrase(kind), line(kind)));
      }
    }
    if (o.isVisible(BundledLayer.RIVERS)) {
      rows.add(
          new Row(
              "River, arrow downstream",
              (g, x, y) -> {
                g.setColor(Palette.RIVER);
                g.setStroke(Palette.round(1.9f));
                g.draw(new Line2D.Double(x, y, x + SWATCH, y));
                g.draw(new Line2D.Double(x + 12, y - 4, x + 17, y));
                g.draw(new Line2D.Double(x + 12, y + 4, x + 17, y));
              }));
    }
    if (o.isVisible(BundledLayer.LAKES)) {
      rows.add(
          new Row(
              "Lake or reservoir",
              (g, x, y) -> {
                Rectangle2D r = new Rectangle2D.Double(x + 2, y - 5, SWATCH - 4, 10);
                g.setColor(Palette.LAKE_FILL);
                g.fill(r);
                g.setColor(Palette.LAKE_EDGE);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(r);
              }));
    }
    if (o.isVisible(BundledLayer.DISPUTED)) {
      rows.add(
          new Row(
              "Disputed sector (circle: position uncertainty)",
              (g, x, y) -> {
                Ellipse2D e = new Ellipse2D.Double(x + 6, y - 6, 12, 12);
                g.setColor(Palette.DISPUTED_FILL);
                g.fill(e);
                g.setColor(Palette.DISPUTED);
                g.setStroke(
                    new BasicStroke(
                        1.4f,
                        BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND,
                        4f,
                        new float[] {4f, 2f},
                        0f));
                g.draw(e);
              }));
    }
    if (o.isVisible(BundledLayer.PLACES)) {
      Set<PlaceKind> kinds = EnumSet.noneOf(PlaceKind.class);
      for (AtlasFeature f : atlas.drawable(Layer.PLACE)) {
        kinds.add(((Place) f).kind());
      }
      for (PlaceKind k : kinds) {
        rows.add(
            new Row(placeText(k), (g, x, y) -> PlaceSymbols.draw(g, k, x + SWATCH / 2, y, false)));
      }
    }
    if (o.date() != null && hasUndated(atlas, o)) {
      rows.add(
          new Row(DateUnknownMark.LEGEND, (g, x, y) -> DateUnknownMark.draw(g, x + SWATCH / 2, y)));
    }
    for (LayerEntry e : o.layers()) {
      if (e.visible() && e.style() != null) {
        rows.add(new Row(e.title(), (g, x, y) -> fileSwatch(g, e.style(), x, y)));
      }
    }
    if (o.date() != null) {
      rows.add(
          new Row(
              "Not in force on " + o.date(),
              (g, x, y) -> {
                g.setColor(Palette.GHOST);
                g.setStroke(Palette.round(2.6f));
                g.draw(new Line2D.Double(x, y, x + SWATCH, y));
              }));
    }
    if (interactive) {
      rows.add(new Row(HOVER_ROW, outline(Palette.HOVER, Palette.HOVER_STROKE)));
      rows.add(new Row(SELECTION_ROW, outline(Palette.SELECTION, Palette.round(3f))));
    }
    return rows;
  }

  /** A small rounded box outlined as the map outlines a hovered or selected feature. */
  private static Swatch outline(Color colour, java.awt.Stroke stroke) {
    return (g, x, y) -> {
      g.setColor(colour);
      g.setStroke(stroke);
      g.draw(new RoundRectangle2D.Double(x + 5, y - 4, SWATCH - 10, 8, 6, 6));
    };
  }

  /** Whether a visible place or sector has an unknown start (and so carries the mark). */
  private static boolean hasUndated(ProjectedAtlas atlas, RenderOptions o) {
    List<AtlasFeature> marked = new ArrayList<>();
    if (o.isVisible(BundledLayer.PLACES)) {
      marked.addAll(atlas.drawable(Layer.PLACE));
    }
    if (o.isVisible(BundledLayer.DISPUTED)) {
      marked.addAll(atlas.drawable(Layer.DISPUTED_SECTOR));
    }
    return marked.stream().anyMatch(f -> !f.validity().isStartKnown());
  }

  /** An added layer's swatch: its point symbol, or a filled box, or a line. */
  private static void fileSwatch(Graphics2D g, LayerStyle style, double x, double y) {
    if (style.fill() != null) {
      Rectangle2D r = new Rectangle2D.Double(x + 2, y - 5, SWATCH - 4, 10);
      g.setColor(style.fill());
      g.fill(r);
      g.setColor(style.stroke());
      g.setStroke(Palette.round(Math.min(style.strokeWidthPx(), 3f)));
      g.draw(r);
    } else {
      g.setColor(style.stroke());
      g.setStroke(Palette.round(Math.min(style.strokeWidthPx(), 4f)));
      g.draw(new Line2D.Double(x, y, x + SWATCH, y));
    }
  }

  private static Swatch line(SegmentKind kind) {
    return (g, x, y) -> {
      Line2D l = new Line2D.Double(x, y, x + SWATCH, y);
      g.setColor(Palette.BORDER_CASING);
      g.setStroke(Palette.round(5.5f));
      g.draw(l);
      g.setColor(Palette.border(kind));
      g.setStroke(Palette.borderStroke(kind));
      g.draw(l);
    };
  }

  static String placeText(PlaceKind k) {
    return switch (k) {
      case TRIPOINT -> "Tripoint";
      case BORDER_CROSSING -> "Border crossing";
      case CROSS_BORDER_CENTRE -> "Cross-border centre";
      case CITY -> "City";
      case EMBASSY -> "Embassy";
      case WATERWORKS -> "Waterworks";
      case CANAL -> "Canal head or end";
      case LANDMARK -> "Landmark";
    };
  }

  /**
   * The box the legend takes in the top-left corner, or {@code null} when it has no rows or does
   * not fit in {@code maxHeight} pixels; {@code interactive} as in {@link #rows(ProjectedAtlas,
   * RenderOptions, boolean)}.
   */
  public static Rectangle2D box(
      Graphics2D g,
      ProjectedAtlas atlas,
      RenderOptions options,
      boolean interactive,
      double maxHeight) {
    return box(g, build(atlas, options, interactive), maxHeight);
  }

  private static Rectangle2D box(Graphics2D g, List<Row> rows, double maxHeight) {
    if (rows.isEmpty()) {
      return null;
    }
    double textWidth = 0;
    for (Row r : rows) {
      textWidth =
          Math.max(
              textWidth,
              g.getFontMetrics(Palette.SMALL_FONT).getStringBounds(r.text, g).getWidth());
    }
    double h = rows.size() * ROW + 28;
    if (h > maxHeight) {
      return null;
    }
    return new Rectangle2D.Double(10, 10, SWATCH + 22 + textWidth, h);
  }

  /** Draws the legend at the top-left corner (nothing when it does not fit). */
  public static void paint(
      Graphics2D g,
      ProjectedAtlas atlas,
      RenderOptions options,
      boolean interactive,
      double maxHeight) {
    List<Row> rows = build(atlas, options, interactive);
    Rectangle2D box = box(g, rows, maxHeight);
    if (box == null) {
      return;
    }
    double x = box.getX();
    double y = box.getY();
    double w = box.getWidth();
    double h = box.getHeight();
    g.setColor(new Color(255, 255, 255, 215));
    g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
    g.setColor(new Color(0, 0, 0, 40));
    g.setStroke(new BasicStroke(1f));
    g.draw(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
    g.setColor(new Color(0x333333));
    g.setFont(Palette.PLACE_FONT_BOLD);
    g.drawString("Legend".toUpperCase(Locale.ROOT), (float) (x + 8), (float) (y + 16));
    g.setFont(Palette.SMALL_FONT);
    double rowY = y + 30;
    for (Row r : rows) {
      r.swatch.draw(g, x + 8, rowY);
      g.setColor(new Color(0x333333));
      g.drawString(r.text, (float) (x + 14 + SWATCH), (float) (rowY + 4));
      rowY += ROW;
    }
  }
}
