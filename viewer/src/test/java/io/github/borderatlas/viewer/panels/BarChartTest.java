package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import io.github.borderatlas.viewer.panels.BarChart.Part;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart painted headless into an image. */
class BarChartTest {

  private static final Color LIGHT = new Color(0xF2F2F2);
  private static final Color DARK = new Color(0x3C3F41);

  /**
   * The Irtysh by country from facts.md §4 (S57): China 525, Kazakhstan 1,835, Russia 2,010 km; and
   * the published total 4,248 km (S55/S56).
   */
  private static List<Group> irtysh() {
    Bar stacked =
        new Bar(
            "By country · S57",
            List.of(
                new Part("China", 525, ChartColors.CHINA),
                new Part("Kazakhstan", 1835, ChartColors.KAZAKHSTAN),
                new Part("Russia", 2010, ChartColors.RUSSIA)),
            Double.NaN,
            Confidence.WEAK,
            "4,370 km",
            "",
            "S57");
    Bar total =
        Bar.of(
            "Length · S55",
            4248,
            ChartColors.PUBLISHED,
            Confidence.FIRM,
            "4,248 km",
            "S55 simple.wikipedia.org");
    Bar withdrawal =
        Bar.range(
            "Withdrawn in China · S59",
            1.5,
            2.0,
            ChartColors.WITHDRAWAL,
            Confidence.FIRM,
            "1.5–2 km³/yr",
            "S59");
    Bar flow =
        Bar.of(
            "Flow formed in China · S59",
            8.3,
            ChartColors.FLOW,
            Confidence.FIRM,
            "8.3 km³/yr",
            "S59");
    return List.of(
        new Group("Length, km", List.of(stacked, total)),
        new Group("Water, km³ a year", List.of(flow, withdrawal)));
  }

  private final BarChart chart = new BarChart();

  private BufferedImage paint(Color bg) {
    chart.setGroups(irtysh());
    chart.setOpaque(true);
    chart.setBackground(bg);
    chart.setSize(640, chart.getPreferredSize().height);
    BufferedImage img =
        new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    chart.paint(g);
    g.dispose();
    return img;
  }

  private static int distance(Color a, int rgb) {
    Color b = new Color(rgb);
    return Math.abs(a.getRed() - b.getRed())
        + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  @Test
  void barsOfAGroup_shareOneScale_proportionalToTheirValues() {
    paint(LIGHT);
    Rectangle2D stacked = chart.barBounds(0, 0);
    Rectangle2D total = chart.barBounds(0, 1);
    // 525 + 1835 + 2010 = 4,370 km is the longest bar of its group; 4,248 / 4,370 of it.
    assertThat(total.getWidth() / stacked.getWidth()).isCloseTo(4248.0 / 4370.0, within(1e-9));
    assertThat(stacked.getX()).isEqualTo(total.getX());
    Rectangle2D flow = chart.barBounds(1, 0);
    Rectangle2D withdrawal = chart.barBounds(1, 1);
    assertThat(withdrawal.getWidth() / flow.getWidth()).isCloseTo(2.0 / 8.3, within(1e-9));
  }

  @ParameterizedTest(name = "background #{0}")
  @ValueSource(strings = {"F2F2F2", "3C3F41"})
  void stackedParts_arePaintedInTheirColoursAtTheirShare(String hex) {
    Color bg = new Color(Integer.parseInt(hex, 16));
    BufferedImage img = paint(bg);
    Rectangle2D bar = chart.barBounds(0, 0);
    int y = (int) bar.getCenterY();
    // Part midpoints: China 0..525, Kazakhstan 525..2360, Russia 2360..4370 of 4,370 km.
    double[] mids = {262.5, 1442.5, 3365};
    Color[] colours = {ChartColors.CHINA, ChartColors.KAZAKHSTAN, ChartColors.RUSSIA};
    for (int i = 0; i < 3; i++) {
      int x = (int) (bar.getX() + bar.getWidth() * mids[i] / 4370);
      Color want =
          ChartColors.forConfidence(
              Theme.readable(colours[i], bg, Theme.GRAPHIC_CONTRAST), Confidence.WEAK, bg);
      assertThat(distance(want, img.getRGB(x, y))).as("part %d at x=%d", i, x).isLessThan(30);
    }
    // Beyond the end of the bar is background (the value text starts 5 px later).
    assertThat(distance(bg, img.getRGB((int) bar.getMaxX() + 2, y))).isLessThan(30);
  }

  @Test
  void aRange_isSolidToItsLowEnd_andHatchedToItsHighEnd() {
    BufferedImage img = paint(LIGHT);
    Rectangle2D r = chart.barBounds(1, 1);
    int y = (int) r.getCenterY();
    Color solid = Theme.readable(ChartColors.WITHDRAWAL, LIGHT, Theme.GRAPHIC_CONTRAST);
    int lowEnd = (int) (r.getX() + r.getWidth() * 1.5 / 2.0);
    assertThat(distance(solid, img.getRGB(lowEnd - 3, y))).isLessThan(30);
    int background = 0;
    int ink = 0;
    for (int x = lowEnd + 2; x < r.getMaxX() - 2; x++) {
      if (distance(LIGHT, img.getRGB(x, y)) < 30) {
        background++;
      } else {
        ink++;
      }
    }
    assertThat(background).as("gaps between hatch lines").isPositive();
    assertThat(ink).as("hatch lines").isPositive();
  }

  @Test
  void tooltip_isTheBarsSource() {
    paint(LIGHT);
    Rectangle2D r = chart.barBounds(0, 1);
    MouseEvent e =
        new MouseEvent(chart, MouseEvent.MOUSE_MOVED, 0, 0, 300, (int) r.getCenterY(), 0, false);
    assertThat(chart.getToolTipText(e)).contains("S55 simple.wikipedia.org");
  }

  @Test
  void preferredHeight_growsWithBarsAndRemarks() {
    chart.setGroups(
        List.of(new Group("One", List.of(Bar.of("a", 1, Color.RED, Confidence.FIRM, "1", null)))));
    int one = chart.getPreferredSize().height;
    chart.setGroups(
        List.of(
            new Group(
                "One",
                List.of(
                    Bar.of("a", 1, Color.RED, Confidence.FIRM, "1", null).withRemark("more")))));
    assertThat(chart.getPreferredSize().height).isEqualTo(one + BarChart.REMARK);
  }

  @Test
  void whenNarrow_labelsGoAboveAndValuesBelowTheBars_soTheBarsKeepTheWidth() {
    chart.setGroups(irtysh());
    chart.setSize(640, 10);
    int wideHeight = chart.getPreferredSize().height;
    chart.setSize(300, 10);
    // Labels go above the bars: the longest bar takes the width less the padding (and 4 px).
    assertThat(chart.barBounds(0, 0).getWidth()).isEqualTo(300 - 2 * BarChart.PAD - 4);
    // Four bars, each with a line for its label above and one for its value below.
    assertThat(chart.getPreferredSize().height).isEqualTo(wideHeight + 8 * BarChart.REMARK);
    BufferedImage img =
        new BufferedImage(300, chart.getPreferredSize().height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    chart.paint(g);
    g.dispose();
  }

  @Test
  void rejectsNegativeParts_andReversedRanges() {
    assertThatThrownBy(() -> new Part("x", -1, Color.RED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> Bar.range("r", 2, 1, Color.RED, Confidence.FIRM, "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("high >= low");
    assertThatThrownBy(() -> new Group("g", List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
