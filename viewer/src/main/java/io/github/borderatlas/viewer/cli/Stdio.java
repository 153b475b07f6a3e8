package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The standard streams of one command-line run: standard input (for IN {@code -}), standard output
 * both as bytes (for OUT {@code -}) and as text (reports), and standard error. A failed write to
 * standard output is remembered even where a {@link PrintWriter} would swallow it, so that the run
 * can end with an exit code and one line ({@link #outputFailure()}); after it every further write
 * fails at once, so work stops early.
 *
 * <p>Thread safety: not thread-safe; one instance per run.
 */
public final class Stdio {

  private final InputStream in;
  private final Guard out;
  private final PrintWriter text;
  private final PrintWriter err;

  /**
   * @param in standard input
   * @param out standard output (bytes)
   * @param textCharset the encoding of text reports on standard output (flushed at each line)
   * @param err standard error, as text
   */
  public Stdio(InputStream in, OutputStream out, Charset textCharset, PrintWriter err) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = new Guard(Objects.requireNonNull(out, "out"));
    this.text = new PrintWriter(new OutputStreamWriter(this.out, textCharset), true);
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Standard input; not to be closed by commands. */
  InputStream in() {
    return in;
  }

  /** Standard output as bytes; pending text is flushed first. Not to be closed by commands. */
  OutputStream out() {
    text.flush();
    return out;
  }

  /** Standard output as text (reports, findings). */
  PrintWriter text() {
    return text;
  }

  /** Standard error. */
  PrintWriter err() {
    return err;
  }

  /** Flushes the text and returns the first failed write to standard output, or null. */
  IOException outputFailure() {
    text.flush();
    return out.failure;
  }

  /**
   * The exit code after a failed write to standard output: quiet success for a broken pipe (the
   * reader, e.g. {@code head -1}, has all it wanted), else one line with the reason and 2.
   */
  int reportOutputFailure(IOException failure) {
    if (IoReasons.isBrokenPipe(failure)) {
      return ExitCodes.OK;
    }
    err.println("borderatlas: cannot write standard output: " + IoReasons.reason(failure));
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Remembers the first failure and repeats it on every later write or flush. */
  private static final class Guard extends FilterOutputStream {
    IOException failure;

    Guard(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      check();
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      flush(); // standard output stays open
    }

    private void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
