package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.geodesy.PointTransform;
import java.nio.file.Path;
import java.util.Locale;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.proj.Projection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Brings the geometries of one table from its SRS to WGS84 lon/lat (x = longitude, y = latitude,
 * degrees). EPSG:4326 and OGC CRS84 pass unchanged (GeoPackage stores geographic coordinates x =
 * longitude whatever the CRS's axis order). Any other SRS is resolved by NGA (its EPSG table or the
 * table's WKT definition) to a proj4j CRS and every coordinate is transformed with proj4j; the
 * accuracy is proj4j's (sub-millimetre for UTM and other WGS84-based projections). An undefined SRS
 * (ids -1 and 0, organisation NONE) or one neither can resolve is refused.
 *
 * <p>Not thread-safe (proj4j transforms keep state); one per table read.
 */
final class LonLatTransform {

  private static final CoordinateReferenceSystem WGS84 =
      new CRSFactory().createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");

  private final CoordinateTransform transform;
  private final String description;

  private LonLatTransform(CoordinateTransform transform, String description) {
    this.transform = transform;
    this.description = description;
  }

  /**
   * The transform for the table's SRS.
   *
   * @throws GeoPackageException naming the file and table for an undefined or unknown SRS
   */
  static LonLatTransform of(SpatialReferenceSystem srs, Path file, String table) {
    if (srs == null) {
      throw new GeoPackageException(file, table, null, "no spatial reference system", null);
    }
    String description = describe(srs);
    String org =
        srs.getOrganization() == null ? "" : srs.getOrganization().toUpperCase(Locale.ROOT);
    long code = srs.getOrganizationCoordsysId();
    if ((org.equals("EPSG") && code == 4326) || (org.equals("OGC") && code == 84)) {
      return new LonLatTransform(null, description);
    }
    if (srs.getSrsId() <= 0 || org.equals("NONE")) {
      throw unknown(file, table, description, "undefined coordinate reference system");
    }
    Projection projection;
    try {
      projection = srs.getProjection();
    } catch (RuntimeException e) {
      throw unknown(file, table, description, e.getMessage());
    }
    if (projection == null || projection.getCrs() == null) {
      throw unknown(file, table, description, "no definition that proj4j can read");
    }
    CoordinateTransform t =
        new CoordinateTransformFactory().createTransform(projection.getCrs(), WGS84);
    return new LonLatTransform(t, description);
  }

  private static GeoPackageException unknown(
      Path file, String table, String description, String reason) {
    return new GeoPackageException(
        file,
        table,
        null,
        "unknown spatial reference system "
            + description
            + (reason == null ? "" : " (" + reason + ")")
            + "; cannot convert to WGS84 lon/lat",
        null);
  }

  /** {@code "EPSG:32644 (WGS 84 / UTM zone 44N)"}: organisation, code and name as stored. */
  static String describe(SpatialReferenceSystem srs) {
    return srs.getOrganization()
        + ":"
        + srs.getOrganizationCoordsysId()
        + " ("
        + srs.getSrsName()
        + ")";
  }

  /** The SRS as {@link #describe} gives it. */
  String description() {
    return description;
  }

  /** The geometry in lon/lat: the same instance for EPSG:4326, else a transformed copy. */
  Geometry apply(Geometry g) {
    if (transform == null || g == null) {
      return g;
    }
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate lonLat = new ProjCoordinate();
    PointTransform toLonLat =
        (x, y, out) -> {
          in.x = x;
          in.y = y;
          transform.transform(in, lonLat);
          out[0] = lonLat.x;
          out[1] = lonLat.y;
        };
    return toLonLat.transform(g);
  }
}
