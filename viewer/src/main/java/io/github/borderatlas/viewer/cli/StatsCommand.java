package io.github.borderatlas.viewer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats [--json]}: measured vs published figures, river crossings, disputes, sources. */
@Command(
    name = "stats",
    header = "Measured vs published lengths, river crossings, dispute shares, sources.",
    mixinStandardHelpOptions = true,
    description = {
      "Measured vs published border lengths (total, land, rivers/lakes), river crossings with",
      "their upstream and downstream lengths, dispute shares in km², data sources and licences."
    })
final class StatsCommand extends AtlasCommand {

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(names = "--sources", description = "Print the table of sources (see 'sources') instead.")
  boolean sources;

  @Override
  public Integer call() {
    var out = out();
    if (sources) {
      SourcesText.print(atlas().bibliography(), out);
      out.flush();
      return ExitCodes.OK;
    }
    StatsReport report = StatsReport.of(atlas());
    if (json) {
      StatsJson.print(report, out);
    } else {
      StatsText.print(report, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
