package io.github.borderatlas.viewer.cli;

/** The command line's exit codes. */
public final class ExitCodes {

  /** Success; for {@code validate}: no finding. */
  public static final int OK = 0;

  /** {@code validate} found problems; or an unexpected internal error. */
  public static final int FINDINGS = 1;

  /** Bad arguments, or a file that cannot be read or written. */
  public static final int USAGE = 2;

  /** Not an exit: the {@code view} command opened a window and the process lives on with it. */
  public static final int VIEWER_OPEN = -1;

  private ExitCodes() {}
}
