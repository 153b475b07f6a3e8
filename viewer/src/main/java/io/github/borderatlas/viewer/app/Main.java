package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.cli.BorderAtlasCli;
import io.github.borderatlas.viewer.cli.ExitCodes;
import java.awt.GraphicsEnvironment;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import javax.swing.SwingUtilities;

/**
 * Entry point of {@code borderatlas.jar}. With arguments it runs the command line ({@code stats},
 * {@code export}, {@code render}, {@code validate}, {@code --help}); without, it opens the map
 * viewer — or, when there is no display, prints one line pointing at the commands and exits with
 * code 2.
 */
public final class Main {

  /** The line printed when the viewer cannot open for lack of a display. */
  public static final String NO_DISPLAY =
      "No display: try 'java -jar borderatlas.jar --help' for stats, export, render, convert, "
          + "validate";

  private Main() {}

  public static void main(String[] args) {
    int code = run(args);
    if (code >= 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the CLI or opens the viewer.
   *
   * @return the exit code, or -1 when the viewer was opened (the process lives on with its window)
   */
  static int run(String[] args) {
    Charset cs = System.console() != null ? System.console().charset() : Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    if (args.length > 0) {
      return BorderAtlasCli.run(
          args,
          out,
          err,
          BundledAtlas.INSTANCE,
          atlas -> {
            SwingUtilities.invokeLater(() -> ViewerApp.open(() -> atlas));
            return ExitCodes.VIEWER_OPEN;
          });
    }
    if (GraphicsEnvironment.isHeadless()) {
      err.println(NO_DISPLAY);
      return ExitCodes.USAGE;
    }
    SwingUtilities.invokeLater(() -> ViewerApp.open(BundledAtlas.INSTANCE));
    return -1;
  }
}
