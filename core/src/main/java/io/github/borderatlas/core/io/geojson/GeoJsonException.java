package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import org.jspecify.annotations.Nullable;

/**
 * A GeoJSON document could not be read or written. The message names the place: the source (file
 * name), the line and column (1-based, counting characters; when only the byte column is known the
 * problem ends with "(column counted in bytes)") and the JSON path, e.g. {@code
 * "countries.geojson:12:7 at $.features[3].geometry.coordinates[0][2]: latitude 91.0 out of range
 * [-90, 90]"}.
 *
 * <p>This is the only exception the readers and writers of this package throw for bad input or I/O
 * failures; callers never see a Jackson, NullPointer or ClassCast exception from them.
 */
public class GeoJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The input's label (file name), or {@code null}. */
  private final String source;

  /** 1-based line, or -1 when unknown. */
  private final long line;

  /** 1-based column, or -1 when unknown. */
  private final long column;

  /** JSON path of the offending value, or {@code null}. */
  private final String jsonPath;

  /** What is wrong, without the location. */
  private final String problem;

  /**
   * @param problem what is wrong, without the location
   * @param source the file name or another label of the input, or {@code null}
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param jsonPath the JSON path, e.g. {@code "$.features[3].geometry"}, or {@code null}
   * @param cause the underlying exception, or {@code null}
   */
  public GeoJsonException(
      String problem, String source, long line, long column, String jsonPath, Throwable cause) {
    super(format(problem, source, line, column, jsonPath), cause);
    this.problem = problem;
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
  }

  private static String format(
      String problem, String source, long line, long column, String jsonPath) {
    StringBuilder sb = new StringBuilder();
    sb.append(source == null ? "<input>" : source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    if (jsonPath != null) {
      sb.append(" at ").append(jsonPath);
    }
    return sb.append(": ").append(problem).toString();
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The input's label (file name), or {@code null}. */
  public @Nullable String source() {
    return source;
  }

  /** 1-based line, or -1. */
  public long line() {
    return line;
  }

  /** 1-based column, or -1. */
  public long column() {
    return column;
  }

  /** JSON path of the offending value, or {@code null}. */
  public @Nullable String jsonPath() {
    return jsonPath;
  }

  /**
   * A malformed-JSON error from Jackson, located at the parser's line and column.
   *
   * @param e Jackson's exception
   * @param source the input's name
   * @param path the JSON path being read, or {@code null}
   */
  public static GeoJsonException malformedJson(
      StreamReadException e, String source, @Nullable String path) {
    JsonLocation at = e.getLocation();
    return new GeoJsonException(
        "malformed JSON: " + e.getOriginalMessage(),
        source,
        at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(),
        path,
        e);
  }
}
