package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.proximity.FeatureProximity;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code near FILE [--within KM] [--json|--csv] [--out F] [--atlas A]}: every feature of a GeoJSON
 * file measured against the atlas' border by core's {@link BorderProximity} (side, geodesic
 * distance, nearest border point and chainage, crossing points, nearest border crossing), one row
 * per feature ({@link ProximityRows}). The file is streamed: memory does not grow with it. A file
 * that cannot be read gives the reader's located message (file, line:column, JSON path) and exit
 * code 2, as {@code validate} does.
 */
@Command(
    name = "near",
    header = "Measure each feature of a GeoJSON file against the border.",
    mixinStandardHelpOptions = true,
    description = {
      "One row per feature of FILE: id, name, side (china, kazakhstan, both, on border, neither,",
      "no geometry, empty geometry), geodesic distance to the border line in metres (0 when it",
      "touches or crosses it), the nearest border point (lon/lat) and its chainage from the",
      "China–Russia–Kazakhstan tripoint, where it crosses the border, and the nearest border",
      "crossing. The file is streamed; text from it is printed with control characters escaped."
    })
final class NearCommand extends AtlasCommand {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The GeoJSON file (a FIFO works too); - reads standard input.")
  Path file;

  @Option(
      names = "--within",
      paramLabel = "KM",
      description = "Only features within KM kilometres of the border line.")
  Double withinKm;

  @ArgGroup(exclusive = true)
  FormatOption form;

  /** {@code --json} or {@code --csv}; text when neither. */
  static final class FormatOption {
    @Option(names = "--json", description = "Write a JSON array of objects.")
    boolean json;

    @Option(names = "--csv", description = "Write RFC 4180 CSV with a header line.")
    boolean csv;
  }

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the table to FILE (atomically) instead of standard output; - is standard output.")
  Path out;

  @Override
  public Integer call() {
    if (withinKm != null && !(withinKm >= 0 && withinKm < Double.POSITIVE_INFINITY)) {
      throw CliException.usage("--within must be a number of kilometres >= 0, was " + withinKm);
    }
    Atlas atlas = atlas();
    if (atlas.border().isEmpty()) {
      throw CliException.usage("the atlas has no border to measure against");
    }
    BorderProximity proximity = BorderProximity.of(atlas);
    ProximityRows.Format format =
        form == null
            ? ProximityRows.Format.TEXT
            : form.json ? ProximityRows.Format.JSON : ProximityRows.Format.CSV;
    long read = 0;
    long written = 0;
    try (Input input = Input.open(file, stdio());
        Output output = Output.open(out == null ? Path.of("-") : out, stdio());
        FeatureStream features = new GeoJsonReader().open(input.stream(), input.label())) {
      ProximityRows rows = new ProximityRows(format, output.stream());
      try {
        while (features.hasNext()) {
          GeoJsonFeature f = features.next();
          read++;
          FeatureProximity p = measure(proximity, f, read, input.label());
          if (withinKm == null || p.within(withinKm * 1000)) {
            rows.write(p);
            written++;
          }
        }
        rows.finish();
        output.commit();
      } catch (IOException e) {
        throw output.failure(e);
      }
      if (output.isStdout() && format == ProximityRows.Format.TEXT) {
        return ExitCodes.OK; // the table is the report
      }
      return done(
          output,
          "%d of %d features%s written to %s",
          written,
          read,
          withinKm == null ? "" : " within " + withinKm + " km",
          output.label());
    } catch (GeoJsonException e) {
      throw CliException.usage(e.getMessage());
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + IoReasons.reason(e));
    }
  }

  private static FeatureProximity measure(
      BorderProximity proximity, GeoJsonFeature f, long index, String label) {
    try {
      return proximity.measure(f, index);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(label + ": feature #" + index + ": " + e.getMessage());
    }
  }
}
