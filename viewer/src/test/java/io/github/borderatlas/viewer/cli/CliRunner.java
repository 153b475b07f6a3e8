package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.TestAtlas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Test helper: runs the CLI on the {@link TestAtlas} and keeps its output ({@code out} as UTF-8
 * text, {@code outBytes} as written).
 */
record CliRunner(int code, String out, String err, byte[] outBytes) {

  static CliRunner run(String... args) {
    return run(TestAtlas::atlas, args);
  }

  static CliRunner run(Supplier<Atlas> atlas, String... args) {
    return run(atlas, new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin} as standard input. */
  static CliRunner withInput(byte[] stdin, String... args) {
    return run(TestAtlas::atlas, new ByteArrayInputStream(stdin), args);
  }

  static CliRunner run(Supplier<Atlas> atlas, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = run(atlas, stdin, out, err, args);
    byte[] bytes = out.toByteArray();
    return new CliRunner(code, new String(bytes, StandardCharsets.UTF_8), err.toString(), bytes);
  }

  /** Runs with {@code stdout} as standard output; returns the exit code. */
  static int run(
      Supplier<Atlas> atlas,
      InputStream stdin,
      OutputStream stdout,
      StringWriter err,
      String... args) {
    Stdio stdio = new Stdio(stdin, stdout, StandardCharsets.UTF_8, new PrintWriter(err));
    return BorderAtlasCli.run(args, stdio, atlas);
  }

  /** No Java stack trace or exception class name reached the user. */
  boolean noStackTrace() {
    String all = out + err;
    return !all.contains("\tat ") && !all.contains("Exception") && !all.contains(".java:");
  }
}
