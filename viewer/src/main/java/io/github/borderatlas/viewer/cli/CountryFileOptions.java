package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.border.BorderExtractor;
import io.github.borderatlas.core.border.OutlineIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options {@code border} and {@code borders} share (a picocli mixin): the country-polygon file,
 * the property naming a country, and the extraction's tolerance and bridge in metres. Not
 * thread-safe; one instance per command-line run.
 */
final class CountryFileOptions {

  @Option(
      names = "--countries",
      required = true,
      paramLabel = "FILE",
      description = "Country polygons, GeoJSON (WGS84).")
  Path countries;

  @Option(
      names = "--key",
      defaultValue = "A3",
      paramLabel = "PROP",
      description = "The property naming a country (default: ${DEFAULT-VALUE}).")
  String key;

  @Option(
      names = "--tolerance",
      defaultValue = "" + BorderExtractor.DEFAULT_TOLERANCE_METRES,
      paramLabel = "M",
      description = "Outlines closer than this are one line, metres (default: ${DEFAULT-VALUE}).")
  double toleranceMetres;

  @Option(
      names = "--bridge",
      defaultValue = "" + BorderExtractor.DEFAULT_BRIDGE_METRES,
      paramLabel = "M",
      description =
          "Join stretches where the outlines are up to this far apart (river banks), metres "
              + "(default: ${DEFAULT-VALUE}; 0: none).")
  double bridgeMetres;

  /** The country file, checked to exist, with the distances checked too. */
  Path checkedCountries() {
    if (!(toleranceMetres > 0 && toleranceMetres <= 1000)) {
      throw CliException.usage("--tolerance must be in (0, 1000] m, was " + toleranceMetres);
    }
    if (!(bridgeMetres >= 0 && bridgeMetres <= 10_000)) {
      throw CliException.usage("--bridge must be in [0, 10000] m, was " + bridgeMetres);
    }
    return existing(countries);
  }

  /** An input file that must exist. */
  static Path existing(Path p) {
    if (!Files.isRegularFile(p)) {
      throw CliException.usage(p + ": no such file");
    }
    return p;
  }

  /** The extractor for an index read with {@code 2 * toleranceMetres} of buffer. */
  BorderExtractor extractor(OutlineIndex index) {
    return new BorderExtractor(index, toleranceMetres, bridgeMetres);
  }
}
