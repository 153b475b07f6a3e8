package io.github.borderatlas.viewer.layers;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A label waiting for placement: text, style, one or more anchors in screen space (logical pixels)
 * and the positions it may take around each anchor, best first (every placement of the first
 * anchor, then of the next). At most one position is used. Higher {@link #priority()} labels are
 * placed first. Immutable.
 *
 * @param text the text
 * @param font the font
 * @param color the text colour (a light halo is drawn behind it)
 * @param anchors anchors to try, best first
 * @param candidates offsets to try around each anchor, best first
 * @param priority placement order, higher first
 * @param keepsSide whether the label keeps to its side of the layout's barrier lines (the border):
 *     a position whose box crosses one is taken only when no other position fits
 */
public record Label(
    String text,
    Font font,
    Color color,
    List<Anchor> anchors,
    List<Placement> candidates,
    int priority,
    boolean keepsSide) {

  public Label {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("label text must not be blank");
    }
    anchors = List.copyOf(anchors);
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty() || anchors.isEmpty()) {
      throw new IllegalArgumentException("a label needs at least one anchor and one placement");
    }
  }

  /** A label free to cross barrier lines. */
  public Label(
      String text,
      Font font,
      Color color,
      List<Anchor> anchors,
      List<Placement> candidates,
      int priority) {
    this(text, font, color, anchors, candidates, priority, false);
  }

  /** This label, keeping to its side of the barrier lines. */
  public Label keepingSide() {
    return new Label(text, font, color, anchors, candidates, priority, true);
  }

  /** A label with one horizontal or rotated anchor. */
  public Label(
      String text,
      Font font,
      Color color,
      double x,
      double y,
      double angle,
      List<Placement> candidates,
      int priority) {
    this(text, font, color, List.of(new Anchor(x, y, angle)), candidates, priority);
  }

  /**
   * A point the label refers to.
   *
   * @param x logical pixels
   * @param y logical pixels
   * @param angle rotation in radians about the anchor (0 = horizontal), for labels along lines
   */
  public record Anchor(double x, double y, double angle) {}

  /**
   * Where the text box goes relative to the anchor: its reference point is moved by (dx, dy)
   * pixels, then the box is aligned by (ax, ay) fractions of its width and height (0 = left/top,
   * 0.5 = centre, 1 = right/bottom).
   */
  public record Placement(double dx, double dy, double ax, double ay) {

    /** Centred on the anchor. */
    public static final Placement CENTRE = new Placement(0, 0, 0.5, 0.5);

    /** The eight positions around a point symbol of radius {@code r}, cartographers' order. */
    public static List<Placement> around(double r) {
      double d = r + 3;
      return List.of(
          new Placement(d, -d * 0.6, 0, 1), // upper right
          new Placement(d, d * 0.6, 0, 0), // lower right
          new Placement(-d, -d * 0.6, 1, 1), // upper left
          new Placement(-d, d * 0.6, 1, 0), // lower left
          new Placement(d, 0, 0, 0.5), // right
          new Placement(-d, 0, 1, 0.5), // left
          new Placement(0, -d, 0.5, 1), // above
          new Placement(0, d, 0.5, 0)); // below
    }
  }
}
