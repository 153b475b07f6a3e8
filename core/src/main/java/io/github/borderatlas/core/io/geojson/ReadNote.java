package io.github.borderatlas.core.io.geojson;

import java.util.Objects;

/**
 * Something the reader saw that RFC 7946 forbids or discourages but that does not stop reading: a
 * malformed or too small {@code bbox}, a Feature without its required {@code geometry} or {@code
 * properties} member, a ring whose ends differ (in z only, or in any ordinate when {@link
 * ReadOptions.Builder#lenient} is on), a legacy {@code crs} member. {@link
 * FeatureStream#takeNotes()} hands them out; validators turn them into findings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code one of the constants of this class
 * @param message what is wrong, with the values involved (text from the input is included as is;
 *     escape it before printing, see {@link io.github.borderatlas.core.text.TerminalText})
 * @param line 1-based line, or -1 when unknown
 * @param column 1-based column in characters, or -1 (in bytes when the message says so)
 * @param jsonPath the JSON path of the value concerned, e.g. {@code $.features[3].bbox}
 */
public record ReadNote(String code, String message, long line, long column, String jsonPath) {

  /** {@code bbox} is not an array, holds a non-number or has a length other than 4 or 6 (§5). */
  public static final String BBOX_INVALID = "BBOX_INVALID";

  /** A position of the geometry lies outside its {@code bbox} (RFC 7946 §5). */
  public static final String BBOX_NOT_CONTAINING = "BBOX_NOT_CONTAINING";

  /** A Feature has no {@code geometry} or no {@code properties} member (RFC 7946 §3.2). */
  public static final String MISSING_MEMBER = "MISSING_MEMBER";

  /** A linear ring's first and last positions differ in some ordinate (RFC 7946 §3.1.6). */
  public static final String RING_NOT_CLOSED = "RING_NOT_CLOSED";

  /** A legacy {@code crs} member naming CRS84 (GeoJSON 2008; RFC 7946 §4 removed it). */
  public static final String CRS = "CRS";

  /**
   * A legacy {@code crs} member naming something other than CRS84, or nothing: the coordinates may
   * not be WGS84 lon/lat, though RFC 7946 readers (this one too) read them as such.
   */
  public static final String CRS_NOT_CRS84 = "CRS_NOT_CRS84";

  /**
   * Checks the components; the line, column and path are not checked.
   *
   * @param code one of the constants of this class
   * @param message what is wrong, with the values involved (text from the input is included as is;
   *     escape it before printing, see {@link io.github.borderatlas.core.text.TerminalText})
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column in characters, or -1 (in bytes when the message says so)
   * @param jsonPath the JSON path of the value concerned, e.g. {@code $.features[3].bbox}
   * @throws NullPointerException if {@code code} or {@code message} is {@code null}
   */
  public ReadNote {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** E.g. {@code "12:7 at $.features[3].bbox: bbox has 3 numbers, RFC 7946 wants 4 or 6"}. */
  @Override
  public String toString() {
    return line + ":" + column + (jsonPath == null ? "" : " at " + jsonPath) + ": " + message;
  }
}
