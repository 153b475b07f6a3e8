package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.border.BorderPart;
import io.github.borderatlas.core.border.CountryPolygons;
import io.github.borderatlas.core.border.SharedBorder;
import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.geodata.PublishedBorderLengths;
import io.github.borderatlas.geodata.PublishedBorderLengths.PublishedLength;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.LineString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borders --countries FILE [--key A3] --out table.csv [--geojson lines.geojson]
 * [--published]}: every pair of countries sharing a land boundary in a country-polygon file, in one
 * pass, as a CSV table (length per pair, parts, tripoints; with {@code --published} the published
 * length, its source and the difference), and optionally the lines as GeoJSON. Files are written
 * atomically.
 */
@Command(
    name = "borders",
    header = "Every shared land boundary of a country-polygon file, as a table.",
    mixinStandardHelpOptions = true,
    description = {
      "One row per pair of countries sharing a boundary: geodesic length (WGS84), parts,",
      "tripoints, the length along the other country's outline and the largest gap between",
      "the two outlines; --published adds the published length and the difference."
    })
final class BordersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CountryFileOptions input;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV table.")
  Path out;

  @Option(names = "--geojson", paramLabel = "FILE", description = "Also write the lines.")
  Path geojson;

  @Option(
      names = "--published",
      description = "Add the published length (shipped table), its source and the difference.")
  boolean published;

  @Override
  public Integer call() {
    Path table = out; // checked when opened (AtomicFiles)
    Path lines = geojson;
    Path countries = input.checkedCountries();
    CountryPolygons.Read read =
        CountryPolygons.all(countries, input.key, 2 * input.toleranceMetres);
    List<SharedBorder> all = input.extractor(read.index()).all();
    try {
      AtomicFiles.write(
          table,
          os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            writeCsv(w, all);
            w.flush();
          });
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
    if (lines != null) {
      new GeoJsonWriter().writeTo(lines, features(all));
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "%d shared boundaries among %d countries (%d features read, %d skipped); wrote %s%s%n",
        all.size(),
        read.index().outlineCount(),
        read.features(),
        read.skipped(),
        out,
        geojson == null ? "" : " and " + geojson);
    o.flush();
    return ExitCodes.OK;
  }

  private void writeCsv(Writer w, List<SharedBorder> all) throws IOException {
    w.write("first,second,length_km,parts,tripoints,second_side_km,max_gap_m");
    if (published) {
      w.write(",published_km,diff_km,diff_pct,source");
    }
    w.write("\n");
    for (SharedBorder s : all) {
      double km = s.lengthMetres() / 1000;
      w.write(
          String.format(
              Locale.ROOT,
              "%s,%s,%.3f,%d,%d,%.3f,%.1f",
              CsvFields.field(s.firstKey()),
              CsvFields.field(s.secondKey()),
              km,
              s.parts().size(),
              s.tripoints().size(),
              s.secondSideLengthMetres() / 1000,
              s.maxOffsetMetres()));
      if (published) {
        Optional<PublishedLength> p = PublishedBorderLengths.of(s.firstKey(), s.secondKey());
        if (p.isPresent()) {
          double pub = p.get().lengthKilometres();
          w.write(
              String.format(
                  Locale.ROOT,
                  ",%.2f,%+.2f,%+.2f,%s",
                  pub,
                  km - pub,
                  100 * (km - pub) / pub,
                  CsvFields.field(p.get().source())));
        } else {
          w.write(",,,,");
        }
      }
      w.write("\n");
    }
  }

  private static List<GeoJsonFeature> features(List<SharedBorder> all) {
    List<GeoJsonFeature> out = new ArrayList<>();
    for (SharedBorder s : all) {
      LineString[] parts = s.parts().stream().map(BorderPart::line).toArray(LineString[]::new);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("first", s.firstKey());
      p.put("second", s.secondKey());
      p.put("length_km", Math.round(s.lengthMetres()) / 1000.0);
      p.put("parts", s.parts().size());
      p.put("tripoints", s.tripoints().size());
      out.add(
          new GeoJsonFeature(
              s.firstKey() + "-" + s.secondKey(),
              Geometries.FACTORY.createMultiLineString(parts),
              p));
    }
    return out;
  }
}
