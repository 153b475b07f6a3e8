package io.github.borderatlas.core.io.sources;

import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Source;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a bibliography as biblatex-style BibTeX in UTF-8: {@code @online} for items with an
 * address, {@code @misc} for the others, with {@code title}, {@code organization} (the site or
 * publisher), {@code date} in ISO 8601 at its known precision ({@code 1883}, {@code 2015-01},
 * {@code 1999-03-24}), {@code url}, {@code urldate} when the access date is known, {@code langid}
 * and a {@code note} saying what is not known.
 *
 * <p>Text fields escape LaTeX's special characters ({@code \ { } & % $ # _ ~ ^}); the {@code url}
 * field is written verbatim, as the {@code url} package and biber expect. Control characters are
 * dropped. The citation key is the record id.
 */
public final class BibTex {

  private BibTex() {}

  /**
   * Writes the records; the writer is flushed, not closed.
   *
   * @throws IOException when the writer fails
   */
  public static void write(Bibliography bibliography, Writer out) throws IOException {
    out.write("% BorderAtlas bibliography (UTF-8; for biblatex with biber)\n");
    for (Source s : bibliography.records()) {
      out.write('\n');
      out.write(s.url().isPresent() ? "@online{" : "@misc{");
      out.write(key(s.id()));
      out.write(",\n");
      field(out, "title", escape(s.displayTitle()));
      if (s.publisher().isPresent()) {
        field(out, "organization", escape(s.publisher().get()));
      }
      if (s.issued().isPresent()) {
        field(out, "date", s.issued().get().toString());
      }
      if (s.url().isPresent()) {
        field(out, "url", stripControls(s.url().get()).replace("{", "%7B").replace("}", "%7D"));
      }
      if (s.accessed().isPresent()) {
        field(out, "urldate", s.accessed().get().toString());
      }
      if (!s.language().equals("und")) {
        field(out, "langid", escape(s.language()));
      }
      field(out, "note", escape(CslJson.note(s)));
      out.write("}\n");
    }
    out.flush();
  }

  private static void field(Writer out, String name, String value) throws IOException {
    out.write("  ");
    out.write(name);
    out.write(" = {");
    out.write(value);
    out.write("},\n");
  }

  /** A citation key: the id with characters outside {@code [A-Za-z0-9.:_-]} replaced by '-'. */
  static String key(String id) {
    return id.replaceAll("[^A-Za-z0-9.:_-]", "-");
  }

  /** Escapes LaTeX's special characters and drops control characters. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
        case '~' -> sb.append("\\textasciitilde{}");
        case '^' -> sb.append("\\textasciicircum{}");
        default -> {
          if (!Character.isISOControl(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static String stripControls(String text) {
    return text.codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
