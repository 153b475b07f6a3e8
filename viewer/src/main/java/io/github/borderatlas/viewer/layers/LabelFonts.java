package io.github.borderatlas.viewer.layers;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * The fallback font of the map labels for characters that the chosen label font cannot display:
 * Chinese names on a machine without a CJK font. The viewer ships a subset of Noto Sans CJK SC
 * Regular (SIL Open Font License 1.1, see {@code META-INF/licenses/borderatlas-viewer/}) holding
 * exactly the Chinese characters of the bundled data, made by {@code pipeline/fonts/subset-cjk.sh}.
 * It is a plain TrueType font, so every {@code Graphics2D} (screen, image, vector outputs) draws it
 * as it draws any font.
 *
 * <p>The font is read once, on first use (a label that needs it), by the class-holder idiom:
 * thread-safe without locks. Stateless otherwise.
 */
public final class LabelFonts {

  /** The bundled subset font, a class-path resource. */
  static final String RESOURCE = "/io/github/borderatlas/viewer/fonts/NotoSansCJKsc-subset.ttf";

  private LabelFonts() {}

  /** Loaded when first asked for, by the JVM's class initialisation (once, thread-safe). */
  private static final class Holder {
    static final Font CJK = load();
  }

  /**
   * The bundled CJK font at size 1 (derive the size wanted).
   *
   * @throws IllegalStateException when the resource is missing or not a font (a broken build)
   */
  public static Font cjk() {
    return Holder.CJK;
  }

  /**
   * The bundled font file's bytes, for outputs that embed fonts themselves (a PDF writer registers
   * this TrueType file for the text drawn in {@link #cjk()}). The caller closes the stream.
   *
   * @throws IllegalStateException when the resource is missing (a broken build)
   */
  public static InputStream openFontFile() {
    InputStream in = LabelFonts.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing font resource " + RESOURCE);
    }
    return in;
  }

  static Font load() {
    try (InputStream in = openFontFile()) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font resource " + RESOURCE, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("not a TrueType font: " + RESOURCE, e);
    }
  }

  /** True when {@code font} cannot display some character of {@code text}. */
  public static boolean needsFallback(String text, Font font) {
    return font.canDisplayUpTo(text) >= 0;
  }

  /**
   * {@code text} in {@code font}, each character that font cannot display but the bundled CJK font
   * can in the CJK font at the same size and style.
   */
  public static AttributedString styled(String text, Font font) {
    return styled(text, font, needsFallback(text, font) ? cjk() : null);
  }

  /**
   * {@code text} in {@code font}, each character that font cannot display but {@code fallback} can
   * in {@code fallback} derived to the same size and style; {@code fallback} null: all in {@code
   * font}.
   */
  static AttributedString styled(String text, Font font, Font fallback) {
    AttributedString s = new AttributedString(text);
    if (text.isEmpty()) {
      return s;
    }
    s.addAttribute(TextAttribute.FONT, font);
    if (fallback == null) {
      return s;
    }
    Font derived = fallback.deriveFont(font.getStyle(), font.getSize2D());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!font.canDisplay(cp) && derived.canDisplay(cp)) {
        s.addAttribute(TextAttribute.FONT, derived, i, i + n);
      }
      i += n;
    }
    return s;
  }
}
