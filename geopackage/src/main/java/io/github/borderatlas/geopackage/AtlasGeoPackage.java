package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.atlas.AtlasAssembler;
import io.github.borderatlas.core.io.atlas.AtlasFeatureDecoder;
import io.github.borderatlas.core.io.atlas.AtlasFormatException;
import io.github.borderatlas.core.io.atlas.FiguresJson;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.JsonText;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * A whole {@link Atlas} as an OGC GeoPackage, and back.
 *
 * <p><b>Writing</b>: one feature table per layer ({@code border}, {@code border_segment}, {@code
 * river}, ...) with the layer's GeoJSON properties as typed columns (see {@link AtlasTables}: dates
 * as ISO text at their precision, lengths and accuracies in metres REAL, lists and figures as JSON
 * text), its geometry type (the one type of its features, {@code GEOMETRY} when they mix), SRS
 * EPSG:4326 (x = longitude, y = latitude, degrees, stored as given, full double precision) and an
 * RTree spatial index; the timeline entries with a place are the {@code event} feature table, and
 * every entry is also a row of the {@code timeline} attribute table; the attribute tables {@code
 * figures} (atlas-wide and per feature) and {@code sources}. SQLite needs a real file, so the
 * GeoPackage is built in a scratch file in the temporary directory and then copied to the output;
 * {@link #write(Atlas, Set, Path)} makes that atomic with {@link AtomicFiles} (temporary file next
 * to the target, renamed into place; devices and FIFOs written through).
 *
 * <p><b>Reading</b> ({@link #read(Path)}) takes an atlas GeoPackage written here, or a GDAL copy of
 * an atlas GeoJSON file ({@code ogr2ogr -f GPKG}: one mixed table), and decodes each row with the
 * strict {@link AtlasFeatureDecoder}, so the rules and messages are those of the GeoJSON reader.
 * Tables other than atlas layers and the attribute tables above are ignored.
 *
 * <p>Stateless and thread-safe (each call has its own file and connection).
 */
public final class AtlasGeoPackage {

  private AtlasGeoPackage() {}

  /**
   * Writes the features of the given layers (and the atlas-wide figures) as a GeoPackage to {@code
   * out}, which is flushed, not closed.
   *
   * @return the number of features written
   * @throws GeoPackageException when the GeoPackage cannot be built
   * @throws IOException when the scratch file or {@code out} fails
   */
  public static int write(Atlas atlas, Set<Layer> layers, OutputStream out) throws IOException {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(out, "out");
    Path dir = Files.createTempDirectory("borderatlas-gpkg-");
    Path scratch = dir.resolve("atlas.gpkg");
    try {
      int n;
      try {
        n = AtlasGeoPackageWriter.write(atlas, Set.copyOf(layers), scratch.toFile());
      } catch (GeoPackageException | IOException e) {
        throw e;
      } catch (Exception e) {
        throw new GeoPackageException(
            scratch, null, null, "cannot build: " + GeoPackageSession.reason(e), e);
      }
      Files.copy(scratch, out);
      out.flush();
      return n;
    } finally {
      Files.deleteIfExists(scratch);
      Files.deleteIfExists(dir);
    }
  }

  /**
   * Writes the GeoPackage to {@code file} atomically: the old file is kept when anything fails.
   *
   * @return the number of features written
   * @throws GeoPackageException when the GeoPackage cannot be built
   * @throws IOException when the file cannot be written
   */
  public static int write(Atlas atlas, Set<Layer> layers, Path file) throws IOException {
    int[] n = new int[1];
    AtomicFiles.write(file, out -> n[0] = write(atlas, layers, out));
    return n[0];
  }

  /**
   * Reads an atlas GeoPackage.
   *
   * @throws GeoPackageException when the file is not a readable GeoPackage or has no atlas layer
   * @throws AtlasFormatException when a row does not follow the atlas schema (naming the file,
   *     table, row and column)
   */
  public static Atlas read(Path file) {
    List<FeatureTableInfo> tables = GeoPackageReader.featureTables(file);
    List<String> attributes = GeoPackageReader.attributeTables(file);
    boolean timeline = attributes.contains(AtlasTables.TIMELINE);
    AtlasAssembler assembler = new AtlasAssembler(AtlasFeatureDecoder.strict());
    Map<String, Geometry> eventPlaces = new HashMap<>();
    for (FeatureTableInfo t : tables) {
      List<GeoJsonFeature> features = GeoPackageReader.read(file, t.name()).features();
      if (timeline && AtlasTables.layer(t.name()) == Layer.EVENT) {
        features.forEach(f -> eventPlaces.put(f.id(), f.geometry()));
        continue; // the timeline table has every entry
      }
      String source = file + " table " + t.name();
      for (int i = 0; i < features.size(); i++) {
        assembler.add(features.get(i), source, i);
      }
    }
    if (timeline) {
      List<Map<String, Object>> rows = GeoPackageReader.readAttributes(file, AtlasTables.TIMELINE);
      String source = file + " table " + AtlasTables.TIMELINE;
      for (int i = 0; i < rows.size(); i++) {
        Object id = rows.get(i).get("id");
        Geometry place = id == null ? null : eventPlaces.get(id.toString());
        assembler.add(new GeoJsonFeature(null, place, rows.get(i)), source, i);
      }
    }
    if (tables.isEmpty() && !timeline) {
      throw new GeoPackageException(file, null, null, "no feature table: not an atlas", null);
    }
    if (attributes.contains(AtlasTables.FIGURES)) {
      assembler.addFigures(
          FiguresJson.read(
              atlasWideFigures(GeoPackageReader.readAttributes(file, AtlasTables.FIGURES)),
              file + " table " + AtlasTables.FIGURES));
    }
    return assembler.build();
  }

  /** The rows without a feature id as a figures file, for {@link FiguresJson}. */
  private static ByteArrayInputStream atlasWideFigures(List<Map<String, Object>> rows) {
    List<Object> figures = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      if (row.get("feature_id") == null) {
        Map<String, Object> figure = new LinkedHashMap<>(row);
        figure.remove("feature_id");
        figure.values().removeIf(Objects::isNull);
        figures.add(figure);
      }
    }
    String json = JsonText.write(Map.of("figures", figures));
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
