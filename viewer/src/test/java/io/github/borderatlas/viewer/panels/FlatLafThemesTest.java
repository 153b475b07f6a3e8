package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.viewer.panels.BarChart.Bar;
import io.github.borderatlas.viewer.panels.BarChart.Group;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The charts under the real FlatLaf light and dark themes (headless), text and bars readable. */
class FlatLafThemesTest {

  private LookAndFeel previous;

  @BeforeEach
  void remember() {
    previous = UIManager.getLookAndFeel();
  }

  @AfterEach
  void restore() throws Exception {
    UIManager.setLookAndFeel(previous);
  }

  @ParameterizedTest(name = "dark = {0}")
  @ValueSource(booleans = {false, true})
  void chartsReadOnTheThemesBackground(boolean dark) {
    FlatLaf laf = dark ? new FlatDarkLaf() : new FlatLightLaf();
    FlatLaf.setup(laf);
    BarChart chart = new BarChart();
    chart.setOpaque(true);
    chart.setGroups(
        List.of(
            new Group(
                "Length, km",
                List.of(
                    Bar.of(
                        "Measured",
                        1782,
                        ChartColors.MEASURED,
                        Confidence.MEASURED,
                        "1,782 km",
                        null),
                    Bar.of(
                        "Published · S2",
                        1700,
                        ChartColors.PUBLISHED,
                        Confidence.WEAK,
                        "1,700 km",
                        null)))));
    Color bg = Theme.background(chart);
    assertThat(Theme.isDark(bg)).isEqualTo(dark);
    assertThat(Theme.contrast(Theme.text(bg), bg)).isGreaterThanOrEqualTo(Theme.TEXT_CONTRAST);
    for (Color c :
        new Color[] {
          ChartColors.CHINA,
          ChartColors.KAZAKHSTAN,
          ChartColors.MEASURED,
          ChartColors.PUBLISHED,
          ChartColors.FLOW,
          ChartColors.WITHDRAWAL
        }) {
      assertThat(Theme.contrast(Theme.readable(c, bg, Theme.GRAPHIC_CONTRAST), bg))
          .isGreaterThanOrEqualTo(Theme.GRAPHIC_CONTRAST);
    }
    chart.setSize(500, chart.getPreferredSize().height);
    BufferedImage img = new BufferedImage(500, chart.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    chart.paint(g);
    g.dispose();
    // Background where nothing is drawn (the top-right corner) is the theme's panel colour.
    assertThat(new Color(img.getRGB(498, 1))).isEqualTo(bg);
    int y = (int) chart.barBounds(0, 0).getCenterY();
    int x = (int) chart.barBounds(0, 0).getCenterX();
    Color bar = new Color(img.getRGB(x, y));
    assertThat(Theme.contrast(bar, bg)).isGreaterThanOrEqualTo(Theme.GRAPHIC_CONTRAST - 0.05);
  }
}
