/**
 * Geodesy on the WGS84 ellipsoid for lon/lat JTS geometries: geodesic length, perimeter and area
 * ({@link io.github.borderatlas.core.geodesy.GeodesicMeasure}), point-to-line distance and chainage
 * ({@link io.github.borderatlas.core.geodesy.GeodesicLineIndex}) and the region's equal-area
 * display projection ({@link io.github.borderatlas.core.geodesy.RegionProjection}).
 *
 * <p>Axis order everywhere in this package's public API is longitude first, latitude second (JTS x
 * = lon, y = lat), unlike GeographicLib's own latitude-first calls. Lengths are metres, areas
 * square metres. The algorithms are GeographicLib's: C. F. F. Karney, <i>Algorithms for
 * geodesics</i>, J. Geodesy 87, 43–55 (2013), doi:10.1007/s00190-012-0578-z.
 */
@NullMarked
package io.github.borderatlas.core.geodesy;

import org.jspecify.annotations.NullMarked;
