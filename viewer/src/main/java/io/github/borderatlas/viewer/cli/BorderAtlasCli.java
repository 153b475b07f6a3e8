package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code borderatlas} command line: {@code stats}, {@code export}, {@code render} and {@code
 * validate} (one class each in this package; a {@code convert} command can be added the same way).
 * Every command has {@code --help}; bad arguments exit with code 2 and one line naming the problem;
 * failures never print a stack trace. IN {@code -} is standard input and OUT {@code -} standard
 * output; a failed write to standard output exits with 2 and one line, except a broken pipe (the
 * reader went away, as with {@code | head -1}), which ends the run quietly with 0.
 *
 * <pre>{@code
 * int code = BorderAtlasCli.run(new String[] {"stats"}, stdio, BundledAtlas.INSTANCE);
 * }</pre>
 */
@Command(
    name = "borderatlas",
    mixinStandardHelpOptions = true,
    versionProvider = BorderAtlasCli.Version.class,
    description = {
      "The China–Kazakhstan border and its transboundary rivers.",
      "Without a command (and with a display) the map viewer opens; 'borderatlas FILE...'",
      "opens it with GeoJSON files as layers, or with a PROJECT.borderatlas.json."
    },
    subcommands = {
      StatsCommand.class,
      ExportCommand.class,
      RenderCommand.class,
      AnimateCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      BorderCommand.class,
      BordersCommand.class,
      SourcesCommand.class,
      FiguresCommand.class,
      TreatiesCommand.class,
      NearCommand.class,
      ViewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BorderAtlasCli implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  /** Opens the map viewer on an atlas (the {@code view} command). */
  @FunctionalInterface
  public interface Viewer {
    /**
     * Opens a window on the atlas.
     *
     * @return {@link ExitCodes#VIEWER_OPEN} when a window opened (the process lives on), else an
     *     exit code
     */
    int open(Atlas atlas);

    /**
     * Opens a window on the bundled atlas with these files as layers ({@code borderatlas FILE...});
     * a project file ({@code .borderatlas.json}) opens its layer list.
     *
     * @param files existing regular files, in the order given
     * @return {@link ExitCodes#VIEWER_OPEN} when a window opened, else an exit code
     */
    default int openFiles(List<Path> files) {
      throw CliException.usage("the viewer is not available here");
    }
  }

  /** A viewer for environments without one: {@code view} fails with a usage error. */
  static final Viewer NO_VIEWER =
      a -> {
        throw CliException.usage("the viewer is not available here");
      };

  private final Supplier<Atlas> atlas;
  private final Stdio stdio;
  private final Viewer viewer;

  BorderAtlasCli(Supplier<Atlas> atlas, Stdio stdio, Viewer viewer) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    this.stdio = Objects.requireNonNull(stdio, "stdio");
    this.viewer = Objects.requireNonNull(viewer, "viewer");
  }

  /** The viewer of the {@code view} command. */
  Viewer viewer() {
    return viewer;
  }

  /** The standard streams of this run. */
  Stdio stdio() {
    return stdio;
  }

  /** The atlas the commands work on (loaded on first use). */
  Atlas atlas() {
    return atlas.get();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is needed: stats, export, render, validate or convert");
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param stdio standard input, output and error
   * @param atlas supplies the atlas (the bundled dataset in production)
   * @return the exit code (0 success, also when standard output is a pipe its reader closed; 1
   *     findings or internal error; 2 usage or file errors, or standard output failed)
   */
  public static int run(String[] args, Stdio stdio, Supplier<Atlas> atlas) {
    return run(args, stdio, atlas, NO_VIEWER);
  }

  /**
   * Runs the command line with a viewer for the {@code view} command.
   *
   * @return as {@link #run(String[], Stdio, Supplier)}, or {@link ExitCodes#VIEWER_OPEN} when
   *     {@code view} opened a window
   */
  public static int run(String[] args, Stdio stdio, Supplier<Atlas> atlas, Viewer viewer) {
    CommandLine cl =
        new CommandLine(
            new BorderAtlasCli(atlas, stdio, viewer), new Factory(atlas, stdio, viewer));
    PrintWriter err = stdio.err();
    cl.setOut(stdio.text());
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          err.println(
              "borderatlas: "
                  + TerminalText.escape(ex.getMessage())
                  + " (see '"
                  + c.getCommandSpec().qualifiedName()
                  + " --help')");
          err.flush();
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          IOException stdoutFailure = stdio.outputFailure();
          if (stdoutFailure != null) { // the command's failure follows from it: report only that
            return stdio.reportOutputFailure(stdoutFailure);
          }
          if (ex instanceof CliException ce) {
            err.println("borderatlas: " + TerminalText.escape(ce.getMessage()));
            err.flush();
            return ce.exitCode();
          }
          if (ex instanceof GeoJsonException ge) {
            err.println("borderatlas: " + TerminalText.escape(ge.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
          }
          err.println("borderatlas: internal error: " + TerminalText.escape(String.valueOf(ex)));
          err.flush();
          return ExitCodes.FINDINGS;
        });
    if (args.length > 0 && isFileArgument(args[0], cl)) {
      return openFiles(args, viewer, err);
    }
    int code = cl.execute(args);
    IOException stdoutFailure = stdio.outputFailure();
    if (stdoutFailure != null && code == ExitCodes.OK) {
      code = stdio.reportOutputFailure(stdoutFailure);
    }
    err.flush();
    return code;
  }

  /** Whether the first argument is a file to open rather than a command or an option. */
  private static boolean isFileArgument(String first, CommandLine cl) {
    return !first.startsWith("-") && !cl.getSubcommands().containsKey(first);
  }

  /**
   * {@code borderatlas FILE...}: checks that every argument names a readable regular file, then
   * asks the viewer to open them as layers.
   */
  private static int openFiles(String[] args, Viewer viewer, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    try {
      for (String a : args) {
        if (a.startsWith("-")) {
          throw CliException.usage(
              "unknown command or option "
                  + a
                  + " (see 'borderatlas --help'); to open files as"
                  + " layers, give only file names");
        }
        Path p = Path.of(a);
        if (!Files.exists(p)) {
          throw CliException.usage(
              "cannot open " + a + ": no such file, nor a command (see 'borderatlas --help')");
        }
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
          throw CliException.usage("cannot open " + a + ": not a readable file");
        }
        files.add(p);
      }
      return viewer.openFiles(List.copyOf(files));
    } catch (CliException e) {
      err.println("borderatlas: " + TerminalText.escape(e.getMessage()));
      err.flush();
      return e.exitCode();
    } catch (java.nio.file.InvalidPathException e) {
      err.println("borderatlas: " + TerminalText.escape("not a file name: " + e.getInput()));
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Creates the commands, giving subcommands nothing extra (they reach the atlas via parent). */
  private static final class Factory implements CommandLine.IFactory {
    private final Supplier<Atlas> atlas;
    private final Stdio stdio;
    private final Viewer viewer;

    Factory(Supplier<Atlas> atlas, Stdio stdio, Viewer viewer) {
      this.atlas = atlas;
      this.stdio = stdio;
      this.viewer = viewer;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == BorderAtlasCli.class) {
        return cls.cast(new BorderAtlasCli(atlas, stdio, viewer));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  /** The version from the jar manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BorderAtlasCli.class.getPackage().getImplementationVersion();
      return new String[] {"borderatlas " + (v == null ? "(development build)" : v)};
    }
  }
}
