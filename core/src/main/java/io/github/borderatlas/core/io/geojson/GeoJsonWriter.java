package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.IoConsumer;
import io.github.borderatlas.core.io.IoReasons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes RFC 7946 GeoJSON FeatureCollections with Jackson's streaming generator.
 *
 * <p>What is written: positions {@code [lon, lat]} (or {@code [lon, lat, z]} when z is not NaN) in
 * WGS84 degrees; exterior rings counter-clockwise and holes clockwise whatever the input winding;
 * no {@code crs}; coordinates rounded half-up to {@link #decimals()} decimals (default 6, about 11
 * cm of latitude) with trailing zeros trimmed and {@code -0} written as {@code 0}; {@code bbox}
 * {@code [west, south, east, north]} on the collection and on each feature with a non-empty
 * geometry, computed from the rounded coordinates (crossing the antimeridian as RFC 7946 §5.2 when
 * the data was cut there); string ids; properties in the order given. By default each feature
 * starts a new line (diff-friendly, still compact). The same input always gives the same bytes. See
 * {@link FeatureCollectionWriter} for the member layout.
 *
 * <p>Errors: every failure is a {@link GeoJsonException} naming the output and the JSON path of the
 * value, e.g. {@code $.features[3].geometry.coordinates[0][2]: latitude 91.0 is not within [-90,
 * 90]}. Longitudes outside [-180, 180], latitudes outside [-90, 90], NaN or infinite values and
 * unsupported property types are rejected.
 *
 * <p>Thread safety: immutable and thread-safe; each {@link #open} stream is single-threaded.
 *
 * <pre>{@code
 * GeoJsonWriter writer = GeoJsonWriter.builder().decimals(6).build();
 * writer.writeTo(Path.of("atlas.geojson"), features);            // atomic
 * writer.writeTo(Path.of("big.geojson"), out -> {                 // streamed and atomic
 *   for (GeoJsonFeature f : source) out.write(f);
 * });
 * }</pre>
 */
public final class GeoJsonWriter {

  /** Default decimals: 6, about 0.11 m in latitude (RFC 7946 §11.2). */
  public static final int DEFAULT_DECIMALS = 6;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .build();

  private final int decimals;
  private final boolean featurePerLine;

  /** A writer with the defaults: 6 decimals, one feature per line. */
  public GeoJsonWriter() {
    this(builder());
  }

  private GeoJsonWriter(Builder b) {
    this.decimals = b.decimals;
    this.featurePerLine = b.featurePerLine;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Decimals of coordinates and bboxes (0..15). */
  public int decimals() {
    return decimals;
  }

  /** Whether each feature starts a new line. */
  public boolean featurePerLine() {
    return featurePerLine;
  }

  /**
   * Writes {@code features} as one FeatureCollection with its bbox before the features. Does not
   * close {@code out}.
   *
   * @throws GeoJsonException if a feature cannot be written or on an I/O error
   */
  public void write(List<GeoJsonFeature> features, OutputStream out) {
    write(features, out, "<output>");
  }

  /**
   * The FeatureCollection of {@code features} as a string; errors name the target {@code <string>}.
   */
  public String writeToString(List<GeoJsonFeature> features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(features, out, "<string>");
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code features} to {@code file} atomically: the old file stays as it was unless the
   * whole new one was written and synced.
   *
   * @throws GeoJsonException if a feature cannot be written or on an I/O error
   */
  public void writeTo(Path file, List<GeoJsonFeature> features) {
    Objects.requireNonNull(features, "features");
    atomically(file, out -> write(features, out, file.toString()));
  }

  /**
   * Streams a FeatureCollection to {@code file} atomically: {@code body} writes the features one by
   * one; the file appears only if the body and the writing succeed.
   *
   * @throws GeoJsonException on a bad feature or an I/O error, or wrapping an {@link IOException}
   *     thrown by the body
   */
  public void writeTo(Path file, IoConsumer<FeatureCollectionWriter> body) {
    Objects.requireNonNull(body, "body");
    atomically(
        file,
        out -> {
          FeatureCollectionWriter collection = open(out, file.toString());
          body.accept(collection);
          collection.close();
        });
  }

  /**
   * Starts streaming a FeatureCollection to {@code out}; {@link FeatureCollectionWriter#close()}
   * ends it. Does not close {@code out}.
   *
   * @param target a label of the output for error messages (a file name), or {@code null}
   */
  public FeatureCollectionWriter open(OutputStream out, String target) {
    String label = target == null ? "<output>" : target;
    return new FeatureCollectionWriter(generator(out, label), decimals, label, null);
  }

  private void write(List<GeoJsonFeature> features, OutputStream out, String target) {
    Objects.requireNonNull(features, "features");
    LonLatBox box = new LonLatBox(decimals);
    for (int i = 0; i < features.size(); i++) {
      GeoJsonFeature f = Objects.requireNonNull(features.get(i), "feature");
      FeatureCollectionWriter.check(f, i, target);
      if (f.geometry() != null) {
        GeometryWriter.addParts(f.geometry(), box);
      }
    }
    FeatureCollectionWriter collection =
        new FeatureCollectionWriter(generator(out, target), decimals, target, box);
    for (GeoJsonFeature f : features) {
      collection.write(f);
    }
    collection.close();
  }

  private JsonGenerator generator(OutputStream out, String target) {
    Objects.requireNonNull(out, "out");
    try {
      JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      if (featurePerLine) {
        gen.setPrettyPrinter(new FeatureLinePrinter());
      }
      return gen;
    } catch (IOException e) {
      throw new GeoJsonException("cannot write: " + e.getMessage(), target, -1, -1, null, e);
    }
  }

  private static void atomically(Path file, IoConsumer<OutputStream> body) {
    Objects.requireNonNull(file, "file");
    try {
      AtomicFiles.write(file, body);
    } catch (IOException e) {
      throw new GeoJsonException(
          "cannot write: " + IoReasons.reason(e), file.toString(), -1, -1, null, e);
    } catch (UncheckedIOException e) {
      throw new GeoJsonException(
          "cannot write: " + IoReasons.reason(e), file.toString(), -1, -1, null, e);
    }
  }

  /** Options of a {@link GeoJsonWriter}. Not thread-safe. */
  public static final class Builder {
    private int decimals = DEFAULT_DECIMALS;
    private boolean featurePerLine = true;

    private Builder() {}

    /**
     * Decimals of coordinates, 0..15 (default 6). 7 gives about 1 cm; geojsonhint warns above 6.
     *
     * @throws IllegalArgumentException outside 0..15
     */
    public Builder decimals(int decimals) {
      if (decimals < 0 || decimals > FixedDecimal.MAX_DECIMALS) {
        throw new IllegalArgumentException("decimals must be within 0..15, got " + decimals);
      }
      this.decimals = decimals;
      return this;
    }

    /** Whether each feature starts a new line (default {@code true}); else one line in all. */
    public Builder featurePerLine(boolean featurePerLine) {
      this.featurePerLine = featurePerLine;
      return this;
    }

    /**
     * A writer with the options set so far; the builder may be reused.
     *
     * @return a new writer
     */
    public GeoJsonWriter build() {
      return new GeoJsonWriter(this);
    }
  }
}
