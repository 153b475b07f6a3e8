package io.github.borderatlas.core.io.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.borderatlas.core.io.atlas.AtlasSource;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a bibliography file, {@code {"sources": [ {record}, ... ]}}, strictly: every record has all
 * members ({@code id, type, title, title_known, publisher, url, url_known, issued, accessed,
 * language, supports, note}; {@code aliases} is optional), {@code url} is {@code null} exactly when
 * {@code url_known} is false, dates are {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code
 * "unknown"}, and {@code publisher} is {@code "not known"} when it is not. Other top-level members
 * are ignored.
 *
 * <p>Errors are {@link GeoJsonException}s naming the file, line:column and JSON path, e.g. {@code
 * "sources.json:12:14 at $.sources[3].issued: not a date ..."}.
 */
public final class SourcesJson {

  /** The value of a date or publisher member that is not known. */
  public static final String UNKNOWN = "unknown";

  private static final String NOT_KNOWN = "not known";

  private static final Set<String> REQUIRED =
      Set.of(
          "id",
          "type",
          "title",
          "title_known",
          "publisher",
          "url",
          "url_known",
          "issued",
          "accessed",
          "language",
          "supports",
          "note");

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private SourcesJson() {}

  /**
   * Reads the bibliography of a file or resource.
   *
   * @throws GeoJsonException naming the place when the file is malformed or cannot be read
   */
  public static Bibliography read(AtlasSource file) {
    try (InputStream in = file.open()) {
      return read(in, file.name());
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e.getMessage(), file.name(), -1, -1, null, e);
    }
  }

  /**
   * Reads a bibliography; the stream is not closed.
   *
   * @param name the name for messages
   * @throws GeoJsonException naming the place when the input is malformed
   */
  public static Bibliography read(InputStream in, String name) {
    String path = "$";
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error(p, name, path, "expected an object {\"sources\": [...]}");
      }
      List<Source> records = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String member = p.currentName();
        JsonToken value = p.nextToken();
        if (!member.equals("sources")) {
          p.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw error(p, name, "$.sources", "expected an array of source records");
        }
        records = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          path = "$.sources[" + records.size() + "]";
          records.add(readRecord(p, name, path));
        }
        path = "$";
      }
      if (records == null) {
        throw new GeoJsonException("missing member \"sources\"", name, -1, -1, "$", null);
      }
      try {
        return Bibliography.of(records);
      } catch (IllegalArgumentException e) {
        throw new GeoJsonException(e.getMessage(), name, -1, -1, "$.sources", e);
      }
    } catch (StreamReadException e) {
      throw GeoJsonException.malformedJson(e, name, path);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e.getMessage(), name, -1, -1, path, e);
    }
  }

  private static Source readRecord(JsonParser p, String name, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(p, name, path, "expected a source record object");
    }
    Map<String, Object> m = new HashMap<>();
    List<String> aliases = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String member = p.currentName();
      JsonToken t = p.nextToken();
      String at = path + "." + member;
      if (member.equals("aliases")) {
        if (t != JsonToken.START_ARRAY) {
          throw error(p, name, at, "expected an array of strings");
        }
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          aliases.add(p.getText());
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
          throw error(p, name, at, "expected an array of strings");
        }
      } else if (!REQUIRED.contains(member)) {
        throw error(p, name, at, "unknown member \"" + member + "\"");
      } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        m.put(member, t == JsonToken.VALUE_TRUE);
      } else if (t == JsonToken.VALUE_STRING) {
        m.put(member, p.getText());
      } else if (t == JsonToken.VALUE_NULL) {
        m.put(member, Optional.empty());
      } else {
        throw error(p, name, at, "expected a string, boolean or null, got " + t);
      }
    }
    for (String member : REQUIRED) {
      if (!m.containsKey(member)) {
        throw error(p, name, path, "missing member \"" + member + "\"");
      }
    }
    boolean urlKnown = bool(p, name, path, m, "url_known");
    Object url = m.get("url");
    if (urlKnown != url instanceof String) {
      throw error(p, name, path + ".url", "url must be a string when url_known is true, else null");
    }
    String publisher = text(p, name, path, m, "publisher");
    try {
      return new Source(
          text(p, name, path, m, "id"),
          text(p, name, path, m, "type"),
          text(p, name, path, m, "title"),
          bool(p, name, path, m, "title_known"),
          publisher.equals(NOT_KNOWN) ? Optional.empty() : Optional.of(publisher),
          urlKnown ? Optional.of((String) url) : Optional.empty(),
          date(p, name, path, m, "issued"),
          date(p, name, path, m, "accessed"),
          text(p, name, path, m, "language"),
          text(p, name, path, m, "supports"),
          text(p, name, path, m, "note"),
          aliases);
    } catch (IllegalArgumentException e) {
      throw error(p, name, path, e.getMessage());
    }
  }

  private static Optional<PartialDate> date(
      JsonParser p, String name, String path, Map<String, Object> m, String member) {
    String v = text(p, name, path, m, member);
    if (v.equals(UNKNOWN)) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(v));
    } catch (IllegalArgumentException e) {
      throw error(p, name, path + "." + member, e.getMessage() + " or \"unknown\"");
    }
  }

  private static String text(
      JsonParser p, String name, String path, Map<String, Object> m, String member) {
    if (m.get(member) instanceof String s) {
      return s;
    }
    throw error(p, name, path + "." + member, "expected a string");
  }

  private static boolean bool(
      JsonParser p, String name, String path, Map<String, Object> m, String member) {
    if (m.get(member) instanceof Boolean b) {
      return b;
    }
    throw error(p, name, path + "." + member, "expected true or false");
  }

  private static GeoJsonException error(JsonParser p, String name, String path, String problem) {
    JsonLocation at = p.currentLocation();
    return new GeoJsonException(problem, name, at.getLineNr(), at.getColumnNr(), path, null);
  }
}
