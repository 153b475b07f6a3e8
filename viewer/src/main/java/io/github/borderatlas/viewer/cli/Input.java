package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A command's input: the file IN (also a FIFO or {@code /dev/stdin}), or standard input for {@code
 * -}. Opening fails with a usage error naming the path once and the operating system's reason
 * ("cannot read x.geojson: permission denied"). Buffered.
 *
 * <p>Thread safety: not thread-safe; one reader.
 */
final class Input implements Closeable {

  /** The label of standard input in messages. */
  static final String STDIN_LABEL = "(standard input)";

  private static final int BUFFER_BYTES = 1 << 16;

  private final InputStream stream;
  private final InputStream owned;
  private final String label;
  private final String name;
  private final long sizeBytes;

  private Input(InputStream stream, InputStream owned, String label, String name, long sizeBytes) {
    this.stream = stream;
    this.owned = owned;
    this.label = label;
    this.name = name;
    this.sizeBytes = sizeBytes;
  }

  /**
   * Opens {@code path}, or standard input when it is {@code -}.
   *
   * @throws CliException (exit 2) when it cannot be opened
   */
  static Input open(Path path, Stdio stdio) {
    if (path.toString().equals("-")) {
      return new Input(
          new BufferedInputStream(stdio.in(), BUFFER_BYTES), null, STDIN_LABEL, "stdin", -1);
    }
    try {
      if (Files.isDirectory(path)) {
        throw CliException.usage("cannot read " + path + ": is a directory");
      }
      boolean regular = Files.isRegularFile(path);
      long size = regular ? Files.size(path) : -1;
      InputStream raw = Files.newInputStream(path);
      if (!regular) {
        raw = new Unpositioned(raw);
      }
      return new Input(
          new BufferedInputStream(raw, BUFFER_BYTES),
          raw,
          path.toString(),
          String.valueOf(path.getFileName()),
          size);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + path + ": " + IoReasons.reason(e));
    }
  }

  /** The bytes, buffered. */
  InputStream stream() {
    return stream;
  }

  /** The path as given, or {@value #STDIN_LABEL}: for messages. */
  String label() {
    return label;
  }

  /** The file name alone (or "stdin"): for the progress line. */
  String name() {
    return name;
  }

  /** The size of a regular file in bytes, or -1 when unknown (standard input, a FIFO). */
  long sizeBytes() {
    return sizeBytes;
  }

  /** Closes the file; standard input stays open. */
  @Override
  public void close() throws IOException {
    if (owned != null) {
      owned.close();
    }
  }

  /**
   * A FIFO or device: the file channel's {@code available()} asks for the position, which such a
   * file does not have ("Illegal seek"); answer 0 (nothing known to be buffered) instead.
   */
  private static final class Unpositioned extends FilterInputStream {
    Unpositioned(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
