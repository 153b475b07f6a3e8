package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.testkit.Requirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} to SVG and PDF on the bundled atlas: the files are what other tools read as valid
 * vector drawings (xmllint, rsvg-convert, poppler's pdftoppm/pdftotext/pdfimages/pdffonts), with
 * the place names as text, not images.
 */
class VectorRenderTest {

  @TempDir static Path dir;

  private static Path svg;
  private static Path pdf;
  private static Place almaty;

  @BeforeAll
  static void render() {
    Atlas atlas = ChinaKazakhstan.atlas();
    almaty = atlas.findByName("Almaty", Place.class).orElseThrow();
    svg = dir.resolve("map.svg");
    CliRunner s = CliRunner.run(ChinaKazakhstan::atlas, "render", "--out", svg.toString());
    assertThat(s.code()).as(s.err()).isZero();
    pdf = dir.resolve("map.pdf");
    CliRunner p =
        CliRunner.run(
            ChinaKazakhstan::atlas,
            "render",
            "--out",
            pdf.toString(),
            "--title",
            title(),
            "--date",
            "1995");
    assertThat(p.code()).as(p.err()).isZero();
  }

  /** A title in Kazakh and Chinese: Almaty's names as the bundled data gives them. */
  private static String title() {
    return almaty.names().kazakh().orElseThrow() + " / " + almaty.names().chinese().orElseThrow();
  }

  @Test
  void svg_isWellFormedAndRenders() throws Exception {
    ToolRun lint = ToolRun.run("xmllint", "--noout", svg.toString());
    assertThat(lint.code()).as(lint.output()).isZero();
    Path png = dir.resolve("from-svg.png");
    ToolRun rsvg = ToolRun.run("rsvg-convert", "-o", png.toString(), svg.toString());
    assertThat(rsvg.code()).as(rsvg.output()).isZero();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void svg_labelsAreTextAndNothingIsAnImage() throws IOException {
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(text).startsWith("<?xml").contains("<svg");
    // the screen draws labels as cached images; the SVG must have them as text elements
    assertThat(text).containsPattern("<text[^>]*>Almaty</text>");
    assertThat(text).contains(">China–Kazakhstan border</text>"); // the layout's default title
    assertThat(text).doesNotContain("<image");
  }

  @Test
  void pdf_rendersAndHoldsThePlaceNamesAndNoticesAsText() throws Exception {
    Path png = dir.resolve("page");
    ToolRun ppm = ToolRun.run("pdftoppm", "-r", "30", "-png", pdf.toString(), png.toString());
    assertThat(ppm.code()).as(ppm.output()).isZero();
    ToolRun text = ToolRun.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    assertThat(text.code()).as(text.output()).isZero();
    assertThat(text.output())
        .contains("Almaty")
        .contains(almaty.names().kazakh().orElseThrow())
        .contains("© OpenStreetMap contributors")
        .contains("Map date: 1995")
        .contains("Albers equal-area conic, standard parallels 43°N and 49°N");
  }

  @Test
  void pdf_holdsChineseNamesAsText() throws Exception {
    ToolRun zh = ToolRun.run("fc-list", ":lang=zh", "file");
    Requirement.require(
        !zh.output().isBlank(),
        "a font with Chinese glyphs",
        "apt-get install fonts-droid-fallback");
    ToolRun text = ToolRun.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    assertThat(text.output()).contains(almaty.names().chinese().orElseThrow());
  }

  @Test
  void pdf_hasNoRasterAndEmbedsItsFonts() throws Exception {
    ToolRun images = ToolRun.run("pdfimages", "-list", pdf.toString());
    assertThat(images.code()).as(images.output()).isZero();
    // header and rule only: not a single image, let alone a page-sized one
    assertThat(images.output().strip().lines()).hasSize(2);
    ToolRun fonts = ToolRun.run("pdffonts", pdf.toString());
    assertThat(fonts.code()).as(fonts.output()).isZero();
    var rows = fonts.output().strip().lines().skip(2).toList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).contains(" yes "));
    assertThat(rows).anyMatch(r -> r.contains("DejaVuSans"));
  }

  @Test
  void pdf_paperAndOrientationSetTheMediaBox() throws IOException {
    Path a3 = dir.resolve("a3.pdf");
    CliRunner r =
        CliRunner.run(
            ChinaKazakhstan::atlas,
            "render",
            "--out",
            a3.toString(),
            "--paper",
            "A3",
            "--landscape");
    assertThat(r.code()).as(r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(a3.toFile())) {
      PDRectangle box = doc.getPage(0).getMediaBox();
      // ISO 216 A3 is 297 x 420 mm; 72/25.4 points per millimetre
      assertThat((double) box.getWidth())
          .isCloseTo(420 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
      assertThat((double) box.getHeight())
          .isCloseTo(297 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDRectangle box = doc.getPage(0).getMediaBox(); // default A4 portrait, 210 x 297 mm
      assertThat((double) box.getWidth())
          .isCloseTo(210 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
      assertThat((double) box.getHeight())
          .isCloseTo(297 * 72 / 25.4, org.assertj.core.data.Offset.offset(0.01));
    }
  }
}
