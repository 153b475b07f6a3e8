/**
 * A streaming RFC 7946 GeoJSON reader and writer on Jackson: {@link
 * io.github.borderatlas.core.io.geojson.GeoJsonReader} yields {@link
 * io.github.borderatlas.core.io.geojson.GeoJsonFeature}s with JTS geometries (x = longitude, y =
 * latitude, degrees) one at a time, within {@link
 * io.github.borderatlas.core.io.geojson.ReadLimits}; {@link
 * io.github.borderatlas.core.io.geojson.GeoJsonWriter} writes them with a fixed number of decimals.
 * Readers and writers are single-threaded objects; their options are immutable.
 */
@NullMarked
package io.github.borderatlas.core.io.geojson;

import org.jspecify.annotations.NullMarked;
