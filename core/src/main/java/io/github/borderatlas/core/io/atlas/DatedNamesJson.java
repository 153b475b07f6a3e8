package io.github.borderatlas.core.io.atlas;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.DatedName;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a names-through-time file: {@code {"names": [{"feature": "country.KAZ", "name": "Kazakh
 * SSR", "name_kk": …, "name_zh": …, "name_ru": …, "valid_from": "1936-12-05", "valid_to":
 * "1991-12-16", "source": "…"}, …]}}. Dates are {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
 * at their precision ({@code "valid_from": "unknown"} for an unsourced start); every member is a
 * string; {@code feature}, {@code name} and {@code source} are required. Errors name the source,
 * line:column and JSON path. Stateless and thread-safe.
 */
public final class DatedNamesJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private static final Set<String> MEMBERS =
      Set.of(
          "feature",
          "name",
          "name_kk",
          "name_zh",
          "name_ru",
          "valid_from",
          "valid_to",
          "source",
          "note");

  private DatedNamesJson() {}

  /**
   * Reads the file; the stream is not closed.
   *
   * @param source the name for messages (file or resource name)
   * @throws AtlasFormatException when an entry does not follow the schema
   * @throws GeoJsonException for malformed JSON or an I/O failure
   */
  public static List<DatedName> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    String path = "$";
    try (JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT, source, path, "{\"names\": [...]}");
      List<DatedName> out = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean names = p.currentName().equals("names");
        JsonToken value = p.nextToken();
        if (!names) {
          p.skipChildren();
          continue;
        }
        expect(p, value, JsonToken.START_ARRAY, source, "$.names", "an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
          path = "$.names[" + out.size() + "]";
          expect(p, p.currentToken(), JsonToken.START_OBJECT, source, path, "an object");
          out.add(entry(p, source, path));
        }
        path = "$";
      }
      return List.copyOf(out);
    } catch (StreamReadException e) {
      throw GeoJsonException.malformedJson(e, source, path);
    } catch (IOException e) {
      throw new GeoJsonException("cannot read: " + e.getMessage(), source, -1, -1, null, e);
    }
  }

  private static DatedName entry(JsonParser p, String source, String path) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Map<String, String> m = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      if (!MEMBERS.contains(key)) {
        throw located(p, source, path + "." + key, "unknown member " + Values.quote(key));
      }
      expect(p, v, JsonToken.VALUE_STRING, source, path + "." + key, "a string");
      m.put(key, p.getText());
    }
    try {
      String from = m.get("valid_from");
      PartialDate to = date(m.get("valid_to"));
      Validity validity =
          Validity.UNKNOWN.equals(from) ? Validity.startUnknown(to) : Validity.of(date(from), to);
      Names names =
          new Names(
              required(m, "name"),
              Optional.ofNullable(m.get("name_kk")),
              Optional.ofNullable(m.get("name_zh")),
              Optional.ofNullable(m.get("name_ru")));
      return new DatedName(required(m, "feature"), names, validity, required(m, "source"));
    } catch (IllegalArgumentException e) {
      throw new AtlasFormatException(
          e.getMessage(),
          source,
          start.getLineNr(),
          start.getColumnNr(),
          path,
          m.get("feature"),
          -1,
          null,
          e);
    }
  }

  private static String required(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing member " + Values.quote(key));
    }
    return v;
  }

  private static PartialDate date(String text) {
    return text == null ? null : PartialDate.parse(text);
  }

  private static void expect(
      JsonParser p, JsonToken got, JsonToken want, String source, String path, String what) {
    if (got != want) {
      throw located(p, source, path, "expected " + what + ", got " + got);
    }
  }

  private static AtlasFormatException located(
      JsonParser p, String source, String path, String problem) {
    JsonLocation at = p.currentTokenLocation();
    return new AtlasFormatException(
        problem, source, at.getLineNr(), at.getColumnNr(), path, null, -1, null, null);
  }
}
