package io.github.borderatlas.pipeline;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.pipeline.border.BorderBuilder;
import io.github.borderatlas.pipeline.border.SegmentClassifier.Reference;
import io.github.borderatlas.pipeline.border.WdbiiBorderComparison;
import io.github.borderatlas.pipeline.context.CountryContext;
import io.github.borderatlas.pipeline.gmt.GmtTextReader;
import io.github.borderatlas.pipeline.hydro.HydroExtraction;
import io.github.borderatlas.pipeline.hydro.LakeCatalog;
import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import io.github.borderatlas.pipeline.hydro.RiverCatalog;
import io.github.borderatlas.pipeline.hydro.RiverSpec;
import io.github.borderatlas.pipeline.out.Manifest;
import io.github.borderatlas.pipeline.out.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * The whole rebuild: reads the four GMT dumps and the OpenStreetMap country file, builds rivers,
 * lakes, the border with its segments and the context countries (the WDBII border dump only feeds a
 * comparison line of the report), and writes {@code border.geojson}, {@code rivers.geojson}, {@code
 * lakes.geojson}, {@code countries.geojson} and {@code MANIFEST.json} into the output directory
 * (each through a temporary file moved into place). Output is deterministic: the same inputs give
 * byte-identical files.
 *
 * <p>Not thread-safe; one run at a time per output directory.
 */
public final class Rebuild {

  /** The output files, in manifest order. */
  public static final List<String> OUTPUTS =
      List.of("border.geojson", "rivers.geojson", "lakes.geojson", "countries.geojson");

  /** Country codes read from the OpenStreetMap file. */
  public static final Set<String> COUNTRIES = Set.copyOf(CountryContext.ORDER);

  private Rebuild() {}

  /** Reads the outlines of some countries from the OpenStreetMap country file. */
  @FunctionalInterface
  public interface CountrySource {
    /** Outlines by ISO alpha-3 code, lon/lat. */
    Map<String, Geometry> read(Path file, Set<String> codes);
  }

  /**
   * Runs the rebuild.
   *
   * @return the manifest written
   * @throws PipelineException when an input is bad or a check fails (nothing is half-written: each
   *     file is replaced atomically, but a failure after the first file leaves the earlier ones
   *     replaced)
   */
  public static Manifest run(RebuildConfig cfg, CountrySource countrySource) {
    GmtTextReader gmt = new GmtTextReader();
    List<String> report = new ArrayList<>();
    HydroExtraction hydro =
        new HydroExtraction(gmt.read(cfg.dumps().resolve("wdbii_rivers.txt")), cfg.gshhgCitation());
    List<RiverSpec> specs = RiverCatalog.wdbiiRivers();
    List<River> rivers = new ArrayList<>(hydro.rivers(specs));
    List<Lake> lakes =
        hydro.lakes(
            gmt.read(cfg.dumps().resolve("gshhs_lakes.txt")),
            gmt.read(cfg.dumps().resolve("gshhs_islands.txt")),
            LakeCatalog.all());
    report.addAll(hydro.report());

    Map<String, Geometry> outlines = countrySource.read(cfg.osm(), COUNTRIES);
    for (String a3 : List.of("KAZ", "CHN")) {
      if (!outlines.containsKey(a3)) {
        throw new PipelineException("no feature with A3 = " + a3, cfg.osm().toString(), -1);
      }
    }
    BorderBuilder borders = new BorderBuilder(cfg.segmentParameters());
    Border border =
        borders.border(
            outlines.get("KAZ"),
            outlines.get("CHN"),
            references(hydro, specs),
            hydro.pickedLines().get("river.black-irtysh"),
            Geometries.FACTORY);
    report.addAll(borders.report());
    report.add(
        WdbiiBorderComparison.describe(
            gmt.read(cfg.dumps().resolve("wdbii_borders.txt")), border.line()));
    River khorgos = BorderBuilder.khorgos(border);
    rivers.add(khorgos);
    List<Country> countries =
        CountryContext.build(outlines, cfg.simplifyTolerance(), Geometries.FACTORY);

    List<GeoJsonFeature> borderFeatures = new ArrayList<>();
    borderFeatures.add(AtlasFeatureEncoder.encode(border));
    border.segments().forEach(s -> borderFeatures.add(AtlasFeatureEncoder.encode(s)));
    List<List<GeoJsonFeature>> files =
        List.of(borderFeatures, encode(rivers), encode(lakes), encode(countries));

    try {
      Files.createDirectories(cfg.out());
    } catch (IOException e) {
      throw new PipelineException("cannot create: " + e.getMessage(), cfg.out().toString(), -1, e);
    }
    GeoJsonWriter writer =
        GeoJsonWriter.builder().decimals(cfg.decimals()).featurePerLine(true).build();
    List<Manifest.Output> outputs = new ArrayList<>();
    for (int i = 0; i < OUTPUTS.size(); i++) {
      Path file = cfg.out().resolve(OUTPUTS.get(i));
      writer.writeTo(file, files.get(i));
      outputs.add(
          new Manifest.Output(OUTPUTS.get(i), Sha256.of(file), size(file), files.get(i).size()));
    }
    List<Manifest.Input> inputs =
        cfg.inputs() == null ? List.of() : Manifest.readInputs(cfg.inputs());
    Manifest manifest = new Manifest(inputs, cfg.parameters(), outputs, report);
    Path manifestFile = cfg.out().resolve("MANIFEST.json");
    try {
      AtomicFiles.write(manifestFile, out -> out.write(manifest.toJson()));
    } catch (IOException e) {
      throw new PipelineException(
          "cannot write: " + e.getMessage(), manifestFile.toString(), -1, e);
    }
    return manifest;
  }

  private static List<GeoJsonFeature> encode(List<? extends AtlasFeature> features) {
    return features.stream().map(AtlasFeatureEncoder::encode).toList();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new PipelineException("cannot stat: " + e.getMessage(), file.toString(), -1, e);
    }
  }

  /** Every WDBII line with a display name: the river's when it was picked, else its class. */
  static List<Reference> references(HydroExtraction hydro, List<RiverSpec> specs) {
    Map<String, LeveledLine> picked = hydro.pickedSources();
    List<Reference> out = new ArrayList<>();
    for (LeveledLine l : hydro.riverLines()) {
      String name = "unnamed WDBII river (class " + l.level() + ")";
      for (RiverSpec s : specs) {
        if (picked.get(s.id()) == l) {
          name = s.names().english();
          break;
        }
      }
      out.add(new Reference(name, l.line()));
    }
    return out;
  }
}
