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
 * Long} or {@link Double} when read), {@link java.util.List} or {@link Map} of these. The
 * properties map is an unmodifiable copy in the order given; the geometry must not be mutated.
 *
 * @param id the feature id as a string (numbers are written as strings), or {@code null}
 * @param geometry the geometry, or {@code null}
 * @param properties ordered properties; never {@code null} (empty for a JSON {@code null})
 */
public record GeoJsonFeature(String id, Geometry geometry, Map<String, Object> properties) {

  public GeoJsonFeature {
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
