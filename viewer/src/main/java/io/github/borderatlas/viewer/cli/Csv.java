package io.github.borderatlas.viewer.cli;

/** RFC 4180 fields. Stateless. */
final class Csv {

  private Csv() {}

  /**
   * The value as one CSV field: quoted (with quotes doubled) when it holds a comma, a quote, a
   * carriage return or a line feed; as is otherwise.
   */
  static String field(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + value.replace("\"", "\"\"") + '"';
      }
    }
    return value;
  }
}
