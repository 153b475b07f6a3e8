package io.github.borderatlas.core.geodesy;

import java.util.Objects;

/**
 * A coordinate reference system as BorderAtlas hands it out: the SRID a JTS geometry in it carries,
 * a name, and its PROJ definition (which proj4j and PROJ both read). Immutable and thread-safe.
 *
 * <p>Geometries projected by a {@link RegionProjection} carry {@link #srid()} as their {@code
 * getSRID()} and this value as their user data, so GIS code downstream can tell metres from degrees
 * even where no EPSG code exists (SRID 0 for a custom projection such as the region's Albers).
 *
 * @param srid the EPSG code of the CRS, or 0 when it has none
 * @param name a human-readable name, e.g. {@code "WGS 84 / UTM zone 44N"}
 * @param proj4 the PROJ definition, e.g. {@code "+proj=utm +zone=44 +datum=WGS84 +units=m"}
 */
public record Crs(int srid, String name, String proj4) {

  /**
   * WGS84 geographic, longitude first (OGC {@code CRS:84}), SRID 4326: the CRS of every model
   * geometry. EPSG:4326 itself is latitude first; the SRID is kept for the software that expects it
   * on lon/lat data.
   */
  public static final Crs CRS84 =
      new Crs(4326, "WGS 84 (CRS:84, lon/lat)", "+proj=longlat +datum=WGS84 +no_defs");

  /** Checks that the name and definition are given and the SRID is not negative. */
  public Crs {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(proj4, "proj4");
    if (srid < 0) {
      throw new IllegalArgumentException("srid must be >= 0, was " + srid);
    }
  }
}
