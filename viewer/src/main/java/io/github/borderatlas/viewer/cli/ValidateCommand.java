package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.Finding;
import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import io.github.borderatlas.core.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: reads any GeoJSON file (streamed, with a progress line on a terminal) and
 * prints each finding of core's {@link GeoJsonFeatureValidator} with its place (line:column and
 * JSON path for what the reader noted, feature id or index, vertex, coordinate), text from the file
 * escaped. Memory does not grow with the file: the validator keeps no findings and its id set is
 * compact. Exit code 0 when clean, 1 with findings (coordinate ranges, ring closure and other
 * broken GeoJSON rules are findings; a rule the reader cannot read past stops the validation with
 * one), 2 when the file cannot be read (bad JSON, encoding, I/O, a read limit; the message names
 * file, line:column and JSON path).
 */
@Command(
    name = "validate",
    header = "Check a GeoJSON file: RFC 7946 structure and geometry validity.",
    mixinStandardHelpOptions = true,
    description = {
      "Check a GeoJSON file: RFC 7946 structure (bbox, required Feature members, closed rings,",
      "legacy crs, unsplit antimeridian crossings), coordinate ranges, ring winding, geometry",
      "validity, duplicate ids. Memory does not grow with the file. Text from the file is printed",
      "with control characters escaped. Exit code 0 when clean, 1 with findings (range and",
      "structure errors included), 2 when the file cannot be read (bad JSON, I/O, a read limit)."
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
    GeoJsonFeatureValidator validator = GeoJsonFeatureValidator.streaming();
    String name;
    // lenient: coordinate ranges and ring closure become findings, not read errors
    GeoJsonReader reader = new GeoJsonReader(ReadOptions.builder().lenient(true).build());
    try (Input input = Input.open(file, parent.stdio());
        ReadProgress progress =
            new ReadProgress(
                input.stream(), input.name(), input.sizeBytes(), ReadProgress.terminalOrNull(err));
        FeatureStream features = reader.open(progress, input.label())) {
      name = input.label();
      try {
        validator.validateAll(
            features,
            f -> {
              progress.finish();
              out.println(format(input.label(), f));
            });
        if (features.droppedNotes() > 0) {
          out.println(
              TerminalText.escape(name)
                  + ": "
                  + features.droppedNotes()
                  + " more notes of the reader were not kept");
        }
      } finally {
        progress.finish();
      }
    } catch (GeoJsonException e) {
      throw CliException.usage(e.getMessage());
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + IoReasons.reason(e));
    }
    long findings = validator.findingCount();
    out.printf(
        Locale.ROOT,
        "%s: %d feature%s, %d finding%s%n",
        TerminalText.escape(name),
        validator.featureCount(),
        validator.featureCount() == 1 ? "" : "s",
        findings,
        findings == 1 ? "" : "s");
    out.flush();
    return findings == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /**
   * One finding as a line, its text from the input escaped ({@link TerminalText}): {@code "file:
   * river.ili, vertex 3 (80.1, 43.2): error INVALID_GEOMETRY: message"}, or with the place in the
   * file {@code "file:2:17 at $.features[0].bbox, feature #0: error BBOX_INVALID: message"}.
   */
  static String format(String file, Finding f) {
    String where = f.location().describe();
    String line =
        file
            + (f.location().inputPlace() != null ? ":" : ": ")
            + (where.isEmpty() ? "" : where + ": ")
            + f.severity().name().toLowerCase(Locale.ROOT)
            + " "
            + f.code()
            + ": "
            + f.message();
    return TerminalText.escape(line);
  }
}
