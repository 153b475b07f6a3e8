package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geopackage.AtlasFiles.Format;
import io.github.borderatlas.geopackage.AtlasGeoPackage;
import io.github.borderatlas.geopackage.GeoPackageException;
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
 * {@code export --out FILE [--format geojson|gpkg] [--date D] [--layers L,...]}: the atlas (or
 * chosen layers, as of a date) as one RFC 7946 FeatureCollection or as a GeoPackage ({@link
 * AtlasGeoPackage}, the same writer as the viewer's File menu), written atomically.
 */
@Command(
    name = "export",
    header = "Write the atlas (or chosen layers, at a date) as GeoJSON or GeoPackage.",
    mixinStandardHelpOptions = true,
    description = {
      "Write the atlas as RFC 7946 GeoJSON (WGS84 lon/lat, 6 decimals, CCW exteriors, bbox)",
      "or as an OGC GeoPackage (one table per layer, EPSG:4326, RTree index; --out x.gpkg),",
      "atomically: the file appears complete or not at all (also when interrupted)."
    })
final class ExportCommand extends AtlasCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "The file to write; - writes standard output. A device, FIFO or symbolic link"
              + " is written through.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "geojson|gpkg",
      description = "The output format. Default: gpkg when OUT ends in .gpkg, else geojson.")
  String format;

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
    Format as = format();
    try (Output output = Output.open(out, stdio())) { // before the work: a bad OUT fails at once
      Atlas atlas = asOf == null ? atlas() : atlas().asOf(asOf);
      List<GeoJsonFeature> features = AtlasFeatureEncoder.encode(atlas, chosen);
      try {
        if (as == Format.GPKG) {
          AtlasGeoPackage.write(atlas, chosen, output.stream());
        } else {
          new GeoJsonWriter().write(features, output.stream());
        }
        output.commit();
      } catch (GeoJsonException e) {
        throw output.failure(e);
      } catch (GeoPackageException e) {
        throw CliException.usage("cannot write " + output.label() + ": " + e.problem());
      } catch (IOException e) {
        throw output.failure(e);
      }
      return report(output, features, as);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }

  private Format format() {
    if (format == null) {
      return Format.ofFileName(out);
    }
    try {
      return Format.named(format);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--format: " + e.getMessage());
    }
  }

  private int report(Output output, List<GeoJsonFeature> features, Format as) {
    Envelope box = new Envelope();
    for (GeoJsonFeature f : features) {
      if (f.geometry() != null) {
        box.expandToInclude(f.geometry().getEnvelopeInternal());
      }
    }
    return done(
        output,
        "Wrote %d features to %s%s%s",
        features.size(),
        output.label(),
        as == Format.GPKG ? " (GeoPackage)" : "",
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
