package io.github.borderatlas.core.io.geojson;

/**
 * The input is well-formed JSON but breaks a GeoJSON rule the reader cannot read past: an unknown
 * type, a position of one number, a line of one position, a missing {@code coordinates}... A
 * validator reports it as a finding about the file, where a plain {@link GeoJsonException} (bad
 * JSON, bad encoding, an I/O failure, a {@link ReadLimits} limit) means the file could not be read
 * at all. Immutable once thrown.
 */
public final class GeoJsonStructureException extends GeoJsonException {

  private static final long serialVersionUID = 1L;

  /** See {@link GeoJsonException#GeoJsonException}; there is no cause. */
  public GeoJsonStructureException(
      String problem, String source, long line, long column, String jsonPath) {
    super(problem, source, line, column, jsonPath, null);
  }
}
