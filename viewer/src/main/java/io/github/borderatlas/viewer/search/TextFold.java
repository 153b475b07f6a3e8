package io.github.borderatlas.viewer.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching that ignores case and accents: "Öskemen", "oskemen" and "OSKEMEN" fold
 * alike, as do "Ürümqi" and "urumqi". Canonical decomposition (NFD) with the combining marks
 * dropped, then lower case (root locale); a few letters that do not decompose are mapped to their
 * base letter (ı → i, ø → o, ł → l, ß → ss). Cyrillic and Chinese text is kept, so a Kazakh
 * "Қорғас" still matches only Cyrillic queries; Cyrillic й keeps its breve (й is a letter of its
 * own). Stateless and thread-safe.
 */
public final class TextFold {

  private TextFold() {}

  /** The folded form of {@code text} ("" for {@code null}). */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        // keep the breve of Cyrillic й/Й: in Kazakh and Russian it is a letter of its own
        if (c == '\u0306' && i > 0 && (d.charAt(i - 1) == 'и' || d.charAt(i - 1) == 'И')) {
          b.append(c);
        }
        continue;
      }
      b.append(
          switch (c) {
            case 'ı' -> "i";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'ß' -> "ss";
            default -> String.valueOf(c);
          });
    }
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** True when the folded {@code text} contains the folded {@code query}. */
  public static boolean contains(String text, String foldedQuery) {
    return fold(text).contains(foldedQuery);
  }
}
