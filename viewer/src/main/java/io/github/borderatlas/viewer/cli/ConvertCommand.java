package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.convert.ConvertOptions;
import io.github.borderatlas.core.io.convert.ConvertProgress;
import io.github.borderatlas.core.io.convert.ConvertResult;
import io.github.borderatlas.core.io.convert.GeoJsonConverter;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT [--precision N] [--where KEY=V1,V2,...] [--bbox W,S,E,N] [--strict]}:
 * streams any GeoJSON (a geometry, a Feature or a FeatureCollection) into an RFC 7946
 * FeatureCollection with core's {@link GeoJsonConverter}; memory is bounded by the largest feature.
 * Shows a progress line on a terminal; writes OUT atomically (IN and OUT may be {@code -}: standard
 * input and output). Exit code 0 on success, 2 on bad arguments or bad input (a one-line message
 * naming file, line:column and JSON path; OUT is then untouched), 1 on an internal error.
 */
@Command(
    name = "convert",
    header = "Convert any GeoJSON to an RFC 7946 FeatureCollection, streaming.",
    mixinStandardHelpOptions = true,
    description = {
      "Convert any GeoJSON (a geometry, a Feature or a FeatureCollection) to an RFC 7946",
      "FeatureCollection: lon/lat, exterior rings counter-clockwise and holes clockwise, no crs,",
      "rounded coordinates, bbox on features and collection, properties kept in order.",
      "Streams: memory is bounded by the largest feature. OUT is replaced atomically; on bad",
      "input the message names file, line:column and JSON path, OUT is untouched, exit code 2.",
      "Interrupted (Ctrl-C, SIGTERM, SIGHUP), it leaves no temporary file."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand BorderAtlasCli parent;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "The GeoJSON file to read (a FIFO works too); - reads standard input.")
  Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description =
          "The GeoJSON file to write; - writes standard output. A device, FIFO or symbolic link"
              + " is written through.")
  Path out;

  @Option(
      names = "--precision",
      paramLabel = "N",
      defaultValue = "6",
      description = "Decimals of the coordinates, 0..15 (default: ${DEFAULT-VALUE}, about 0.11 m).")
  int precision;

  @Option(
      names = "--where",
      paramLabel = "KEY=V1,V2,...",
      description =
          "Keep only the features whose property KEY has one of the values, e.g. A3=CHN,KAZ.")
  String where;

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      description = {
        "Keep only the features that intersect this lon/lat box in degrees, e.g. 73.5,35,96.5,55.5",
        "(west > east crosses the antimeridian)."
      })
  String bbox;

  @Option(
      names = "--strict",
      description = {
        "Fail (exit code 2, OUT untouched) when a geometry degenerates at --precision (a ring of",
        "zero area, a line whose points merge); without it such features get a warning."
      })
  boolean strict;

  @Override
  public Integer call() {
    ConvertOptions options = options();
    Stdio stdio = parent.stdio();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    ConvertResult result;
    Progress progress;
    String outLabel;
    PrintWriter reports;
    try (Input input = Input.open(in, stdio);
        Output output = Output.open(out, stdio)) {
      progress = new Progress(input.name(), TerminalLine.terminalOrNull(err), err);
      outLabel = output.label();
      reports = output.reports();
      try {
        result =
            new GeoJsonConverter(options)
                .convert(
                    input.stream(),
                    input.label(),
                    input.sizeBytes(),
                    output.stream(),
                    output.label(),
                    progress);
        output.commit();
      } catch (GeoJsonException e) {
        throw CliException.usage(e.getMessage());
      } catch (IOException e) {
        throw output.failure(e);
      } catch (OutOfMemoryError e) {
        throw new CliException(
            "out of memory while converting "
                + input.label()
                + " (give Java more with -Xmx, e.g. -Xmx1g)",
            ExitCodes.FINDINGS);
      } finally {
        progress.erase();
      }
    } catch (IOException e) {
      throw CliException.usage("cannot close " + in + ": " + IoReasons.reason(e));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    reports.printf(
        Locale.ROOT,
        "%s: %d feature%s written%s%s, %.1f MB in %.1f s%n",
        TerminalText.escape(outLabel),
        result.featuresWritten(),
        result.featuresWritten() == 1 ? "" : "s",
        result.featuresSkipped() == 0 ? "" : " (" + result.featuresSkipped() + " left out)",
        result.warnings() == 0
            ? ""
            : ", "
                + result.warnings()
                + (result.warnings() == 1 ? " with a warning" : " with warnings"),
        result.bytesWritten() / 1e6,
        seconds);
    reports.flush();
    return ExitCodes.OK;
  }

  private ConvertOptions options() {
    try {
      ConvertOptions.Builder b = ConvertOptions.builder().decimals(precision).strict(strict);
      if (where != null) {
        b.where(where);
      }
      if (bbox != null) {
        b.bbox(bbox);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw CliException.usage(
          (m.startsWith("where") || m.startsWith("bbox") ? "--" : "--precision: ") + m);
    }
  }

  /**
   * A carriage-return progress line on the terminal, e.g. {@code "Converting map.geo.json: 42% (71
   * of 168 MB), 105 features"}, redrawn at most every 200 ms; silent when not on a terminal.
   */
  static final class Progress implements ConvertProgress {
    private final String name;
    private final TerminalLine line;

    private final PrintWriter err;

    Progress(String name, PrintWriter terminal, PrintWriter err) {
      this.name = name;
      this.line = new TerminalLine(terminal, false);
      this.err = err;
    }

    /** Prints the warning on its own line of standard error, its input text escaped. */
    @Override
    public void warning(String message) {
      line.erase();
      err.println("borderatlas: warning: " + TerminalText.escape(message));
      err.flush();
    }

    @Override
    public void update(long bytesRead, long totalBytes, long written, long skipped) {
      if (line.enabled()) {
        line.show(line(name, bytesRead, totalBytes, written + skipped));
      }
    }

    /** Erases the line, if one was drawn. */
    void erase() {
      line.erase();
    }

    static String line(String name, long read, long total, long features) {
      if (total > 0) {
        return String.format(
            Locale.ROOT,
            "Converting %s: %d%% (%.0f of %.0f MB), %d features",
            name,
            Math.min(100, read * 100 / total),
            read / 1e6,
            total / 1e6,
            features);
      }
      return String.format(
          Locale.ROOT, "Converting %s: %.0f MB, %d features", name, read / 1e6, features);
    }
  }
}
