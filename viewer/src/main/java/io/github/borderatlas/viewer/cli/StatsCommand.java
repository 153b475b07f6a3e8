package io.github.borderatlas.viewer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stats [--json]}: measured vs published figures, river crossings, disputes, sources. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Measured vs published border lengths (total, land, rivers/lakes), river crossings with",
      "their upstream and downstream lengths, dispute shares in km², data sources and licences."
    })
final class StatsCommand implements Callable<Integer> {

  @ParentCommand BorderAtlasCli parent;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    StatsReport report = StatsReport.of(parent.atlas());
    var out = spec.commandLine().getOut();
    if (json) {
      StatsJson.print(report, out);
    } else {
      StatsText.print(report, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
