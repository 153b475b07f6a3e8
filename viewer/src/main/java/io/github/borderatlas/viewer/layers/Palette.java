package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.SegmentKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The map's designed palette: muted, warm land colours so that the subject (the border, coloured by
 * what it follows, and the blue water) stands out; water labels in italic serif as on printed
 * atlases; every label with a light halo. Sizes are in logical pixels. Constants only; thread-safe.
 */
public final class Palette {

  private Palette() {}

  /** Paper outside every country outline. */
  public static final Color PAPER = new Color(0xF3F1EC);

  /** Kazakhstan: pale sand. */
  public static final Color KAZAKHSTAN = new Color(0xF2E8CF);

  /** China: pale rose. */
  public static final Color CHINA = new Color(0xF3DED6);

  /** Other countries (Russia, Kyrgyzstan, Mongolia): pale grey-green. */
  public static final Color OTHER_COUNTRY = new Color(0xE6E8DE);

  /** Country outlines away from the China–Kazakhstan border. */
  public static final Color COUNTRY_EDGE = new Color(0xB3A999);

  public static final Color LAKE_FILL = new Color(0xB5D3EA);
  public static final Color LAKE_EDGE = new Color(0x6E9FC6);
  public static final Color RIVER = new Color(0x3F7FBF);
  public static final Color WATER_LABEL = new Color(0x2B5F93);

  /** Border over land: deep plum. */
  public static final Color BORDER_LAND = new Color(0x7B1F4B);

  /** Border over land, or along water no source locates: muted plum, between land and water. */
  public static final Color BORDER_LAND_OR_WATER = new Color(0x8E5A86);

  /** Border along a river: strong blue. */
  public static final Color BORDER_RIVER = new Color(0x0B63CE);

  /** Border across or along a lake: teal. */
  public static final Color BORDER_LAKE = new Color(0x0E9594);

  /** The casing under the border line. */
  public static final Color BORDER_CASING = new Color(255, 255, 255, 215);

  public static final Color DISPUTED = new Color(0xE06A00);
  public static final Color DISPUTED_FILL = new Color(224, 106, 0, 40);

  public static final Color PLACE = new Color(0x2E2E2E);
  public static final Color CROSSING = new Color(0xC62828);
  public static final Color CENTRE = new Color(0x6A1B9A);
  public static final Color WORKS = new Color(0x1565C0);
  public static final Color LABEL = new Color(0x262626);
  public static final Color HALO = new Color(255, 255, 255, 225);

  public static final Color GRATICULE = new Color(90, 100, 115, 70);
  public static final Color GRATICULE_LABEL = new Color(0x6B7480);

  /** Features not valid at the map's date. */
  public static final Color GHOST = new Color(150, 150, 150, 150);

  /** Highlight glow (e.g. what a treaty concerns). */
  public static final Color HIGHLIGHT = new Color(255, 176, 0, 150);

  /** Selection outline. */
  public static final Color SELECTION = new Color(255, 61, 0, 200);

  /**
   * Hover halo: a translucent lime green that no map class uses (water is blue, the border plum,
   * blue and teal, highlights amber and orange), drawn around a feature's outer edge only, so that
   * it cannot be read as a river or lake shore.
   */
  public static final Color HOVER = new Color(118, 255, 3, 170);

  /** The hover halo's stroke: wide and soft-ended, in logical pixels. */
  public static final BasicStroke HOVER_STROKE = round(6f);

  public static final Font PLACE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  public static final Font PLACE_FONT_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 11);
  public static final Font WATER_FONT = new Font(Font.SERIF, Font.ITALIC, 12);
  public static final Font LAKE_FONT = new Font(Font.SERIF, Font.ITALIC, 13);
  public static final Font SECTOR_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 10);
  public static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  public static final Font COUNTRY_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  /** The colour of a border stretch of a kind. */
  public static Color border(SegmentKind kind) {
    return switch (kind) {
      case LAND -> BORDER_LAND;
      case LAND_OR_UNLOCATED_WATER -> BORDER_LAND_OR_WATER;
      case RIVER -> BORDER_RIVER;
      case LAKE -> BORDER_LAKE;
    };
  }

  /**
   * The stroke of a border stretch of a kind: solid on land, dashed on water, long dashes where it
   * may be either (also readable without colour).
   */
  public static Stroke borderStroke(SegmentKind kind) {
    return switch (kind) {
      case LAND -> round(2.6f);
      case LAND_OR_UNLOCATED_WATER ->
          new BasicStroke(
              2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {16f, 4f}, 0f);
      case RIVER ->
          new BasicStroke(
              2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {9f, 3f}, 0f);
      case LAKE ->
          new BasicStroke(
              2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {3f, 3f}, 0f);
    };
  }

  /** The colour of a place symbol. */
  public static Color place(PlaceKind kind) {
    return switch (kind) {
      case BORDER_CROSSING -> CROSSING;
      case CROSS_BORDER_CENTRE -> CENTRE;
      case WATERWORKS, CANAL -> WORKS;
      default -> PLACE;
    };
  }

  /** A round-capped, round-joined stroke of the given width in logical pixels. */
  public static BasicStroke round(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }
}
