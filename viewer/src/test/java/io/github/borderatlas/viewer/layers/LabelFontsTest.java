package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.InputStream;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled CJK font and the split of label text between the label font and it. */
class LabelFontsTest {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  @Test
  void theBundledFontLoadsOnceAsTrueType() throws Exception {
    Font f = LabelFonts.cjk();
    // the family and face written by subset-cjk.sh: face 2 of NotoSansCJK-Regular.ttc
    assertThat(f.getFamily()).isEqualTo("Noto Sans CJK SC");
    assertThat(f.canDisplayUpTo("霍尔果斯口岸")).isEqualTo(-1);
    // Latin and Cyrillic are left out on purpose (the label fonts have them)
    assertThat(f.canDisplay('A')).isFalse();
    assertThat(f.canDisplay('Ж')).isFalse();
    // loaded once, also when asked from several threads at the same time
    List<CompletableFuture<Font>> asked =
        IntStream.range(0, 4)
            .mapToObj(i -> CompletableFuture.supplyAsync(LabelFonts::cjk))
            .toList();
    for (CompletableFuture<Font> a : asked) {
      assertThat(a.get()).isSameAs(f);
    }
    // the file for embedding is a TrueType file (sfnt version 0x00010000), not CFF ("OTTO")
    try (InputStream in = LabelFonts.openFontFile()) {
      assertThat(in.readNBytes(4)).containsExactly(0, 1, 0, 0);
    }
  }

  @Test
  void textTheLabelFontShowsStaysInIt() {
    Font font = Palette.PLACE_FONT;
    assertThat(LabelFonts.needsFallback("Khorgos +2", font)).isFalse();
    assertThat(runs(LabelFonts.styled("Khorgos +2", font))).containsExactly("Khorgos +2=" + font);
  }

  @Test
  void charactersTheLabelFontLacksGoToTheFallbackAtTheSameSizeAndStyle() {
    // the CJK subset as the label font lacks " +2", which the logical SansSerif font has: the same
    // split as a Chinese place name plus its cluster count in a font without Chinese
    Font label = LabelFonts.cjk().deriveFont(Font.BOLD, 11f);
    Font fallback = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    assertThat(LabelFonts.needsFallback("霍尔 +2", label)).isTrue();
    List<String> runs = runs(LabelFonts.styled("霍尔 +2", label, fallback));
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0)).isEqualTo("霍尔=" + label);
    assertThat(runs.get(1)).isEqualTo(" +2=" + fallback.deriveFont(Font.BOLD, 11f));
  }

  @Test
  void chineseLabelsAreLaidOutWithGlyphs() {
    TextLayout a = LabelSprites.layout("霍尔果斯口岸", Palette.PLACE_FONT, FRC);
    TextLayout b = LabelSprites.layout("阿拉山口口岸", Palette.PLACE_FONT, FRC);
    // six ideographs of about one em (11 px) each, whichever font draws them
    assertThat(a.getAdvance()).isBetween(55f, 80f);
    assertThat(a.getOutline(null).getBounds2D()).isNotEqualTo(b.getOutline(null).getBounds2D());
    assertThat(LabelFonts.styled("", Palette.PLACE_FONT).getIterator().getEndIndex()).isZero();
  }

  /** Each run of one font as {@code text=font}. */
  private static List<String> runs(java.text.AttributedString s) {
    AttributedCharacterIterator it = s.getIterator();
    List<String> out = new ArrayList<>();
    while (it.getIndex() < it.getEndIndex()) {
      int end = it.getRunLimit(TextAttribute.FONT);
      StringBuilder text = new StringBuilder();
      Object font = it.getAttribute(TextAttribute.FONT);
      for (char c = it.current(); it.getIndex() < end; c = it.next()) {
        text.append(c);
      }
      out.add(text + "=" + font);
    }
    return out;
  }
}
