package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.testkit.ChildJvms;
import io.github.borderatlas.testkit.Requirement;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese labels ({@code --lang zh}) on a machine without a CJK font draw glyphs from the bundled
 * font, not boxes. The machine is simulated: a child JVM runs {@link CjkLabelProbe} with a
 * fontconfig configuration ({@code FONTCONFIG_FILE}) that lists only the DejaVu fonts, and its own
 * {@code user.home} so that the JDK's cached font list of this machine is not used; the child
 * confirms that its label font cannot display the names.
 *
 * <p>The two names, 霍尔果斯口岸 (crossing.khorgos) and 阿拉山口口岸 (crossing.dostyk), come from
 * places.geojson and have six characters each: drawn in the label font alone they are six equal
 * missing-glyph boxes, so their pixel masks are equal; drawn as labels they must differ from each
 * other and from those boxes.
 */
class CjkLabelsWithoutSystemFontTest {

  @Test
  void chineseLabelsDrawGlyphsNotBoxes(@TempDir Path dir) throws Exception {
    Path fonts = dejaVuDirectory();
    Path conf = dir.resolve("fonts.conf");
    Files.writeString(
        conf,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
            + "  <dir>"
            + fonts
            + "</dir>\n  <cachedir>"
            + dir.resolve("fc-cache")
            + "</cachedir>\n</fontconfig>\n");
    Path home = Files.createDirectories(dir.resolve("home"));
    ProcessBuilder pb =
        new ProcessBuilder(
            ChildJvms.command(
                CjkLabelProbe.class,
                List.of("-Xmx256m", "-Djava.awt.headless=true", "-Duser.home=" + home),
                dir.toString(),
                "crossing.khorgos",
                "crossing.dostyk"));
    pb.environment().put("FONTCONFIG_FILE", conf.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe ended").isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    // the child has no font for these names: its label font stops at the first character
    assertThat(out.lines().toList()).containsExactly("1\t霍尔果斯口岸\t0", "2\t阿拉山口口岸\t0");

    BitSet plain1 = mask(dir.resolve("plain-1.png"));
    BitSet plain2 = mask(dir.resolve("plain-2.png"));
    BitSet label1 = mask(dir.resolve("label-1.png"));
    BitSet label2 = mask(dir.resolve("label-2.png"));
    assertThat(plain1.cardinality()).as("boxes drawn").isPositive();
    assertThat(plain1).as("six boxes either way").isEqualTo(plain2);

    assertThat(label1.cardinality()).as("glyph pixels").isGreaterThan(40);
    assertThat(label2.cardinality()).as("glyph pixels").isGreaterThan(40);
    assertThat(label1).isNotEqualTo(label2);
    assertThat(differing(label1, label2)).as("the names' masks differ widely").isGreaterThan(40);
    // the labels are not the boxes, wherever on the image these were drawn
    assertThat(shiftedToOrigin(label1)).isNotEqualTo(shiftedToOrigin(plain1));
    assertThat(shiftedToOrigin(label2)).isNotEqualTo(shiftedToOrigin(plain2));
  }

  /** The directory of DejaVuSans.ttf, a font every Debian JDK has through fontconfig. */
  private static Path dejaVuDirectory() throws IOException {
    Optional<Path> found;
    try (Stream<Path> s = Files.walk(Path.of("/usr/share/fonts"))) {
      found =
          s.filter(f -> f.getFileName().toString().equals("DejaVuSans.ttf"))
              .map(Path::getParent)
              .findFirst();
    } catch (IOException e) {
      found = Optional.empty();
    }
    Requirement.require(
        found.isPresent(),
        "DejaVu Sans in /usr/share/fonts (the child JVM's only font)",
        "apt-get install fonts-dejavu-core");
    return found.orElseThrow();
  }

  /** Pixels visibly darker than the white background (antialiased text and boxes), row by row. */
  private static BitSet mask(Path png) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    BitSet m = new BitSet();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFF) < 224) {
          m.set(y * CjkLabelProbe.WIDTH + x);
        }
      }
    }
    return m;
  }

  private static int differing(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.xor(b);
    return x.cardinality();
  }

  /** The mask moved so that its topmost row and leftmost column are 0. */
  private static BitSet shiftedToOrigin(BitSet m) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
      minX = Math.min(minX, i % CjkLabelProbe.WIDTH);
      minY = Math.min(minY, i / CjkLabelProbe.WIDTH);
    }
    BitSet out = new BitSet();
    for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
      out.set(
          (i / CjkLabelProbe.WIDTH - minY) * CjkLabelProbe.WIDTH + i % CjkLabelProbe.WIDTH - minX);
    }
    return out;
  }
}
