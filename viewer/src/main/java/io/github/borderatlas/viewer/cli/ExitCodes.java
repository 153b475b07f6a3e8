package io.github.borderatlas.viewer.cli;

/** The command line's exit codes. */
public final class ExitCodes {

  /**
   * Success; for {@code validate}: no finding. Also when standard output is a pipe whose reader
   * stopped early ({@code | head -1}): a broken pipe is not an error.
   */
  public static final int OK = 0;

  /** {@code validate} found problems; or an unexpected internal error. */
  public static final int FINDINGS = 1;

  /**
   * Bad arguments, a file that cannot be read or written, standard output that cannot be written
   * ({@code > /dev/full}, closed), or a {@code render} beyond its limits.
   */
  public static final int USAGE = 2;

  /** Not an exit: the {@code view} command opened a window and the process lives on with it. */
  public static final int VIEWER_OPEN = -1;

  private ExitCodes() {}
}
