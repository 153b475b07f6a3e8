package io.github.borderatlas.viewer.cli;

/**
 * A failure to report to the command-line user as one line, with the exit code to use: 2 for bad
 * arguments or unreadable or unwritable files, 1 for findings. Never shown with a stack trace.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * @param message the line to print (without the program name)
   * @param exitCode the process exit code, 1..125
   */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A usage error (exit code 2). */
  public static CliException usage(String message) {
    return new CliException(message, ExitCodes.USAGE);
  }

  public int exitCode() {
    return exitCode;
  }
}
