package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.draw.RenderQuality;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labels drawn from cached images against the same labels drawn as vectors (halo stroke, then text
 * fill, as {@link LabelLayout} drew them before the cache). Anchors on a quarter pixel are placed
 * exactly, so the two may differ only by 8-bit rounding of the composited colours.
 */
class LabelSpritesTest {

  private static final Font FONT = Palette.PLACE_FONT_BOLD;
  private static final Color COLOR = Palette.CROSSING.darker();

  private static BufferedImage image(double scale, Consumer<Graphics2D> draw) {
    BufferedImage img =
        new BufferedImage((int) (300 * scale), (int) (120 * scale), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      RenderQuality.hints(g);
      g.setColor(Palette.KAZAKHSTAN);
      g.fillRect(0, 0, 300, 120);
      draw.accept(g);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static void vectors(Graphics2D g, TextLayout layout, AffineTransform at, String text) {
    Graphics2D g2 = (Graphics2D) g.create();
    g2.transform(at);
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(-20, 4));
    g2.setColor(Palette.HALO);
    g2.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g2.draw(outline);
    g2.setColor(COLOR);
    g2.fill(outline);
    g2.dispose();
  }

  private static int maxChannelDifference(BufferedImage a, BufferedImage b) {
    int max = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s < 32; s += 8) {
          max = Math.max(max, Math.abs(((p >> s) & 255) - ((q >> s) & 255)));
        }
      }
    }
    return max;
  }

  @ParameterizedTest
  @CsvSource({
    "1, 120.25, 60.5, 0",
    "1, 80, 40.75, 0.3",
    "2, 120.25, 60.5, 0",
    "2, 101.5, 70.25, -0.52",
    "1.5, 97, 50, 0"
  })
  void imageOfALabel_matchesItsVectors(double scale, double x, double y, double angle) {
    String text = "Nur Zholy / Khorgos";
    AffineTransform at = AffineTransform.getTranslateInstance(x, y);
    at.rotate(angle);
    BufferedImage sprite =
        image(
            scale,
            g -> {
              TextLayout layout = LabelSprites.layout(text, FONT, g.getFontRenderContext());
              LabelSprites.draw(g, layout, at, -20, 4, text, FONT, COLOR);
            });
    BufferedImage vector =
        image(
            scale, g -> vectors(g, new TextLayout(text, FONT, g.getFontRenderContext()), at, text));
    // the label is there (text colour present) and equal up to rounding
    assertThat(maxChannelDifference(sprite, image(scale, g -> {}))).isGreaterThan(100);
    assertThat(maxChannelDifference(sprite, vector)).isLessThanOrEqualTo(3);
  }

  @Test
  void aLabelMovedByWholePixels_reusesItsImage() {
    String text = "Sprite reuse " + System.nanoTime();
    int before = LabelSprites.cachedSprites();
    for (int dx = 0; dx < 5; dx++) {
      AffineTransform at = AffineTransform.getTranslateInstance(60.25 + dx, 50);
      image(
          1,
          g ->
              LabelSprites.draw(
                  g,
                  LabelSprites.layout(text, FONT, g.getFontRenderContext()),
                  at,
                  0,
                  0,
                  text,
                  FONT,
                  COLOR));
    }
    assertThat(LabelSprites.cachedSprites() - before).isEqualTo(1);
    AffineTransform quarter = AffineTransform.getTranslateInstance(60.5, 50);
    image(
        1,
        g ->
            LabelSprites.draw(
                g,
                LabelSprites.layout(text, FONT, g.getFontRenderContext()),
                quarter,
                0,
                0,
                text,
                FONT,
                COLOR));
    assertThat(LabelSprites.cachedSprites() - before).isEqualTo(2);
  }

  @Test
  void aRotatedTarget_getsVectorsAndNoImage() {
    String text = "Rotated target " + System.nanoTime();
    int before = LabelSprites.cachedSprites();
    AffineTransform at = AffineTransform.getTranslateInstance(150, 60);
    BufferedImage drawn =
        image(
            1,
            g -> {
              g.rotate(0.1, 150, 60);
              LabelSprites.draw(
                  g,
                  LabelSprites.layout(text, FONT, g.getFontRenderContext()),
                  at,
                  -20,
                  4,
                  text,
                  FONT,
                  COLOR);
            });
    BufferedImage vector =
        image(
            1,
            g -> {
              g.rotate(0.1, 150, 60);
              vectors(g, new TextLayout(text, FONT, g.getFontRenderContext()), at, text);
            });
    assertThat(LabelSprites.cachedSprites()).isEqualTo(before);
    assertThat(maxChannelDifference(drawn, vector)).isZero();
  }
}
