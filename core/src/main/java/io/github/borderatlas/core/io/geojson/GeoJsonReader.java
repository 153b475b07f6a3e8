package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads RFC 7946 GeoJSON with Jackson's streaming parser: a FeatureCollection, a single Feature or
 * a bare geometry, as a {@link FeatureStream} (one feature in memory at a time) or all at once.
 *
 * <p>What is accepted: members in any order (e.g. {@code coordinates} before {@code type}); all
 * seven geometry types, holes and nested GeometryCollections; empty {@code coordinates} as an empty
 * geometry; a Feature whose {@code geometry} is {@code null} or missing as a feature without
 * geometry, and {@code null} or missing {@code properties} as empty ones (lenient: GDAL and most
 * readers accept them); ids as strings or numbers (numbers keep their JSON text); positions of 2 or
 * 3 numbers, extra numbers dropped (lenient, RFC 7946 §3.1.1); any ring winding (RFC 7946 §3.1.6:
 * parsers should not reject it). Geometries are WGS84 lon/lat (x = longitude, y = latitude) with
 * the SRID and coordinate sequences of {@link ReadOptions#geometryFactory()}.
 *
 * <p>What is rejected with a {@link GeoJsonException} naming file, line:column and JSON path (e.g.
 * {@code a.geojson:3:41 at $.features[3].geometry.coordinates[0][2][1]: latitude 91 is not within
 * [-90, 90]}): malformed JSON, NaN and Infinity literals, duplicate member names, wrong member
 * types, unknown or mis-cased types, unclosed rings, rings of fewer than 4 positions, lines of
 * fewer than 2, positions of fewer than 2 numbers, longitudes outside [-180, 180], latitudes
 * outside [-90, 90], numbers beyond the double range, content after the root object, and anything
 * beyond the {@link ReadLimits}. Columns count characters (a message says when it counts bytes).
 * Input should be UTF-8 (RFC 8259 §8.1); a byte order mark is skipped, and UTF-16/32 text is
 * recognised by Jackson and read.
 *
 * <p>Performance: Jackson's fast double parser; coordinates go into a reused primitive scratch
 * array and each ring into one exact-size packed array ({@code PackedCoordinateSequence.Double}).
 *
 * <p>Thread safety: immutable and thread-safe; each {@link FeatureStream} is single-threaded.
 *
 * <pre>{@code
 * ReadOptions kazakhstan = ReadOptions.builder().where("A3", Set.of("KAZ")).build();
 * GeoJsonReader reader = new GeoJsonReader(kazakhstan);
 * try (FeatureStream features = reader.open(Path.of("map.geo.json"))) {
 *   while (features.hasNext()) {
 *     GeoJsonFeature f = features.next();
 *   }
 * }
 * }</pre>
 */
public final class GeoJsonReader {

  private final ReadOptions options;
  private final JsonFactory factory;

  /** A reader with {@link ReadOptions#defaults()}. */
  public GeoJsonReader() {
    this(ReadOptions.defaults());
  }

  /**
   * A reader with the given options.
   *
   * @param options limits, geometry factory and filters
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public GeoJsonReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    ReadLimits limits = options.limits();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxNameLength())
                    .build())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /**
   * The options this reader was made with.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Opens {@code file} for streaming; the stream closes the file. Errors name the path as given.
   *
   * @throws GeoJsonException if the file cannot be opened
   */
  public FeatureStream open(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new GeoJsonException("cannot open: " + e, file.toString(), -1, -1, null, e);
    }
    try {
      return open(in, file.toString(), in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Streams from {@code in}, which the stream does not close.
   *
   * @param source the label of the input in error messages (a file name), or {@code null}
   */
  public FeatureStream open(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    return open(in, source, null);
  }

  /** All features of {@code file}. */
  public List<GeoJsonFeature> readAll(Path file) {
    try (FeatureStream s = open(file)) {
      return drain(s);
    }
  }

  /** All features of {@code in}, which is not closed. */
  public List<GeoJsonFeature> readAll(InputStream in, String source) {
    try (FeatureStream s = open(in, source)) {
      return drain(s);
    }
  }

  /** All features of a GeoJSON text; errors name the source {@code <string>}. */
  public List<GeoJsonFeature> readString(String json) {
    Objects.requireNonNull(json, "json");
    return readAll(
        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<string>");
  }

  private FeatureStream open(InputStream raw, String source, InputStream owned) {
    CharColumns in = new CharColumns(raw); // columns in characters, not bytes
    JsonParser parser;
    try {
      parser = factory.createParser(in);
    } catch (CharConversionException e) {
      // the first bytes look like UTF-32 of an unsupported byte order: bad input, at its start
      throw new GeoJsonException(
          "not valid JSON text (RFC 8259 §8.1 requires UTF-8): " + e.getMessage(),
          source,
          1,
          1,
          JsonPaths.ROOT,
          e);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e, source, -1, -1, null, e);
    }
    return new FeatureStream(new ParseSession(parser, source, options, in), owned);
  }

  private static List<GeoJsonFeature> drain(FeatureStream s) {
    List<GeoJsonFeature> all = new ArrayList<>();
    while (s.hasNext()) {
      all.add(s.next());
    }
    return all;
  }
}
