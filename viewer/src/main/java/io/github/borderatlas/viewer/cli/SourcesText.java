package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Source;
import io.github.borderatlas.core.text.TerminalText;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The bibliography as a text table, for {@code sources} and {@code stats --sources}: one line per
 * record (id, title, date) and an indented line with the publisher and the address or why it is not
 * known. Text from the data is escaped for the terminal ({@link TerminalText}).
 */
final class SourcesText {

  private SourcesText() {}

  static void print(Bibliography bibliography, PrintWriter out) {
    out.printf(Locale.ROOT, "Sources (%d records)%n", bibliography.records().size());
    for (Source s : bibliography.records()) {
      out.printf(
          Locale.ROOT,
          "  %-9s %s (%s)%n",
          TerminalText.escape(s.id()),
          TerminalText.escape(s.displayTitle()),
          s.issued().map(Object::toString).orElse("date unknown"));
      out.printf(
          Locale.ROOT,
          "            %s; %s%n",
          TerminalText.escape(s.publisher().orElse("publisher not known")),
          TerminalText.escape(s.url().orElse("address not known: " + s.note())));
    }
  }
}
