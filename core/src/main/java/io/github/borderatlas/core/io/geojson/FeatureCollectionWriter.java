package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.borderatlas.core.io.IoReasons;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams one FeatureCollection, a feature at a time, so memory does not grow with the number of
 * features. Obtained from {@link GeoJsonWriter#open}; {@link #close()} ends the collection.
 *
 * <p>Output: {@code {"type":"FeatureCollection","features":[...],"bbox":[w,s,e,n]}} — the
 * collection's bbox comes after the features, since it is known only then (JSON member order is
 * free; the one-shot {@link GeoJsonWriter#write} puts it before {@code features}). Each feature is
 * {@code {"type":"Feature","id":"...","bbox":[...],"geometry":{...},"properties":{...}}}: {@code
 * id} left out when {@code null}, a number when {@link GeoJsonFeature#idIsNumber()}, {@code bbox}
 * only for a non-empty geometry, {@code properties} always an object. See {@link GeoJsonWriter} for
 * coordinates and numbers.
 *
 * <p>Errors: a feature that cannot be written (coordinate out of range, NaN, unsupported property
 * type) is rejected with a {@link GeoJsonException} before any of it is written, naming {@code
 * $.features[i]...}; the writer stays usable. After an I/O error the writer is broken and further
 * calls fail. Closing after a failure, or writing to a caller's stream, can leave a truncated
 * document: use {@link GeoJsonWriter#writeTo(java.nio.file.Path,
 * io.github.borderatlas.core.io.IoConsumer)} for all-or-nothing files.
 *
 * <p>Thread safety: not thread-safe.
 */
public final class FeatureCollectionWriter implements Closeable {

  private final JsonGenerator gen;
  private final String target;
  private final GeometryWriter geometries;
  private final LonLatBox featureBox;
  private final LonLatBox collectionBox;
  private final boolean boxFirst;
  private long count;
  private boolean closed;
  private boolean broken;

  /**
   * @param presetBox the collection's box, written before the features; {@code null} to compute it
   *     while writing and write it after them
   */
  FeatureCollectionWriter(JsonGenerator gen, int decimals, String target, LonLatBox presetBox) {
    this.gen = gen;
    this.target = target;
    this.geometries = new GeometryWriter(gen, decimals);
    this.featureBox = new LonLatBox(decimals);
    this.boxFirst = presetBox != null;
    this.collectionBox = boxFirst ? presetBox : new LonLatBox(decimals);
    run(
        () -> {
          gen.writeStartObject();
          gen.writeStringField("type", "FeatureCollection");
          if (boxFirst && !collectionBox.isEmpty()) {
            gen.writeFieldName("bbox");
            geometries.writeBox(collectionBox);
          }
          gen.writeFieldName("features");
          gen.writeStartArray();
        });
  }

  /**
   * Appends one feature.
   *
   * @throws GeoJsonException if the feature cannot be written (nothing of it is written then) or on
   *     an I/O error
   * @throws IllegalStateException after {@link #close()} or an I/O error
   */
  public void write(GeoJsonFeature feature) {
    Objects.requireNonNull(feature, "feature");
    if (closed || broken) {
      throw new IllegalStateException(closed ? "writer is closed" : "an earlier write failed");
    }
    check(feature, count, target);
    Geometry g = feature.geometry();
    featureBox.reset();
    if (g != null) {
      GeometryWriter.addParts(g, featureBox);
    }
    run(() -> writeFeature(feature, g));
    if (!boxFirst) {
      collectionBox.addBox(featureBox);
    }
    count++;
  }

  /** Features written so far. */
  public long count() {
    return count;
  }

  /**
   * Ends the collection (writes the bbox of a streamed collection) and flushes. Does not close a
   * caller's output stream. Idempotent; does nothing after an I/O error.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (broken) {
      return;
    }
    run(
        () -> {
          gen.writeEndArray();
          if (!boxFirst && !collectionBox.isEmpty()) {
            gen.writeFieldName("bbox");
            geometries.writeBox(collectionBox);
          }
          gen.writeEndObject();
          gen.writeRaw('\n');
          gen.close();
        });
  }

  private void writeFeature(GeoJsonFeature feature, Geometry g) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", "Feature");
    if (feature.id() != null && feature.idIsNumber()) {
      gen.writeFieldName("id");
      gen.writeNumber(feature.id()); // the JSON number as read, e.g. 1e3
    } else if (feature.id() != null) {
      gen.writeStringField("id", feature.id());
    }
    if (!featureBox.isEmpty()) {
      gen.writeFieldName("bbox");
      geometries.writeBox(featureBox);
    }
    gen.writeFieldName("geometry");
    if (g == null) {
      gen.writeNull();
    } else {
      geometries.write(g);
    }
    gen.writeFieldName("properties");
    gen.writeStartObject();
    for (Map.Entry<String, Object> e : feature.properties().entrySet()) {
      gen.writeFieldName(e.getKey());
      PropertyWriter.write(gen, e.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /**
   * Checks that {@code feature} can be written as the feature at {@code index}.
   *
   * @throws GeoJsonException naming {@code $.features[index]...} otherwise
   */
  static void check(GeoJsonFeature feature, long index, String target) {
    try {
      if (feature.geometry() != null) {
        try {
          GeometryWriter.check(feature.geometry());
        } catch (InvalidValue e) {
          throw e.under(".geometry");
        }
      }
      try {
        PropertyWriter.check(feature.properties());
      } catch (InvalidValue e) {
        throw e.under(".properties");
      }
    } catch (InvalidValue e) {
      String id = feature.id() == null ? "" : " (feature id " + feature.id() + ")";
      throw new GeoJsonException(
          e.problem() + id, target, -1, -1, "$.features[" + index + "]" + e.relativePath(), null);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private void run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      broken = true;
      throw new GeoJsonException(
          "cannot write: " + IoReasons.reason(e), target, -1, -1, "$.features[" + count + "]", e);
    }
  }
}
