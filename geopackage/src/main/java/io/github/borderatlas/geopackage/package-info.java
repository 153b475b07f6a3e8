/**
 * OGC GeoPackage in and out, with NGA's geopackage library over SQLite, kept out of {@code core}.
 *
 * <p>{@link io.github.borderatlas.geopackage.GeoPackageReader} reads the vector and attribute
 * tables of any GeoPackage into core's GeoJSON features (WGS84 lon/lat, x = longitude, whatever the
 * table's SRS); {@code AtlasGeoPackage} writes an atlas as one feature table per layer plus
 * attribute tables, and reads it back. Errors are {@link
 * io.github.borderatlas.geopackage.GeoPackageException}s naming the file, table and feature.
 */
package io.github.borderatlas.geopackage;
