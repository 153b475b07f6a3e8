/**
 * The atlas GeoJSON codec: {@link io.github.borderatlas.core.io.atlas.AtlasGeoJson} reads and
 * writes an {@link io.github.borderatlas.core.model.Atlas} as one FeatureCollection per layer plus
 * a figures file, in the schema of {@code docs/geojson-schema.md} (RFC 7946, WGS84 lon/lat
 * positions). Errors name the file, line:column, feature and property ({@link
 * io.github.borderatlas.core.io.atlas.AtlasFormatException}). Stateless classes are thread-safe.
 */
@NullMarked
package io.github.borderatlas.core.io.atlas;

import org.jspecify.annotations.NullMarked;
