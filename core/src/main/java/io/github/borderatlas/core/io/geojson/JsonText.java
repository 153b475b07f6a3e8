package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One property value as compact JSON text and back, for formats that keep structured values in a
 * text column (a GeoPackage, or GDAL's JSON sub-type). Values are those of {@link GeoJsonFeature}
 * properties: {@code null}, {@link String}, {@link Boolean}, {@link Number}, {@link java.util.List}
 * and {@link java.util.Map} of these; numbers are written as the GeoJSON writer writes properties
 * and read back as {@link Long} or {@link Double}, lists and objects unmodifiable and ordered.
 * Stateless and thread-safe.
 */
public final class JsonText {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonText() {}

  /**
   * The value as compact JSON text, e.g. {@code ["Russian Empire","Qing China"]}.
   *
   * @throws InvalidValue for what JSON cannot hold (NaN, other types)
   */
  public static String write(Object value) {
    PropertyWriter.check(value);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      PropertyWriter.write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The one JSON value of {@code json}, within {@link ReadLimits#DEFAULT}.
   *
   * @param source names the value in messages, e.g. {@code "atlas.gpkg river.figures"}
   * @throws GeoJsonException naming {@code source} and the column when the text is not one JSON
   *     value
   */
  public static Object read(String json, String source) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = FACTORY.createParser(json)) {
      ParseSession session = new ParseSession(p, source, ReadOptions.defaults(), null);
      session.startFeature();
      if (p.nextToken() == null) {
        throw new GeoJsonException("no JSON value (empty text)", source, 1, 1, null, null);
      }
      Object value = new PropertyParser(session).value();
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new GeoJsonException(
            "more than one JSON value", source, at.getLineNr(), at.getColumnNr(), null, null);
      }
      return value;
    } catch (StreamReadException e) {
      throw GeoJsonException.malformedJson(e, source, null);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e.getMessage(), source, -1, -1, null, e);
    }
  }

  /**
   * Whether {@code text}, stripped, starts like a JSON array or object ({@code [} or <code>{</code>
   * ).
   */
  public static boolean looksStructured(String text) {
    String s = text.strip();
    return s.startsWith("[") || s.startsWith("{");
  }
}
