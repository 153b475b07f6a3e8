package io.github.borderatlas.geopackage;

import java.util.Objects;

/**
 * What a GeoPackage says about one of its vector (features) tables, before any feature is read.
 * Immutable and thread-safe.
 *
 * @param name the table name
 * @param geometryType the declared geometry type, upper case as in {@code gpkg_geometry_columns}
 *     (e.g. {@code "LINESTRING"}, {@code "MULTIPOLYGON"}, {@code "GEOMETRY"} for any)
 * @param srsDescription the spatial reference system, e.g. {@code "EPSG:4326 (WGS 84 geodetic)"}
 * @param featureCount the number of rows
 */
public record FeatureTableInfo(
    String name, String geometryType, String srsDescription, long featureCount) {

  /** Checks the components. */
  public FeatureTableInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(geometryType, "geometryType");
    Objects.requireNonNull(srsDescription, "srsDescription");
    if (featureCount < 0) {
      throw new IllegalArgumentException("featureCount must be >= 0, was " + featureCount);
    }
  }
}
