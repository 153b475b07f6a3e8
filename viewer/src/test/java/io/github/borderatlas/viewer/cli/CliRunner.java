package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.viewer.TestAtlas;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Test helper: runs the CLI on the {@link TestAtlas} and keeps its output. */
record CliRunner(int code, String out, String err) {

  static CliRunner run(String... args) {
    return run(TestAtlas::atlas, args);
  }

  static CliRunner run(
      java.util.function.Supplier<io.github.borderatlas.core.model.Atlas> atlas, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BorderAtlasCli.run(args, new PrintWriter(out), new PrintWriter(err), atlas);
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** No Java stack trace or exception class name reached the user. */
  boolean noStackTrace() {
    String all = out + err;
    return !all.contains("\tat ") && !all.contains("Exception") && !all.contains(".java:");
  }
}
