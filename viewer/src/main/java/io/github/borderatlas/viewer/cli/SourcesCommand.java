package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.sources.BibTex;
import io.github.borderatlas.core.io.sources.CslJson;
import io.github.borderatlas.core.model.Bibliography;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    try (Output output = Output.open(out, stdio())) {
      try {
        Writer w = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
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
        w.flush();
        output.commit();
      } catch (IOException e) {
        throw output.failure(e);
      }
      if (output.isStdout()) {
        return ExitCodes.OK;
      }
      return done(output, "Wrote %d sources to %s", bibliography.records().size(), output.label());
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }
}
