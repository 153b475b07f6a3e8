package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON path text in the {@code $.features[3].geometry.coordinates[0][2]} style used by error
 * messages. Member names that are not plain identifiers are quoted: {@code $['a b']}. Built only
 * when an error is reported, never on the hot path. Thread safety: stateless.
 */
final class JsonPaths {

  static final String ROOT = "$";

  private JsonPaths() {}

  /** The path segment for a member: {@code .name} or {@code ['na.me']}. */
  static String member(String name) {
    if (isIdentifier(name)) {
      return "." + name;
    }
    StringBuilder sb = new StringBuilder(name.length() + 4).append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append("']").toString();
  }

  /** The path segment for an array element: {@code [i]}. */
  static String index(long i) {
    return "[" + i + "]";
  }

  /**
   * The path of the value the parser context points at: the current element of an array, the
   * current member of an object; an array or object that has no current element yet is named
   * itself.
   */
  static String of(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push(index(c.getCurrentIndex()));
        }
      } else if (c.inObject() && c.getCurrentName() != null) {
        segments.push(member(c.getCurrentName()));
      }
    }
    StringBuilder sb = new StringBuilder(ROOT);
    segments.forEach(sb::append);
    return sb.toString();
  }

  /**
   * The path of the array or object {@code context} stands for, without its current element: the
   * parent's current element is this container.
   */
  static String ofContainer(JsonStreamContext context) {
    return of(context.getParent());
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i)) || name.charAt(i) == '$') {
        return false;
      }
    }
    return name.charAt(0) != '$';
  }
}
