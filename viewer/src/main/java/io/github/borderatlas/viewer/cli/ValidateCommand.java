package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.Finding;
import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: reads any GeoJSON file (streamed, with a progress line on a terminal) and
 * prints each finding of core's {@link GeoJsonFeatureValidator} with its place (feature id or
 * index, vertex, coordinate). Exit code 0 when clean, 1 with findings, 2 when the file cannot be
 * read (the message names file, line:column and JSON path).
 */
@Command(
    name = "validate",
    header = "Check a GeoJSON file: RFC 7946 structure and geometry validity.",
    mixinStandardHelpOptions = true,
    description = {
      "Check a GeoJSON file: RFC 7946 structure, coordinate ranges, ring winding, geometry",
      "validity. Exit code 0 when clean, 1 with findings, 2 when the file cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand BorderAtlasCli parent;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The GeoJSON file to check (a FIFO works too); - reads standard input.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GeoJsonFeatureValidator validator = new GeoJsonFeatureValidator();
    int findings = 0;
    String name;
    try (Input input = Input.open(file, parent.stdio());
        ReadProgress progress =
            new ReadProgress(
                input.stream(), input.name(), input.sizeBytes(), ReadProgress.terminalOrNull(err));
        FeatureStream features = new GeoJsonReader().open(progress, input.label())) {
      name = input.label();
      try {
        while (features.hasNext()) {
          List<Finding> found = validator.accept(features.next());
          for (Finding f : found) {
            progress.finish();
            out.println(format(name, f));
            findings++;
          }
        }
      } finally {
        progress.finish();
      }
    } catch (GeoJsonException e) {
      throw CliException.usage(e.getMessage());
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + IoReasons.reason(e));
    }
    out.printf(
        Locale.ROOT,
        "%s: %d feature%s, %d finding%s%n",
        name,
        validator.featureCount(),
        validator.featureCount() == 1 ? "" : "s",
        findings,
        findings == 1 ? "" : "s");
    out.flush();
    return findings == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /** "file: river.ili, vertex 3 (80.1, 43.2): error INVALID_GEOMETRY: message". */
  static String format(String file, Finding f) {
    String where = f.location().describe();
    return file
        + ": "
        + (where.isEmpty() ? "" : where + ": ")
        + f.severity().name().toLowerCase(Locale.ROOT)
        + " "
        + f.code()
        + ": "
        + f.message();
  }
}
