package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import org.jspecify.annotations.Nullable;

/**
 * A GeoJSON feature or a figures file does not follow the atlas schema ({@code
 * docs/geojson-schema.md}): a required property is missing, a value has the wrong type or is not
 * one of the allowed values, the geometry has the wrong type, a layer is unknown, ids collide or a
 * border segment has no border.
 *
 * <p>The message names the place and the offending value, for example {@code "rivers.geojson at
 * $.features[3].properties.transboundary: feature \"river.ili\" (river): property
 * \"transboundary\": expected a boolean, got the string \"yes\""}. Besides the location fields of
 * {@link GeoJsonException} it carries the feature id (when known) and the property name.
 *
 * <p>The decoders of this package throw it on the first problem they meet (fail fast); they never
 * let a NullPointerException or ClassCastException escape for bad input.
 */
public class AtlasFormatException extends GeoJsonException {

  private static final long serialVersionUID = 1L;

  /** The id of the feature concerned, or {@code null}. */
  private final String featureId;

  /** 0-based index of the feature in its collection, or -1. */
  private final int featureIndex;

  /** The property concerned, or {@code null}. */
  private final String property;

  /**
   * @param problem what is wrong, already naming the feature and property for the reader
   * @param source the file or resource name, or {@code null}
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param jsonPath the JSON path of the offending value, or {@code null}
   * @param featureId the id of the feature concerned, or {@code null}
   * @param featureIndex 0-based index of the feature in its collection, or -1
   * @param property the property concerned (e.g. {@code "kind"}, {@code "geometry"}), or {@code
   *     null}
   * @param cause the underlying exception, or {@code null}
   */
  public AtlasFormatException(
      String problem,
      String source,
      long line,
      long column,
      String jsonPath,
      String featureId,
      int featureIndex,
      String property,
      Throwable cause) {
    super(problem, source, line, column, jsonPath, cause);
    this.featureId = featureId;
    this.featureIndex = featureIndex;
    this.property = property;
  }

  /** The id of the feature concerned, or {@code null} when not known (e.g. the id is missing). */
  public @Nullable String featureId() {
    return featureId;
  }

  /** The 0-based index of the feature in its FeatureCollection, or -1. */
  public int featureIndex() {
    return featureIndex;
  }

  /** The property concerned ({@code "geometry"} for the geometry), or {@code null}. */
  public @Nullable String property() {
    return property;
  }
}
