package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.FigureInventory;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Figure;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code figures --csv [--out F]}: every published and measured figure as an RFC 4180 table. */
@Command(
    name = "figures",
    header = "Every published and measured figure, as CSV.",
    mixinStandardHelpOptions = true,
    description = {
      "One row per figure: what it belongs to (atlas or a feature id), quantity, value, unit,",
      "confidence, the ids of its sources (see 'sources'), the citation as written and the note.",
      "The border lengths BorderAtlas measures are rows with confidence 'measured'."
    })
final class FiguresCommand extends AtlasCommand {

  /** The header row. */
  static final String[] HEADER = {
    "owner", "quantity", "value", "unit", "confidence", "source_ids", "source", "note"
  };

  @Option(names = "--csv", description = "CSV (RFC 4180, UTF-8, CRLF); the only format so far.")
  boolean csv;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Write here instead of standard output ('-').")
  Path out;

  @Override
  public Integer call() {
    Atlas atlas = atlas();
    FigureInventory inventory = FigureInventory.of(atlas);
    return writeText(
        out, inventory.entries().size(), "figures", w -> write(inventory, atlas.bibliography(), w));
  }

  /** Writes the header and one row per figure. */
  static void write(FigureInventory inventory, Bibliography bibliography, Writer w)
      throws IOException {
    w.write(CsvFields.record(HEADER));
    for (FigureInventory.Entry e : inventory.entries()) {
      Figure f = e.figure();
      w.write(
          CsvFields.record(
              e.owner(),
              f.quantity(),
              value(f.value()),
              f.unit().symbol(),
              f.confidence().name().toLowerCase(Locale.ROOT),
              String.join(";", bibliography.cite(f.source()).ids()),
              f.source(),
              f.note().orElse("")));
    }
  }

  private static String value(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
