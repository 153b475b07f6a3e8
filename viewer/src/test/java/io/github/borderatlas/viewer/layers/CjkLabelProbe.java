package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.map.MapRenderer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Test helper run in a child JVM by {@link CjkLabelsWithoutSystemFontTest}: for each feature id
 * given, takes its Chinese name as {@code --lang zh} does ({@link LabelLanguage#pick}) and writes
 * into the output directory {@code label-N.png} (the name placed and drawn by {@link LabelLayout},
 * as the map draws it) and {@code plain-N.png} (the name drawn with {@link Graphics2D#drawString}
 * in the same label font, no fallback). Prints one line per name: {@code N<TAB>name<TAB>index of
 * the first character the label font cannot display, or -1}.
 */
public final class CjkLabelProbe {

  static final int WIDTH = 160;
  static final int HEIGHT = 40;
  static final Font FONT = Palette.PLACE_FONT;

  private CjkLabelProbe() {}

  /**
   * Arguments: the output directory, then feature ids.
   *
   * @param args see above
   * @throws IOException when an image cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Atlas atlas = ChinaKazakhstan.atlas();
    for (int i = 1; i < args.length; i++) {
      String name = LabelLanguage.CHINESE.pick(Atlas.namesOf(atlas.find(args[i]).orElseThrow()));
      write(
          dir.resolve("label-" + i + ".png"),
          g -> {
            LabelLayout layout = new LabelLayout(WIDTH, HEIGHT);
            layout.add(
                new Label(
                    name,
                    FONT,
                    Color.BLACK,
                    WIDTH / 2.0,
                    HEIGHT / 2.0,
                    0,
                    List.of(Label.Placement.CENTRE),
                    0));
            layout.placeAndDraw(g);
          });
      write(
          dir.resolve("plain-" + i + ".png"),
          g -> {
            g.setColor(Color.BLACK);
            g.setFont(FONT);
            g.drawString(name, 10f, HEIGHT / 2f + 5f);
          });
      System.out.println(i + "\t" + name + "\t" + FONT.canDisplayUpTo(name));
    }
  }

  private static void write(Path file, Consumer<Graphics2D> draw) throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      MapRenderer.hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      draw.accept(g);
    } finally {
      g.dispose();
    }
    ImageIO.write(img, "png", file.toFile());
  }
}
