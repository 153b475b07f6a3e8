package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code properties} into an ordered map: strings, booleans, {@code null}, integers as
 * {@link Long} (beyond the long range as {@link Double}), other numbers as {@link Double}, arrays
 * as unmodifiable lists and objects as unmodifiable ordered maps. A number that overflows a double
 * ({@code 1e400}) is an error. With {@link ReadOptions#exactNumbers()}, every number is a {@link
 * JsonNumber} holding its text instead (then {@code 1e400} is fine). Not thread-safe: one per
 * {@link ParseSession}.
 */
final class PropertyParser {

  private final ParseSession session;
  private final JsonParser p;

  PropertyParser(ParseSession session) {
    this.session = session;
    this.p = session.parser;
  }

  /** Parses the object at the current {@code START_OBJECT}; a mutable ordered map. */
  Map<String, Object> parse() throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      map.put(name, value());
      session.checkFeatureSize();
    }
    return map;
  }

  /** Parses the value at the current token (any JSON value). */
  Object value() throws IOException {
    session.countPropertyValue();
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        if (session.options.exactNumbers()) {
          return new JsonNumber(p.getText());
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return finite(p.getDoubleValue());
        }
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        if (session.options.exactNumbers()) {
          return new JsonNumber(p.getText());
        }
        return finite(p.getDoubleValue());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_ARRAY:
        {
          List<Object> list = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value());
          }
          return Collections.unmodifiableList(list);
        }
      case START_OBJECT:
        return Collections.unmodifiableMap(parse());
      default:
        throw session.error("unexpected " + session.describeCurrent());
    }
  }

  private Double finite(double d) throws IOException {
    if (!Double.isFinite(d)) {
      throw session.error("number " + p.getText() + " is too large for a double");
    }
    return d;
  }
}
