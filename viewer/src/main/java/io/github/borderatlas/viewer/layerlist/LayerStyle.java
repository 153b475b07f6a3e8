package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.viewer.draw.GeometryKind;
import java.awt.Color;
import java.util.Objects;

/**
 * How an added layer is drawn. Immutable and thread-safe.
 *
 * @param stroke colour of lines, polygon outlines and point symbol outlines
 * @param strokeWidthPx line width in logical pixels, in (0, 20]
 * @param fill colour of polygon interiors and point symbols, or {@code null} for none
 * @param pointSymbol the symbol drawn at points
 * @param pointSizePx the symbol's diameter in logical pixels, in [2, 40]
 * @param labelField the property whose value labels each feature, or {@code null} for no labels
 */
public record LayerStyle(
    Color stroke,
    float strokeWidthPx,
    Color fill,
    PointSymbol pointSymbol,
    float pointSizePx,
    String labelField) {

  /** Alpha of the automatic polygon fill: translucent, so what lies under it stays readable. */
  public static final int POLYGON_FILL_ALPHA = 56;

  /** Checks the values. */
  public LayerStyle {
    Objects.requireNonNull(stroke, "stroke");
    Objects.requireNonNull(pointSymbol, "pointSymbol");
    if (!(strokeWidthPx > 0 && strokeWidthPx <= 20)) {
      throw new IllegalArgumentException("stroke width must lie in (0, 20] px: " + strokeWidthPx);
    }
    if (!(pointSizePx >= 2 && pointSizePx <= 40)) {
      throw new IllegalArgumentException("point size must lie in [2, 40] px: " + pointSizePx);
    }
    if (labelField != null && labelField.isBlank()) {
      labelField = null;
    }
  }

  /**
   * The automatic style of a layer of a geometry kind in a colour: points a filled circle of 7 px
   * with a white outline, lines 1.6 px, polygons a 1.2 px outline over a translucent fill of the
   * same colour ({@link #POLYGON_FILL_ALPHA}); mixed layers get all of them.
   */
  public static LayerStyle defaults(GeometryKind kind, Color colour) {
    return switch (kind) {
      case POINT -> new LayerStyle(Color.WHITE, 1.2f, colour, PointSymbol.CIRCLE, 7f, null);
      case LINE, NONE -> new LayerStyle(colour, 1.6f, null, PointSymbol.CIRCLE, 7f, null);
      case POLYGON, MIXED ->
          new LayerStyle(colour, 1.2f, translucent(colour), PointSymbol.CIRCLE, 7f, null);
    };
  }

  /** The colour with the automatic fill alpha. */
  public static Color translucent(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), POLYGON_FILL_ALPHA);
  }

  /** The colour that identifies the layer: the fill of point layers, else the stroke. */
  public Color keyColour() {
    return stroke.equals(Color.WHITE) && fill != null ? fill : stroke;
  }

  public LayerStyle withStroke(Color c, float widthPx) {
    return new LayerStyle(c, widthPx, fill, pointSymbol, pointSizePx, labelField);
  }

  public LayerStyle withFill(Color c) {
    return new LayerStyle(stroke, strokeWidthPx, c, pointSymbol, pointSizePx, labelField);
  }

  public LayerStyle withPointSymbol(PointSymbol s, float sizePx) {
    return new LayerStyle(stroke, strokeWidthPx, fill, s, sizePx, labelField);
  }

  public LayerStyle withLabelField(String field) {
    return new LayerStyle(stroke, strokeWidthPx, fill, pointSymbol, pointSizePx, field);
  }
}
