package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.AtomicOutput;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A command's output: standard output for {@code -}, else the file OUT through an {@link
 * AtomicOutput} (a regular file is replaced atomically on {@link #commit()}; a device, FIFO or link
 * is written through). Opening fails with a usage error naming the path once and the operating
 * system's reason ("cannot write out.geojson: is a directory").
 *
 * <p>Thread safety: not thread-safe; one writer.
 */
final class Output implements Closeable {

  /** The label of standard output in messages. */
  static final String STDOUT_LABEL = "(standard output)";

  private final Path path;
  private final AtomicOutput file;
  private final Stdio stdio;

  private Output(Path path, AtomicOutput file, Stdio stdio) {
    this.path = path;
    this.file = file;
    this.stdio = stdio;
  }

  /**
   * Opens {@code path} for writing, or standard output when it is {@code -}.
   *
   * @throws CliException (exit 2) when it cannot be opened
   */
  static Output open(Path path, Stdio stdio) {
    if (path.toString().equals("-")) {
      return new Output(path, null, stdio);
    }
    try {
      return new Output(path, AtomicOutput.open(path), stdio);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + path + ": " + IoReasons.reason(e));
    }
  }

  /** Where to write; buffered. */
  OutputStream stream() {
    return file == null ? stdio.out() : file.stream();
  }

  /** Whether this is standard output (reports then go to standard error). */
  boolean isStdout() {
    return file == null;
  }

  /** The path as given, or {@value #STDOUT_LABEL}: for messages. */
  String label() {
    return file == null ? STDOUT_LABEL : path.toString();
  }

  /** Where the command's one-line report goes: standard error when the data is on standard out. */
  PrintWriter reports() {
    return file == null ? stdio.err() : stdio.text();
  }

  /** Completes the output: renames the file into place, or flushes standard output. */
  void commit() throws IOException {
    if (file == null) {
      stdio.out().flush();
    } else {
      file.commit();
    }
  }

  /** A usage error for a failed write: "cannot write OUT: no space left on device". */
  CliException failure(IOException e) {
    return CliException.usage("cannot write " + label() + ": " + IoReasons.reason(e));
  }

  /**
   * A usage error for a failed GeoJSON write: the reason when the cause was I/O, else the writer's
   * message.
   */
  CliException failure(GeoJsonException e) {
    return e.getCause() instanceof IOException io
        ? failure(io)
        : CliException.usage("cannot write " + label() + ": " + e.problem());
  }

  /** Without a commit, deletes the temporary file; standard output stays open. */
  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
