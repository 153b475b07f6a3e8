package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The whole figures panel, headless: charts laid out and painted, numbers in the text. */
class BorderFiguresPanelTest {

  @Test
  void layoutAndPaint_showBothCharts_andTheTables() {
    BorderFiguresPanel p = new BorderFiguresPanel(PanelFixtures.atlas());
    p.setSize(820, 700);
    WaterPanelTest.layout(p);
    WaterPanelTest.layout(p);
    assertThat(p.lengthChart().getWidth()).isGreaterThan(700);
    assertThat(p.lengthChart().groups()).hasSize(3);
    assertThat(p.disputeChart().groups()).hasSize(1);
    BufferedImage img = new BufferedImage(820, 700, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    p.paint(g);
    g.dispose();
    // The measured total bar is drawn in the measured colour, in the panel's image.
    Rectangle2D bar = p.lengthChart().barBounds(0, 0);
    Point at =
        SwingUtilities.convertPoint(
            p.lengthChart(), (int) bar.getCenterX(), (int) bar.getCenterY(), p);
    int x = at.x;
    int y = at.y;
    Color bg = Theme.background(p.lengthChart());
    Color want = Theme.readable(ChartColors.MEASURED, bg, Theme.GRAPHIC_CONTRAST);
    Color got = new Color(img.getRGB(x, y));
    assertThat(Math.abs(got.getGreen() - want.getGreen()) + Math.abs(got.getRed() - want.getRed()))
        .isLessThan(30);
    HtmlPane text = WaterPanelTest.find(p, "figures.text", HtmlPane.class);
    assertThat(text.getText()).contains("Border length").contains("Disputed land, as published");
  }
}
