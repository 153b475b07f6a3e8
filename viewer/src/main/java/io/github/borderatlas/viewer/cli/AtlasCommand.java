package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.model.Atlas;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
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

  /** The atlas the command works on. */
  Atlas atlas() {
    return parent.atlas();
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
}
