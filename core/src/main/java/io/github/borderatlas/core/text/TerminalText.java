package io.github.borderatlas.core.text;

/**
 * Makes text that came from an input (GeoJSON types, ids, property names, file names) safe to print
 * on a terminal or into a log: every control character is replaced by a visible escape, so a file
 * cannot clear the screen, move the cursor, recolour the output or forge a line of its own.
 *
 * <p>Escaped: C0 controls U+0000..U+001F ({@code \n}, {@code \r} and {@code \t} by those names, the
 * others as {@code \}{@code u001b}), DEL U+007F, C1 controls U+0080..U+009F (a lone U+009B starts
 * an escape sequence on some terminals), the line and paragraph separators U+2028 and U+2029, and
 * the bidirectional overrides and isolates U+202A..U+202E and U+2066..U+2069 (they reorder what is
 * shown). Everything else, including other non-ASCII letters, is kept as is. A backslash is kept
 * too, so a Windows path reads as written.
 *
 * <p>Thread-safe: stateless.
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * The text with its control characters escaped; {@code "null"} for {@code null}, like {@link
   * String#valueOf(Object)}.
   */
  public static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    sb.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  /** Whether printing the text as is could act on a terminal (see the class comment). */
  public static boolean isSafe(CharSequence text) {
    return text == null || firstUnsafe(text) < 0;
  }

  private static int firstUnsafe(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
