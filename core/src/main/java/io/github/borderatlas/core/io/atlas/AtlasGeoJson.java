package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.FeatureCollectionWriter;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes a whole {@link Atlas} as GeoJSON in the atlas schema ({@code
 * docs/geojson-schema.md}): one RFC 7946 FeatureCollection per layer file plus a figures file
 * ({@code {"figures": [...]}}) for the atlas-wide figures.
 *
 * <p><b>Reading</b> streams each file with {@link GeoJsonReader} (one feature in memory at a time),
 * decodes it with {@link AtlasFeatureDecoder#strict()} unless another decoder is given and
 * assembles the atlas with {@link AtlasAssembler}: border segments are attached to the border by
 * chainage; ids must be unique across all files. Errors are {@link AtlasFormatException}s (schema)
 * or {@link GeoJsonException}s (malformed GeoJSON, missing file, I/O), each naming the file,
 * line:column or JSON path, and the feature id where known.
 *
 * <p><b>Writing</b> encodes with {@link AtlasFeatureEncoder} and writes with {@link GeoJsonWriter}:
 * {@code [lon, lat]}, CCW shells, {@code bbox}es, no {@code crs}, {@code precision} decimals (6 ≈
 * 0.1 m by default), one feature per line, byte-identical for the same atlas. To export the atlas
 * as of a date, pass {@code atlas.asOf(date)}. File output is atomic.
 *
 * <pre>{@code
 * Atlas atlas = AtlasGeoJson.read(ChinaKazakhstan.class, "border.geojson", "rivers.geojson",
 *     "figures.json");
 * AtlasGeoJson.write(atlas.asOf(LocalDate.of(1995, 1, 1)), Path.of("atlas-1995.geojson"),
 *     EnumSet.of(Layer.BORDER, Layer.RIVER), 6);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AtlasGeoJson {

  /** Default decimals of coordinates (6, about 0.11 m of latitude). */
  public static final int DEFAULT_PRECISION = GeoJsonWriter.DEFAULT_DECIMALS;

  private static final GeoJsonReader READER = new GeoJsonReader();

  private AtlasGeoJson() {}

  /**
   * Reads layer files and an optional figures file into one atlas, strictly.
   *
   * @param layerFiles GeoJSON FeatureCollections (a Feature or bare geometry also reads)
   * @param figures the figures file, or {@code null} for no atlas-wide figures
   * @throws AtlasFormatException when a feature or figure does not follow the schema
   * @throws GeoJsonException for malformed GeoJSON/JSON or an input that cannot be opened
   */
  public static Atlas read(List<AtlasSource> layerFiles, AtlasSource figures) {
    return read(layerFiles, figures, AtlasFeatureDecoder.strict());
  }

  /** As {@link #read(List, AtlasSource)}, decoding with the given decoder (e.g. lenient). */
  public static Atlas read(
      List<AtlasSource> layerFiles, AtlasSource figures, AtlasFeatureDecoder decoder) {
    Objects.requireNonNull(layerFiles, "layerFiles");
    return assemble(layerFiles, figures == null ? List.of() : List.of(figures), decoder);
  }

  /**
   * Reads files from disk: {@link #read(List, AtlasSource)} with {@link AtlasSource#of(Path)}.
   *
   * @param figuresJson the figures file, or {@code null}
   */
  public static Atlas readFiles(List<Path> layerFiles, Path figuresJson) {
    List<AtlasSource> sources = new ArrayList<>();
    layerFiles.forEach(p -> sources.add(AtlasSource.of(p)));
    return read(sources, figuresJson == null ? null : AtlasSource.of(figuresJson));
  }

  /**
   * Reads classpath resources relative to {@code anchor}'s package (or absolute with a leading
   * {@code /}): names ending in {@code .geojson} are layer files, read in the order given; a name
   * ending in {@code .json} is a figures file (several are concatenated in order).
   *
   * @throws IllegalArgumentException for a name with neither ending
   * @throws GeoJsonException naming a resource that is missing
   */
  public static Atlas read(Class<?> anchor, String... resourceNames) {
    Objects.requireNonNull(anchor, "anchor");
    return readResources(resourceNames, name -> AtlasSource.resource(anchor, name));
  }

  /** As {@link #read(Class, String...)} with names resolved by a class loader (no leading /). */
  public static Atlas read(ClassLoader loader, String... resourceNames) {
    Objects.requireNonNull(loader, "loader");
    return readResources(resourceNames, name -> AtlasSource.resource(loader, name));
  }

  /** Writes every layer with {@link #DEFAULT_PRECISION}; {@code out} is not closed. */
  public static void write(Atlas atlas, OutputStream out) {
    write(atlas, out, EnumSet.allOf(Layer.class), DEFAULT_PRECISION);
  }

  /**
   * Writes the features of the given layers, in {@link Atlas#features()} order, as one
   * FeatureCollection; {@code out} is flushed, not closed.
   *
   * @param layers the layers to write (an empty set writes an empty collection)
   * @param precision decimals of coordinates, 0..15
   * @throws IllegalArgumentException when {@code precision} is outside 0..15
   * @throws GeoJsonException when writing fails
   */
  public static void write(Atlas atlas, OutputStream out, Set<Layer> layers, int precision) {
    Objects.requireNonNull(out, "out");
    writer(precision).write(features(atlas, layers), out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new GeoJsonException("cannot write: " + e.getMessage(), null, -1, -1, null, e);
    }
  }

  /**
   * Writes the features of the given layers to a file, atomically (the old file is kept when
   * anything fails). Features are encoded and written one at a time.
   *
   * @param precision decimals of coordinates, 0..15
   * @throws IllegalArgumentException when {@code precision} is outside 0..15
   * @throws GeoJsonException when writing fails
   */
  public static void write(Atlas atlas, Path file, Set<Layer> layers, int precision) {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(file, "file");
    GeoJsonWriter writer = writer(precision);
    writer.writeTo(
        file,
        (FeatureCollectionWriter out) -> {
          for (AtlasFeature f : atlas.features()) {
            if (layers.contains(f.layer())) {
              out.write(AtlasFeatureEncoder.encode(f, atlas.datedNames(f.id())));
            }
          }
        });
  }

  /** Writes the atlas-wide figures to a figures file, atomically. */
  public static void writeFigures(Atlas atlas, Path file) {
    FiguresJson.write(atlas.figures(), file);
  }

  private static GeoJsonWriter writer(int precision) {
    return GeoJsonWriter.builder().decimals(precision).build();
  }

  private static List<GeoJsonFeature> features(Atlas atlas, Set<Layer> layers) {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(layers, "layers");
    return AtlasFeatureEncoder.encode(atlas, layers);
  }

  private static void readLayer(AtlasSource source, AtlasAssembler assembler) {
    InputStream in;
    try {
      in = source.open();
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
    try (in;
        FeatureStream features = READER.open(in, source.name())) {
      int index = 0;
      while (features.hasNext()) {
        assembler.add(features.next(), source.name(), index++);
      }
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  private static Atlas readResources(String[] names, Function<String, AtlasSource> resolve) {
    List<AtlasSource> layers = new ArrayList<>();
    List<AtlasSource> figures = new ArrayList<>();
    for (String name : names) {
      Objects.requireNonNull(name, "resource name");
      if (name.endsWith(".geojson")) {
        layers.add(resolve.apply(name));
      } else if (name.endsWith(".json")) {
        figures.add(resolve.apply(name));
      } else {
        throw new IllegalArgumentException(
            "resource names must end in .geojson (layer) or .json (figures): " + name);
      }
    }
    return assemble(layers, figures, AtlasFeatureDecoder.strict());
  }

  private static Atlas assemble(
      List<AtlasSource> layers, List<AtlasSource> figures, AtlasFeatureDecoder decoder) {
    AtlasAssembler assembler = new AtlasAssembler(decoder);
    for (AtlasSource layer : layers) {
      readLayer(layer, assembler);
    }
    for (AtlasSource f : figures) {
      try (InputStream in = f.open()) {
        assembler.addFigures(FiguresJson.read(in, f.name()));
      } catch (IOException e) {
        throw cannotRead(f, e);
      }
    }
    return assembler.build();
  }

  private static GeoJsonException cannotRead(AtlasSource source, IOException e) {
    return new GeoJsonException("cannot read: " + e.getMessage(), source.name(), -1, -1, null, e);
  }
}
