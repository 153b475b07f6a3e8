package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.cli.BorderAtlasCli;
import io.github.borderatlas.viewer.cli.ExitCodes;
import io.github.borderatlas.viewer.cli.Stdio;
import java.awt.GraphicsEnvironment;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/**
 * Entry point of {@code borderatlas.jar}. With arguments it runs the command line ({@code stats},
 * {@code export}, {@code render}, {@code validate}, {@code --help}), or with file names opens the
 * viewer with those files as layers; without, it opens the map viewer — or, when there is no
 * display, prints one line pointing at the commands and exits with code 2.
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
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    if (args.length > 0) {
      // the descriptors themselves: System.out would swallow write errors (PrintStream)
      Stdio stdio =
          new Stdio(
              new FileInputStream(FileDescriptor.in),
              new FileOutputStream(FileDescriptor.out),
              cs,
              err);
      return BorderAtlasCli.run(
          args,
          stdio,
          BundledAtlas.INSTANCE,
          new BorderAtlasCli.Viewer() {
            @Override
            public int open(Atlas atlas) {
              openViewer(() -> atlas);
              return ExitCodes.VIEWER_OPEN;
            }

            @Override
            public int openFiles(List<Path> files) {
              if (GraphicsEnvironment.isHeadless()) {
                err.println(NO_DISPLAY);
                return ExitCodes.USAGE;
              }
              openViewer(BundledAtlas.INSTANCE).thenAccept(frame -> frame.openFiles(files));
              return ExitCodes.VIEWER_OPEN;
            }
          });
    }
    if (GraphicsEnvironment.isHeadless()) {
      err.println(NO_DISPLAY);
      return ExitCodes.USAGE;
    }
    openViewer(BundledAtlas.INSTANCE);
    return -1;
  }

  /**
   * Opens the viewer on an atlas loaded off the event thread; a loading failure shows its message
   * and exits with code 2.
   */
  static CompletableFuture<MainFrame> openViewer(Supplier<Atlas> source) {
    return ViewerApp.launch(source)
        .exceptionally(
            failure -> {
              JOptionPane.showMessageDialog(
                  null,
                  "Cannot load the BorderAtlas dataset:\n" + failure.getMessage(),
                  "BorderAtlas",
                  JOptionPane.ERROR_MESSAGE);
              System.exit(ExitCodes.USAGE);
              return null;
            });
  }
}
