package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoConsumer;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.atlas.AtlasFormatException;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geopackage.AtlasFiles;
import io.github.borderatlas.geopackage.GeoPackageException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands working on the loaded atlas ({@code stats}, {@code export}, {@code render})
 * share: the parent command, which loads the atlas once, the command's own spec, for its output
 * stream, and the one-line report that ends a command. picocli injects the annotated fields of this
 * superclass into each subcommand. Not thread-safe; one instance per command-line run.
 */
abstract class AtlasCommand implements Callable<Integer> {

  @ParentCommand BorderAtlasCli parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--atlas",
      paramLabel = "FILE",
      description =
          "Work on this atlas file (GeoJSON, e.g. written by 'border', or GeoPackage)"
              + " instead of the bundled one.")
  Path atlasFile;

  /** The atlas the command works on: the {@code --atlas} file if given, else the bundled one. */
  Atlas atlas() {
    return atlasFile == null ? parent.atlas() : readAtlas(atlasFile, "--atlas");
  }

  /**
   * Reads an atlas file (GeoJSON or GeoPackage); a missing or malformed file is a usage error
   * naming {@code option}.
   */
  static Atlas readAtlas(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw CliException.usage(option + " " + file + ": no such file");
    }
    try {
      return AtlasFiles.read(file);
    } catch (AtlasFormatException e) {
      throw CliException.usage(option + " " + file + ": " + e.getMessage());
    } catch (GeoPackageException e) {
      throw CliException.usage(option + " " + e.getMessage());
    }
  }

  /** The command's standard output. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The standard streams of this run. */
  Stdio stdio() {
    return parent.stdio();
  }

  /**
   * Like {@link #done(String, Object...)}, but the line goes to standard error when {@code output}
   * is standard output (which carries the data).
   */
  int done(Output output, String format, Object... args) {
    PrintWriter o = output.reports();
    o.printf(Locale.ROOT, format + "%n", args);
    o.flush();
    return ExitCodes.OK;
  }

  /**
   * Prints one formatted line (root locale) to the command's output, flushes it and returns the
   * success exit code, e.g. {@code return done("Wrote %d features to %s", n, file);}.
   */
  int done(String format, Object... args) {
    PrintWriter o = out();
    o.printf(Locale.ROOT, format + "%n", args);
    o.flush();
    return ExitCodes.OK;
  }

  /**
   * Writes UTF-8 text to {@code out} ({@code -} is standard output; a file appears complete or not
   * at all, see {@link Output}) and reports {@code "Wrote COUNT WHAT to OUT"} unless the text went
   * to standard output. A failed write is a usage error naming the path.
   */
  int writeText(Path out, int count, String what, IoConsumer<Writer> body) {
    try (Output output = Output.open(out, stdio())) {
      try {
        Writer w = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
        body.accept(w);
        w.flush();
        output.commit();
      } catch (IOException e) {
        throw output.failure(e);
      }
      return output.isStdout()
          ? ExitCodes.OK
          : done(output, "Wrote %d %s to %s", count, what, output.label());
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }
}
