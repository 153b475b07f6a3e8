package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.sources.BibTex;
import io.github.borderatlas.core.io.sources.CslJson;
import io.github.borderatlas.core.model.Bibliography;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sources [--csl|--bibtex|--json] [--out F]}: the bibliography of the atlas. */
@Command(
    name = "sources",
    header = "The sources the data cite: a table, CSL-JSON or BibTeX.",
    mixinStandardHelpOptions = true,
    description = {
      "Every source the features and figures cite, with title, publisher, full address (or why it",
      "is not known), dates at their known precision and language. --csl writes CSL-JSON (Zotero,",
      "Pandoc), --bibtex biblatex BibTeX (UTF-8); --json is the same as --csl."
    })
final class SourcesCommand extends AtlasCommand {

  /** The output formats; at most one. */
  static final class Format {
    @Option(names = "--csl", description = "CSL-JSON (an array of items).")
    boolean csl;

    @Option(names = "--json", description = "The same as --csl.")
    boolean json;

    @Option(names = "--bibtex", description = "BibTeX for biblatex/biber, UTF-8.")
    boolean bibtex;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Write here instead of standard output ('-').")
  Path out;

  @Override
  public Integer call() {
    Bibliography bibliography = atlas().bibliography();
    return writeText(
        out,
        bibliography.records().size(),
        "sources",
        w -> {
          if (format != null && (format.csl || format.json)) {
            CslJson.write(bibliography, w);
          } else if (format != null && format.bibtex) {
            BibTex.write(bibliography, w);
          } else {
            PrintWriter p = new PrintWriter(w);
            SourcesText.print(bibliography, p);
            p.flush();
            if (p.checkError()) {
              throw new IOException("write failed");
            }
          }
        });
  }
}
