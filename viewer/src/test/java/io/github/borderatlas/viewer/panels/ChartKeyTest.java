package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart key lists each bar style the bars use, and only those. */
class ChartKeyTest {

  private static Bar bar(Confidence c) {
    return Bar.of("b", 10, ChartColors.PUBLISHED, c, "10", null);
  }

  @Test
  void keyListsEachStyleUsed() {
    BarChart chart = new BarChart();
    chart.setGroups(
        List.of(
            new Group(
                "g",
                List.of(
                    bar(Confidence.WEAK),
                    Bar.range("r", 1.5, 2.0, ChartColors.WITHDRAWAL, Confidence.FIRM, "", null)))));
    assertThat(chart.keyStyles()).containsExactly(ChartKey.Style.DASHED, ChartKey.Style.HATCHED);
    chart.setGroups(List.of(new Group("g", List.of(bar(Confidence.SINGLE)))));
    assertThat(chart.keyStyles()).containsExactly(ChartKey.Style.PALER);
  }

  @Test
  void firmAndMeasuredBarsNeedNoKeyAndNoRoom() {
    BarChart chart = new BarChart();
    chart.setGroups(
        List.of(new Group("g", List.of(bar(Confidence.FIRM), bar(Confidence.MEASURED)))));
    int plain = chart.getPreferredSize().height;
    assertThat(chart.keyStyles()).isEmpty();
    chart.setGroups(List.of(new Group("g", List.of(bar(Confidence.FIRM), bar(Confidence.WEAK)))));
    assertThat(chart.getPreferredSize().height).isEqualTo(plain + ChartKey.HEIGHT);
  }

  @Test
  void theKeyIsPaintedBelowTheBars() {
    BarChart chart = new BarChart();
    chart.setGroups(
        List.of(
            new Group(
                "g",
                List.of(
                    bar(Confidence.SINGLE),
                    bar(Confidence.WEAK),
                    Bar.range("r", 1, 3, ChartColors.FLOW, Confidence.FIRM, "", null)))));
    Color bg = new Color(0xF2F2F2);
    chart.setOpaque(true);
    chart.setBackground(bg);
    chart.setSize(640, chart.getPreferredSize().height);
    BufferedImage img = new BufferedImage(640, chart.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    chart.paint(g);
    g.dispose();
    // the key line (the last ChartKey.HEIGHT pixels) holds swatches: some pixels differ from bg
    int inked = 0;
    for (int y = img.getHeight() - ChartKey.HEIGHT; y < img.getHeight(); y++) {
      for (int x = 0; x < 200; x++) {
        if (img.getRGB(x, y) != bg.getRGB()) {
          inked++;
        }
      }
    }
    assertThat(inked).isGreaterThan(50);
  }
}
