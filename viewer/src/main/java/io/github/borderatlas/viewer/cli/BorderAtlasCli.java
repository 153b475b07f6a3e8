package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Atlas;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code borderatlas} command line: {@code stats}, {@code export}, {@code render} and {@code
 * validate} (one class each in this package; a {@code convert} command can be added the same way).
 * Every command has {@code --help}; bad arguments exit with code 2 and one line naming the problem;
 * failures never print a stack trace.
 *
 * <pre>{@code
 * int code = BorderAtlasCli.run(new String[] {"stats"}, out, err, BundledAtlas.INSTANCE);
 * }</pre>
 */
@Command(
    name = "borderatlas",
    mixinStandardHelpOptions = true,
    versionProvider = BorderAtlasCli.Version.class,
    description = {
      "The China–Kazakhstan border and its transboundary rivers.",
      "Without a command (and with a display) the map viewer opens."
    },
    subcommands = {
      StatsCommand.class,
      ExportCommand.class,
      RenderCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      BorderCommand.class,
      BordersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BorderAtlasCli implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  private final Supplier<Atlas> atlas;

  BorderAtlasCli(Supplier<Atlas> atlas) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
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
   * @param out standard output
   * @param err standard error
   * @param atlas supplies the atlas (the bundled dataset in production)
   * @return the exit code (0 success, 1 findings or internal error, 2 usage or file errors)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<Atlas> atlas) {
    CommandLine cl = new CommandLine(new BorderAtlasCli(atlas), new Factory(atlas));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          err.println(
              "borderatlas: "
                  + ex.getMessage()
                  + " (see '"
                  + c.getCommandSpec().qualifiedName()
                  + " --help')");
          err.flush();
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          if (ex instanceof CliException ce) {
            err.println("borderatlas: " + ce.getMessage());
            err.flush();
            return ce.exitCode();
          }
          if (ex instanceof GeoJsonException ge) {
            err.println("borderatlas: " + ge.getMessage());
            err.flush();
            return ExitCodes.USAGE;
          }
          err.println("borderatlas: internal error: " + ex);
          err.flush();
          return ExitCodes.FINDINGS;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Creates the commands, giving subcommands nothing extra (they reach the atlas via parent). */
  private static final class Factory implements CommandLine.IFactory {
    private final Supplier<Atlas> atlas;

    Factory(Supplier<Atlas> atlas) {
      this.atlas = atlas;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == BorderAtlasCli.class) {
        return cls.cast(new BorderAtlasCli(atlas));
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
