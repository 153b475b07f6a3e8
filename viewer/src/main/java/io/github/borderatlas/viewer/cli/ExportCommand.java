package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --out FILE [--date D] [--layers L,...]}: the atlas (or chosen layers, as of a date)
 * as one RFC 7946 FeatureCollection, written atomically.
 */
@Command(
    name = "export",
    header = "Write the atlas (or chosen layers, at a date) as RFC 7946 GeoJSON.",
    mixinStandardHelpOptions = true,
    description = {
      "Write the atlas as RFC 7946 GeoJSON (WGS84 lon/lat, 6 decimals, CCW exteriors, bbox),",
      "atomically: the file appears complete or not at all (also when interrupted)."
    })
final class ExportCommand extends AtlasCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "The GeoJSON file to write; - writes standard output. A device, FIFO or symbolic link"
              + " is written through.")
  Path out;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Only features valid on this date (and timeline entries up to it).")
  String date;

  @Option(
      names = "--layers",
      paramLabel = "L,...",
      description =
          "Layers to write: border, border-segment, river, lake, place, "
              + "disputed-sector, event, country. Default: all.")
  String layers;

  @Override
  public Integer call() {
    Set<Layer> chosen = layers == null ? EnumSet.allOf(Layer.class) : Arguments.layers(layers);
    LocalDate asOf = date == null ? null : Arguments.date(date);
    try (Output output = Output.open(out, stdio())) { // before the work: a bad OUT fails at once
      Atlas atlas = asOf == null ? atlas() : atlas().asOf(asOf);
      List<GeoJsonFeature> features = AtlasFeatureEncoder.encode(atlas, chosen);
      try {
        new GeoJsonWriter().write(features, output.stream());
        output.commit();
      } catch (GeoJsonException e) {
        throw output.failure(e);
      } catch (IOException e) {
        throw output.failure(e);
      }
      return report(output, features);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }

  private int report(Output output, List<GeoJsonFeature> features) {
    Envelope box = new Envelope();
    for (GeoJsonFeature f : features) {
      if (f.geometry() != null) {
        box.expandToInclude(f.geometry().getEnvelopeInternal());
      }
    }
    return done(
        output,
        "Wrote %d features to %s%s",
        features.size(),
        output.label(),
        box.isNull()
            ? ""
            : String.format(
                Locale.ROOT,
                " (bbox %.4f,%.4f,%.4f,%.4f)",
                box.getMinX(),
                box.getMinY(),
                box.getMaxX(),
                box.getMaxY()));
  }
}
