package io.github.borderatlas.core.io.atlas;

import java.util.List;
import java.util.Map;

/** Describes JSON values for error messages ("the string \"yes\"", "an array"). Stateless. */
final class Values {

  private static final int MAX_SHOWN = 60;

  private Values() {}

  /** A short description of a property value as read from GeoJSON. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "the string " + quote(s);
    }
    if (value instanceof Boolean b) {
      return "the boolean " + b;
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof Map) {
      return "an object";
    }
    return "a " + value.getClass().getSimpleName();
  }

  /** The text in double quotes, cut to 60 characters with an ellipsis when longer. */
  static String quote(String s) {
    String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
    return "\"" + shown + "\"";
  }
}
