package io.github.borderatlas.viewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.borderatlas.core.analysis.InstrumentsInForce;
import io.github.borderatlas.core.analysis.InstrumentsInForce.Instrument;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Source;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints {@link InstrumentsInForce} as text (one block per instrument; text from the data escaped
 * by {@link TerminalText}) or as one JSON object ({@code date}, {@code instruments}: {@code id},
 * {@code title}, {@code kind}, {@code signed}, {@code entry_into_force} (null when not sourced),
 * {@code in_force_until}, {@code status}, {@code parties}, {@code ratifications}, {@code source},
 * {@code source_ids}: the bibliography records it cites). Dates keep their precision ({@code
 * 1860-11}). Stateless.
 */
final class TreatiesOutput {

  private static final JsonFactory JSON = new JsonFactory();

  private TreatiesOutput() {}

  static void text(InstrumentsInForce r, Bibliography bibliography, PrintWriter out) {
    List<Instrument> list = r.instruments();
    if (list.isEmpty()) {
      out.println("No instrument in force on " + r.date());
      return;
    }
    out.println("Instruments in force on " + r.date() + " (" + list.size() + ")");
    for (Instrument i : list) {
      TimelineEntry e = i.entry();
      out.println();
      out.println("  " + e.date() + "  " + TerminalText.escape(e.title()));
      out.println("      status:  " + TerminalText.escape(i.status()));
      i.inForceUntil().ifPresent(d -> out.println("      until:   " + d));
      out.println("      parties: " + TerminalText.escape(String.join(", ", e.parties())));
      List<Source> sources = bibliography.cite(e.provenance().source()).sources();
      if (sources.isEmpty()) {
        out.println("      source:  " + TerminalText.escape(e.provenance().source()));
      }
      for (int k = 0; k < sources.size(); k++) {
        out.println(
            (k == 0 ? "      source:  " : "               ")
                + TerminalText.escape(sources.get(k).shortCitation()));
      }
    }
  }

  static void json(InstrumentsInForce r, Bibliography bibliography, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("date", r.date().toString());
      g.writeArrayFieldStart("instruments");
      for (Instrument i : r.instruments()) {
        TimelineEntry e = i.entry();
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("title", e.title());
        g.writeStringField("kind", e.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("signed", e.date().toString());
        date(g, "entry_into_force", i.entryIntoForce());
        date(g, "in_force_until", i.inForceUntil());
        g.writeStringField("status", i.status());
        g.writeArrayFieldStart("parties");
        for (String p : e.parties()) {
          g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ratifications");
        for (TimelineEntry rat : i.ratifications()) {
          g.writeStartObject();
          g.writeStringField("id", rat.id());
          g.writeStringField("date", rat.date().toString());
          g.writeStringField("title", rat.title());
          g.writeStringField("source", rat.provenance().source());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("source", e.provenance().source());
        g.writeArrayFieldStart("source_ids");
        for (String id : bibliography.cite(e.provenance().source()).ids()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void date(JsonGenerator g, String name, Optional<PartialDate> d)
      throws IOException {
    if (d.isPresent()) {
      g.writeStringField(name, d.get().toString());
    } else {
      g.writeNullField(name);
    }
  }
}
