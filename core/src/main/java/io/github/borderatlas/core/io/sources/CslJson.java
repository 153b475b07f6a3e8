package io.github.borderatlas.core.io.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a bibliography as CSL-JSON (the Citation Style Language's data format, read by Zotero,
 * Pandoc and citeproc): an array of items with {@code id}, {@code type}, {@code title}, {@code
 * publisher} (and {@code container-title} for web pages and articles), {@code URL}, {@code issued}
 * and {@code accessed} as {@code date-parts} with only the known parts (a year-precise date is
 * {@code [[1883]]}), {@code language} and a {@code note} that says what is not known.
 *
 * <p>Deterministic (two-space indentation, {@code \n} line ends, records in bibliography order).
 */
public final class CslJson {

  /** Item types whose publisher is the container (site, newspaper, journal). */
  private static final Set<String> CONTAINED =
      Set.of(
          "webpage",
          "article",
          "article-newspaper",
          "article-magazine",
          "article-journal",
          "entry-encyclopedia");

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private CslJson() {}

  /**
   * Writes the records; the writer is flushed, not closed.
   *
   * @throws IOException when the writer fails
   */
  public static void write(Bibliography bibliography, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartArray();
      for (Source s : bibliography.records()) {
        writeItem(g, s);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeItem(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("type", s.type());
    g.writeStringField("title", s.displayTitle());
    if (s.publisher().isPresent()) {
      g.writeStringField("publisher", s.publisher().get());
      if (CONTAINED.contains(s.type())) {
        g.writeStringField("container-title", s.publisher().get());
      }
    }
    if (s.url().isPresent()) {
      g.writeStringField("URL", s.url().get());
    }
    if (s.issued().isPresent()) {
      writeDate(g, "issued", s.issued().get());
    }
    if (s.accessed().isPresent()) {
      writeDate(g, "accessed", s.accessed().get());
    }
    if (!s.language().equals("und")) {
      g.writeStringField("language", s.language());
    }
    g.writeStringField("note", note(s));
    g.writeEndObject();
  }

  /** The supports text and what is not known, for the item's note. */
  static String note(Source s) {
    List<String> parts = new ArrayList<>();
    parts.add("Supports: " + s.supports());
    if (!s.titleKnown()) {
      parts.add("title not known (description given)");
    }
    if (s.url().isEmpty()) {
      parts.add("address not known");
    }
    if (s.issued().isEmpty()) {
      parts.add("date of publication unknown");
    }
    if (s.accessed().isEmpty()) {
      parts.add("date accessed unknown");
    }
    if (!s.note().isEmpty()) {
      parts.add(s.note());
    }
    return String.join("; ", parts);
  }

  private static void writeDate(JsonGenerator g, String name, PartialDate d) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeArrayFieldStart("date-parts");
    g.writeStartArray();
    g.writeNumber(d.date().getYear());
    if (d.precision() != DatePrecision.YEAR) {
      g.writeNumber(d.date().getMonthValue());
    }
    if (d.precision() == DatePrecision.DAY) {
      g.writeNumber(d.date().getDayOfMonth());
    }
    g.writeEndArray();
    g.writeEndArray();
    g.writeEndObject();
  }
}
