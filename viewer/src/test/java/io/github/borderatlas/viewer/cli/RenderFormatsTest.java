package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code render}'s format, layout and date options, and its one-line errors. */
class RenderFormatsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--format|gif|--format must be png, svg or pdf, was \"gif\"",
        "--date|1870-13|--date must be a date of the form yyyy, yyyy-MM or yyyy-MM-dd, was"
            + " \"1870-13\"",
        "--date|18700|--date must be a date of the form yyyy, yyyy-MM or yyyy-MM-dd",
        "--paper|B5|--paper must be A4, A3 or letter, was \"B5\""
      })
  void badOption_oneLineAndExit2(String option, String value, String message) {
    Path out = dir.resolve("map.svg");
    CliRunner r = CliRunner.run("render", "--out", out.toString(), option, value);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.noStackTrace()).isTrue();
    assertThat(out).doesNotExist();
  }

  @Test
  void otherImageExtension_withoutFormat_oneLineAndExit2() {
    Path out = dir.resolve("map.tiff");
    CliRunner r = CliRunner.run("render", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "borderatlas: cannot write "
                + out
                + ": render writes png, svg or pdf; name the file so, or give --format png|svg|pdf");
    assertThat(out).doesNotExist();
  }

  @Test
  void anyOtherName_isAPng_asRenderAlwaysWrote() throws IOException {
    Path out = dir.resolve("map.out");
    assertThat(CliRunner.run("render", "--out", out.toString()).code()).isZero();
    assertThat(ImageIO.read(out.toFile())).isNotNull();
  }

  @Test
  void formatOption_overridesTheExtension() throws IOException {
    Path out = dir.resolve("map.png");
    CliRunner r = CliRunner.run("render", "--out", out.toString(), "--format", "SVG");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void svgToStandardOutput_reportOnStandardError() {
    CliRunner r = CliRunner.run("render", "--out", "-", "--format", "svg", "--no-layout");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<?xml").contains("<svg").doesNotContain("Map date:");
    assertThat(r.err()).startsWith("Wrote (standard output) (SVG 1200x800 px");
  }

  @Test
  void pngLayout_isOptional_andDrawsTheTitle() throws IOException {
    Path plain = dir.resolve("plain.png");
    Path laid = dir.resolve("laid.png");
    assertThat(CliRunner.run("render", "--out", plain.toString()).code()).isZero();
    assertThat(CliRunner.run("render", "--out", laid.toString(), "--layout").code()).isZero();
    BufferedImage a = ImageIO.read(plain.toFile());
    BufferedImage b = ImageIO.read(laid.toFile());
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    // the layout's white title band: the top-left corner is paper white, the bare map is not
    assertThat(b.getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
    assertThat(a.getRGB(5, 5) & 0xffffff).isNotEqualTo(0xffffff);
  }

  @Test
  void dateOption_changesThePicture() throws IOException {
    BufferedImage early = renderAt("1870", "a");
    BufferedImage late = renderAt("2025", "b");
    BufferedImage lateAgain = renderAt("2025", "c");
    assertThat(differingPixels(late, lateAgain)).isZero(); // the same date draws the same picture
    // the Kapchagay Reservoir (dammed in the 1970s) is greyed in 1870 and the four disputed sectors
    // (settled 1994-2002) in 2025: 421 pixels differed at 600x400 when this test was written
    assertThat(differingPixels(early, late)).isGreaterThan(100);
  }

  private BufferedImage renderAt(String date, String name) throws IOException {
    Path out = dir.resolve(name + ".png");
    CliRunner r =
        CliRunner.run(
            ChinaKazakhstan::atlas,
            "render",
            "--out",
            out.toString(),
            "--date",
            date,
            "--width",
            "600",
            "--height",
            "400");
    assertThat(r.code()).as(r.err()).isZero();
    return ImageIO.read(out.toFile());
  }

  private static long differingPixels(BufferedImage a, BufferedImage b) {
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differing++;
        }
      }
    }
    return differing;
  }
}
