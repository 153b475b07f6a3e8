package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import java.util.List;
import java.util.Objects;

/**
 * The features of one GeoPackage vector table, converted for the rest of BorderAtlas: geometries
 * are JTS in WGS84 lon/lat (x = longitude, y = latitude, degrees) whatever the table's SRS, ids and
 * properties as {@link GeoPackageReader} describes. Immutable (the list is a copy; the geometries
 * must not be mutated) and thread-safe.
 *
 * @param name the table name
 * @param geometryType the declared geometry type, e.g. {@code "MULTILINESTRING"}
 * @param srsDescription the table's SRS as read, e.g. {@code "EPSG:32644 (WGS 84 / UTM zone 44N)"}
 * @param features the rows in primary-key order
 */
public record FeatureTable(
    String name, String geometryType, String srsDescription, List<GeoJsonFeature> features) {

  /** Checks the components and copies the list. */
  public FeatureTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(geometryType, "geometryType");
    Objects.requireNonNull(srsDescription, "srsDescription");
    features = List.copyOf(features);
  }
}
