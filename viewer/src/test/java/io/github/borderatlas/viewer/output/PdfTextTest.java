package io.github.borderatlas.viewer.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text in PDF pages: DejaVu faces found and embedded, and vector outlines when no face fits. */
class PdfTextTest {

  @TempDir Path dir;

  @Test
  void dejaVuFile_byFamilyAndStyle() {
    assertThat(FontFiles.dejaVuFile(Font.SANS_SERIF, false, false)).isEqualTo("DejaVuSans.ttf");
    assertThat(FontFiles.dejaVuFile(Font.SANS_SERIF, true, true))
        .isEqualTo("DejaVuSans-BoldOblique.ttf");
    assertThat(FontFiles.dejaVuFile(Font.SERIF, false, true)).isEqualTo("DejaVuSerif-Italic.ttf");
    assertThat(FontFiles.dejaVuFile(Font.MONOSPACED, true, false))
        .isEqualTo("DejaVuSansMono-Bold.ttf");
    assertThat(FontFiles.dejaVuFile(Font.DIALOG, false, false)).isEqualTo("DejaVuSans.ttf");
  }

  @Test
  void scan_indexesFontFilesByLowerCaseName() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(sub.resolve("Foo.TTF"), "x");
    Files.writeString(sub.resolve("bar.ttc"), "x");
    Files.writeString(sub.resolve("readme.txt"), "x");
    Map<String, Path> index = FontFiles.scan(List.of(dir, dir.resolve("missing")));
    assertThat(index).containsOnlyKeys("foo.ttf", "bar.ttc");
  }

  @Test
  void latinAndCyrillicAreText_andRightToLeftFallsBackToOutlines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorPages.writePdf(
        300,
        200,
        "test",
        (g, w, h) -> {
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
          g.drawString("Almaty Алматы", 10, 30);
          g.drawString("שלום", 10, 60); // right to left: left to PdfBoxGraphics2D's outlines
          g.setFont(new Font(Font.SERIF, Font.ITALIC, 12));
          g.drawString("Ili", 10, 90);
        },
        out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("test");
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Almaty Алматы", "Ili").doesNotContain("שלום");
      int fonts = 0;
      PDResources res = doc.getPage(0).getResources();
      for (var name : res.getXObjectNames()) {
        var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) res.getXObject(name);
        for (var f : form.getResources().getFontNames()) {
          assertThat(form.getResources().getFont(f).isEmbedded()).isTrue();
          fonts++;
        }
        assertThat(form.getResources().getXObjectNames()).isEmpty(); // no image inside
      }
      assertThat(fonts).isEqualTo(2); // DejaVu Sans and DejaVu Serif Italic
    }
  }

  /**
   * Chinese names are set in the bundled label subset (issue 10 §2), embedded, as text: so a PDF
   * made on a machine without any Chinese font still holds them as text.
   */
  @Test
  void chineseIsText_inTheBundledLabelFont() throws IOException {
    String khorgos = "霍尔果斯"; // name_zh of the Khorgos places in the bundled data
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorPages.writePdf(
        300,
        200,
        "zh",
        (g, w, h) -> {
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
          g.drawString("Khorgos " + khorgos, 10, 30);
        },
        out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Khorgos " + khorgos);
      java.util.List<String> names = new java.util.ArrayList<>();
      PDResources res = doc.getPage(0).getResources();
      for (var name : res.getXObjectNames()) {
        var form = (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) res.getXObject(name);
        for (var f : form.getResources().getFontNames()) {
          var font = form.getResources().getFont(f);
          assertThat(font.isEmbedded()).isTrue();
          names.add(font.getName());
        }
      }
      assertThat(names).anySatisfy(n -> assertThat(n).containsIgnoringCase("NotoSansCJK"));
    }
  }
}
