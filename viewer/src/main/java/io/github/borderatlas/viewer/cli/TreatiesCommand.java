package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.InstrumentsInForce;
import io.github.borderatlas.core.model.Atlas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code treaties --date YYYY-MM-DD [--json]}: the instruments in force that day ({@link
 * InstrumentsInForce}), with signing date, entry into force (or that it is not sourced), the
 * ratifications known by then, parties and source.
 */
@Command(
    name = "treaties",
    header = "The treaties and agreements in force on a date.",
    mixinStandardHelpOptions = true,
    description = {
      "The treaties, protocols and agreements in force on a date: signing date, entry into force",
      "(or 'in force, date not sourced' with the ratifications known), parties and source."
    })
final class TreatiesCommand extends AtlasCommand {

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The day asked about.")
  String date;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Atlas atlas = atlas();
    InstrumentsInForce report = InstrumentsInForce.on(atlas, Arguments.date(date));
    var out = out();
    if (json) {
      TreatiesOutput.json(report, atlas.bibliography(), out);
    } else {
      TreatiesOutput.text(report, atlas.bibliography(), out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
