package io.github.borderatlas.viewer.cli;

/** RFC 4180 fields: the one quoting rule of every CSV the command line writes. */
final class CsvFields {

  private CsvFields() {}

  /**
   * The value as one CSV field: quoted (inner quotes doubled) when it contains a comma, a quote, a
   * carriage return or a line feed, else as is.
   */
  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  /** The values as one CSV record, with the CRLF line end RFC 4180 prescribes. */
  static String record(String... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(values[i]));
    }
    return sb.append("\r\n").toString();
  }
}
