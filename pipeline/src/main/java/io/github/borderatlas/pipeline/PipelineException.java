package io.github.borderatlas.pipeline;

/**
 * An input of the pipeline is missing or malformed, or an extraction step cannot meet its contract
 * (a river not found, a border section out of tolerance). The message names the place: the file and
 * line when known, e.g. {@code "wdbii_rivers.txt:12: expected 'lon lat', got 'x'"}.
 *
 * <p>The command-line entry point prints only this message, never a stack trace.
 */
public class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /**
   * @param problem what is wrong
   * @param source the file name or step name, or {@code null}
   * @param line 1-based line number, or -1 when not applicable
   */
  public PipelineException(String problem, String source, long line) {
    this(problem, source, line, null);
  }

  /**
   * @param problem what is wrong
   * @param source the file name or step name, or {@code null}
   * @param line 1-based line number, or -1 when not applicable
   * @param cause the underlying exception, or {@code null}
   */
  public PipelineException(String problem, String source, long line, Throwable cause) {
    super(format(problem, source, line), cause);
    this.source = source;
    this.line = line;
  }

  /** An error not tied to a file: an extraction step could not meet its contract. */
  public static PipelineException step(String step, String problem) {
    return new PipelineException(problem, step, -1);
  }

  private static String format(String problem, String source, long line) {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    return sb.append(problem).toString();
  }

  /** The file or step, or {@code null}. */
  public String source() {
    return source;
  }

  /** The 1-based line, or -1. */
  public long line() {
    return line;
  }
}
