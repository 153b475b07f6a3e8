package io.github.borderatlas.core.io.atlas;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the atlas-wide figures file, {@code {"figures": [ {figure object}, ... ]}}
 * (schema: "Figure objects" in {@code docs/geojson-schema.md}), with Jackson's streaming parser and
 * generator.
 *
 * <p><b>Reading</b> is strict about the figure objects (unknown members, missing or mistyped
 * members, unknown units or confidences are errors) and ignores other top-level members. Errors are
 * {@link AtlasFormatException}s (or, for malformed JSON and I/O failures, {@link
 * GeoJsonException}s) with the source name, line:column and JSON path, e.g. {@code
 * "figures.json:7:15 at $.figures[1].unit: figure #1: member \"unit\": expected one of ..."}.
 * Duplicate members are rejected.
 *
 * <p><b>Writing</b> is deterministic: UTF-8, two-space indentation, {@code \n} line ends, members
 * in schema order, values as the shortest decimal that reads back to the same double (integral ones
 * keep their {@code .0}, e.g. {@code 2420.0}, as in the GeoJSON writer's properties).
 *
 * <p>Stateless and thread-safe.
 */
public final class FiguresJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private FiguresJson() {}

  /**
   * Reads a figures file; the stream is not closed.
   *
   * @param source the name for messages (file or resource name)
   * @throws AtlasFormatException when a figure object does not follow the schema
   * @throws GeoJsonException for malformed JSON or an I/O failure
   */
  public static Figures read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    String path = "$";
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw located(
            p, source, path, "expected an object {\"figures\": [...]}, got " + p.currentToken());
      }
      List<Figure> figures = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!name.equals("figures")) {
          p.skipChildren();
          continue;
        }
        path = "$.figures";
        if (value != JsonToken.START_ARRAY) {
          throw located(p, source, path, "expected an array of figure objects, got " + value);
        }
        figures = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          path = "$.figures[" + figures.size() + "]";
          figures.add(readFigure(p, source, figures.size()));
        }
        path = "$";
      }
      if (p.nextToken() != null) {
        throw located(p, source, path, "unexpected content after the end of the object");
      }
      if (figures == null) {
        throw new AtlasFormatException(
            "missing member \"figures\" (an array of figure objects)",
            source,
            -1,
            -1,
            "$",
            null,
            -1,
            "figures",
            null);
      }
      return Figures.of(figures);
    } catch (StreamReadException e) {
      throw GeoJsonException.malformedJson(e, source, path);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e.getMessage(), source, -1, -1, null, e);
    }
  }

  /**
   * Reads a figures file.
   *
   * @throws AtlasFormatException when a figure object does not follow the schema
   * @throws GeoJsonException for malformed JSON or when the file cannot be read
   */
  public static Figures read(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e, source, -1, -1, null, e);
    }
  }

  /**
   * Writes the figures as {@code {"figures": [...]}} in UTF-8; the stream is flushed, not closed.
   *
   * @throws GeoJsonException when writing fails
   */
  public static void write(Figures figures, OutputStream out) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(out, "out");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(indenter)
            .withObjectIndenter(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(printer);
      g.writeStartObject();
      g.writeArrayFieldStart("figures");
      for (Figure f : figures.all()) {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : FigureCodec.encode(f).entrySet()) {
          g.writeFieldName(e.getKey());
          if (e.getValue() instanceof Double d) {
            g.writeNumber(d);
          } else {
            g.writeString((String) e.getValue());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new GeoJsonException("cannot write figures: " + e.getMessage(), null, -1, -1, null, e);
    }
  }

  /**
   * Writes the figures to a file atomically: the old file stays untouched when writing fails.
   *
   * @throws GeoJsonException when writing fails
   */
  public static void write(Figures figures, Path file) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(file, "file");
    try {
      AtomicFiles.write(file, out -> write(figures, out));
    } catch (IOException e) {
      throw new GeoJsonException(
          "cannot write: " + e.getMessage(), file.toString(), -1, -1, null, e);
    }
  }

  private static Figure readFigure(JsonParser p, String source, int index) throws IOException {
    String path = "$.figures[" + index + "]";
    JsonLocation start = p.currentTokenLocation();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      Object v = scalar(p);
      throw located(
          p,
          source,
          path,
          "figure #" + index + ": expected a figure object, got " + Values.describe(v));
    }
    Map<String, Object> members = new LinkedHashMap<>();
    Map<String, JsonLocation> where = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      where.put(name, p.currentTokenLocation());
      members.put(name, scalar(p));
    }
    return FigureCodec.decode(
        members,
        true,
        (member, problem) -> {
          JsonLocation at = member == null ? start : where.getOrDefault(member, start);
          Object quantity = members.get("quantity");
          String label =
              "figure #"
                  + index
                  + (quantity instanceof String q ? " (" + Values.quote(q) + ")" : "");
          return new AtlasFormatException(
              label + (member == null ? "" : ": member " + Values.quote(member)) + ": " + problem,
              source,
              at.getLineNr(),
              at.getColumnNr(),
              member == null ? path : path + "." + member,
              null,
              -1,
              member,
              null);
        });
  }

  /** The current value as String, Long, Double, Boolean, null, or an empty List/Map marker. */
  private static Object scalar(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? (Object) p.getDoubleValue()
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case START_ARRAY:
        p.skipChildren();
        return List.of();
      case START_OBJECT:
        p.skipChildren();
        return Map.of();
      default:
        return null;
    }
  }

  private static AtlasFormatException located(
      JsonParser p, String source, String path, String problem) {
    JsonLocation at = p.currentTokenLocation();
    return new AtlasFormatException(
        problem, source, at.getLineNr(), at.getColumnNr(), path, null, -1, null, null);
  }
}
