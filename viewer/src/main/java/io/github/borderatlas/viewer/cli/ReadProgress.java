package io.github.borderatlas.viewer.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Counts the bytes read from a file and, when enabled, shows a carriage-return progress line such
 * as {@code "Reading big.geojson: 42% (71.2 of 168.0 MB)"}, redrawn at most every {@link
 * TerminalLine#INTERVAL_MS} ms and erased at the end. Enabled only on an interactive terminal
 * ({@code System.console() != null}); when output is piped nothing is printed.
 *
 * <p>Not thread-safe: one reader thread.
 */
final class ReadProgress extends FilterInputStream {

  private final TerminalLine line;
  private final String name;
  private final long total;
  private long read;

  /**
   * @param in the stream to count
   * @param name the file name shown
   * @param total the file size in bytes (0 or less when unknown)
   * @param out where to draw, or {@code null} for no output
   */
  ReadProgress(InputStream in, String name, long total, PrintWriter out) {
    super(in);
    this.name = name;
    this.total = total;
    this.line = new TerminalLine(out, true);
  }

  /** The terminal to draw on: standard error when a console is attached, else nothing. */
  static PrintWriter terminalOrNull(PrintWriter err) {
    return TerminalLine.terminalOrNull(err);
  }

  /** Bytes read so far. */
  long bytesRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(long n) {
    read += n;
    if (line.enabled()) {
      line.show(line(name, read, total));
    }
  }

  /** The progress text for {@code read} of {@code total} bytes. */
  static String line(String name, long read, long total) {
    double mb = read / 1e6;
    if (total > 0) {
      return String.format(
          Locale.ROOT,
          "Reading %s: %d%% (%.1f of %.1f MB)",
          name,
          Math.min(100, read * 100 / total),
          mb,
          total / 1e6);
    }
    return String.format(Locale.ROOT, "Reading %s: %.1f MB", name, mb);
  }

  /** Erases the progress line, if one was drawn. */
  void finish() {
    line.erase();
  }
}
