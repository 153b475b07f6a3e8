package io.github.borderatlas.viewer.layers;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement: labels are taken by descending priority (ties in the order added) and
 * each gets the first of its candidate positions whose box lies in the view and overlaps no symbol
 * or label already placed; a label with no free position is dropped. Rotated labels are tested with
 * the bounding box of their rotated box (conservative). A 2-pixel gap separates labels. Obstacles
 * are symbols and what is drawn over the map (legend, scale bar, the window's measure readouts). A
 * label that {@linkplain Label#keepsSide() keeps to its side} takes a position whose box crosses a
 * barrier line (the border) only when no other position fits. Labels are drawn through {@link
 * LabelSprites} (cached layouts and label images).
 *
 * <p>Not thread-safe: one layout per render.
 */
public final class LabelLayout {

  private static final double GAP = 2;

  private final List<Label> pending = new ArrayList<>();
  private final CollisionIndex index = new CollisionIndex();
  private final Rectangle2D view;
  private final LineBarrier barrier;
  private final List<Placed> placed = new ArrayList<>();

  /**
   * A label as placed.
   *
   * @param text its text
   * @param box the box it takes, gap included, logical pixels
   */
  public record Placed(String text, Rectangle2D box) {}

  /** A layout for a view of the given size in logical pixels. */
  public LabelLayout(double width, double height) {
    this.view = new Rectangle2D.Double(0, 0, width, height);
    this.barrier = new LineBarrier(view);
  }

  /**
   * Adds a line that labels {@linkplain Label#keepsSide() keeping to their side} avoid straddling
   * (the border, in logical pixels).
   */
  public void addBarrier(Path2D line) {
    barrier.add(line);
  }

  /** Queues a label. */
  public void add(Label label) {
    pending.add(label);
  }

  /** Marks a symbol's box (logical pixels) as taken, so no label covers it. */
  public void addObstacle(Rectangle2D box) {
    index.add(box);
  }

  /** Whether {@code box} is still free (no obstacle and no placed label). */
  public boolean isFree(Rectangle2D box) {
    return index.isFree(box);
  }

  /** The texts placed so far, in placement order. */
  public List<String> placedTexts() {
    return placed.stream().map(Placed::text).toList();
  }

  /** The labels placed so far with their boxes, in placement order. */
  public List<Placed> placed() {
    return List.copyOf(placed);
  }

  /** Places the queued labels and draws them with a halo. */
  public void placeAndDraw(Graphics2D g) {
    List<Label> order = new ArrayList<>(pending);
    order.sort(Comparator.comparingInt(Label::priority).reversed());
    pending.clear();
    FontRenderContext frc = g.getFontRenderContext();
    for (Label label : order) {
      TextLayout layout = LabelSprites.layout(label.text(), label.font(), frc);
      // a label keeping to its side first tries every position clear of the barrier, then, when
      // none fits, every position regardless
      if (!(label.keepsSide() && place(g, label, layout, true))) {
        place(g, label, layout, false);
      }
    }
  }

  /** Places and draws the label at its first free position; false when none is free. */
  private boolean place(Graphics2D g, Label label, TextLayout layout, boolean clearOfBarrier) {
    double w = layout.getAdvance();
    double ascent = layout.getAscent();
    double h = ascent + layout.getDescent();
    for (Label.Anchor a : label.anchors()) {
      for (Label.Placement p : label.candidates()) {
        double left = p.dx() - p.ax() * w;
        double top = p.dy() - p.ay() * h;
        AffineTransform at = AffineTransform.getTranslateInstance(a.x(), a.y());
        at.rotate(a.angle());
        Rectangle2D local = new Rectangle2D.Double(left - GAP, top - GAP, w + 2 * GAP, h + 2 * GAP);
        Rectangle2D box = at.createTransformedShape(local).getBounds2D();
        if (!view.contains(box) || !index.isFree(box) || (clearOfBarrier && barrier.crosses(box))) {
          continue;
        }
        index.add(box);
        placed.add(new Placed(label.text(), box));
        draw(g, layout, at, left, top + ascent, label);
        return true;
      }
    }
    return false;
  }

  private static void draw(
      Graphics2D g, TextLayout layout, AffineTransform at, double x, double baseline, Label label) {
    LabelSprites.draw(g, layout, at, x, baseline, label.text(), label.font(), label.color());
  }
}
