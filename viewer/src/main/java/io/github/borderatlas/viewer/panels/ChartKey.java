package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Confidence;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The key of a {@link BarChart}: one entry per bar style the chart uses, so that a reader can tell
 * what paler, dashed and hatched bars mean. Painted on one line below the groups. Stateless and
 * thread-safe (painting on the Swing event thread).
 */
public final class ChartKey {

  /** Height of the key line, in pixels; 0 when the chart uses no special style. */
  static final int HEIGHT = 20;

  private static final int SWATCH = 18;

  /** The bar styles, with what each means (the key's text). */
  public enum Style {
    /** Paler fill: a value from a single ordinary source. */
    PALER("paler: one source"),
    /** Dashed outline (and paler still): a weak source, or sources that disagree. */
    DASHED("dashed: weak source"),
    /** Hatched part: a published range, from its low to its high end. */
    HATCHED("hatched: published range");

    private final String text;

    Style(String text) {
      this.text = text;
    }

    /** What the style means, as the key shows it. */
    public String text() {
      return text;
    }
  }

  private ChartKey() {}

  /** The styles the bars of {@code groups} use, in key order. */
  public static Set<Style> stylesUsed(List<BarChart.Group> groups) {
    Set<Style> used = EnumSet.noneOf(Style.class);
    for (BarChart.Group group : groups) {
      for (BarChart.Bar b : group.bars()) {
        if (b.confidence() == Confidence.SINGLE) {
          used.add(Style.PALER);
        }
        if (b.confidence() == Confidence.WEAK) {
          used.add(Style.DASHED);
        }
        // painted as in BarChart: a hatched part beyond the parts' sum up to the range's high end
        if (b.rangeHigh() > b.parts().stream().mapToDouble(BarChart.Part::value).sum()) {
          used.add(Style.HATCHED);
        }
      }
    }
    return used;
  }

  /** The height the key needs below the groups. */
  static int height(List<BarChart.Group> groups) {
    return stylesUsed(groups).isEmpty() ? 0 : HEIGHT;
  }

  /** Paints the key with its top at {@code top}: a small swatch per style, then its text. */
  static void paint(
      Graphics2D g, List<BarChart.Group> groups, double top, Color bg, FontMetrics fm) {
    Color solid = Theme.readable(ChartColors.PUBLISHED, bg, Theme.GRAPHIC_CONTRAST);
    double x = BarChart.PAD;
    double y = top + (HEIGHT - BarChart.BAR) / 2.0;
    for (Style s : stylesUsed(groups)) {
      Rectangle2D r = new Rectangle2D.Double(x, y, SWATCH, BarChart.BAR);
      switch (s) {
        case PALER -> {
          g.setColor(ChartColors.forConfidence(solid, Confidence.SINGLE, bg));
          g.fill(r);
        }
        case DASHED -> {
          g.setColor(ChartColors.forConfidence(solid, Confidence.WEAK, bg));
          g.fill(r);
          BarShapes.outline(g, r, solid, Confidence.WEAK);
        }
        case HATCHED -> {
          BarShapes.hatch(g, r, solid);
          g.setColor(solid);
          g.draw(r);
        }
      }
      g.setColor(Theme.mutedText(bg));
      float base = (float) (top + (HEIGHT + fm.getAscent()) / 2.0 - 1);
      g.drawString(s.text(), (float) (x + SWATCH + 4), base);
      x += SWATCH + 4 + fm.stringWidth(s.text()) + 12;
    }
  }
}
