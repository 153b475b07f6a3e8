package io.github.borderatlas.core.io.geojson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature as read or to be written: an optional id, a JTS geometry in WGS84 lon/lat (x
 * = longitude, y = latitude; {@code null} for a feature without geometry) and ordered properties.
 *
 * <p>Property values are {@code null}, {@link String}, {@link Boolean}, {@link Number} ({@link
 * Long} or {@link Double} when read; {@link JsonNumber} when read with exact numbers), {@link
 * java.util.List} or {@link Map} of these. The properties map is an unmodifiable copy in the order
 * given; the geometry must not be mutated.
 *
 * @param id the feature id as text (a number as its JSON text, e.g. {@code "1e3"}), or {@code null}
 * @param geometry the geometry, or {@code null}
 * @param properties ordered properties; never {@code null} (empty for a JSON {@code null})
 * @param idIsNumber whether the id is a JSON number ({@code 7}) rather than a string ({@code "7"});
 *     the reader sets it as read and the writer writes the id back as the same JSON type
 */
public record GeoJsonFeature(
    String id, Geometry geometry, Map<String, Object> properties, boolean idIsNumber) {

  /** A feature whose id (if any) is a JSON string. */
  public GeoJsonFeature(String id, Geometry geometry, Map<String, Object> properties) {
    this(id, geometry, properties, false);
  }

  /**
   * @throws IllegalArgumentException if {@code idIsNumber} but the id is not a JSON number
   */
  public GeoJsonFeature {
    if (idIsNumber && !JsonNumber.isJsonNumber(id)) {
      throw new IllegalArgumentException("a numeric id must be a JSON number, got " + id);
    }
    properties =
        properties == null || properties.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A property as a string, or {@code null} when absent or not a string. */
  public String string(String key) {
    return properties.get(key) instanceof String s ? s : null;
  }
}
