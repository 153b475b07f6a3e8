package io.github.borderatlas.core.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The shared JTS factory of the model and the read-only copy every model value keeps of its
 * geometry. Thread-safe.
 *
 * <p><b>Axis order.</b> Model geometries are WGS84 geographic coordinates in degrees with x =
 * longitude and y = latitude: the axis order of OGC {@code CRS:84} (and of RFC 7946 GeoJSON). They
 * carry SRID 4326, the EPSG code of the WGS84 datum most GIS software expects on lon/lat data; note
 * that EPSG:4326's authority axis order is latitude first, so code that honours the EPSG axis order
 * (GeoTools with {@code FORCE_LONGITUDE_FIRST_AXIS_ORDER} off, Apache SIS) must be told that these
 * geometries are longitude first.
 *
 * <p><b>Immutability.</b> {@link #copyOf} builds the geometry again on {@link #FACTORY} with
 * coordinate sequences that throw on {@code setOrdinate} and return fresh {@code Coordinate}s from
 * {@code getCoordinate}, so no caller can change the vertices of a shared atlas. {@code
 * Geometry.copy()} of such a geometry is an ordinary mutable geometry owned by the caller. Three
 * JTS methods change a geometry without going through its sequences, and cannot be blocked without
 * subclassing the JTS geometry classes (which would break {@code equalsExact} against plain JTS
 * geometries): {@code setSRID}, {@code setUserData} and {@code normalize()}; call them on a {@code
 * copy()}, or use {@code norm()}, which returns a normalised copy.
 */
public final class Geometries {

  /**
   * EPSG code of WGS84 geographic coordinates; model geometries use CRS:84 axis order (lon, lat).
   */
  public static final int WGS84_SRID = 4326;

  /**
   * The factory of all model geometries: floating precision, SRID {@value #WGS84_SRID}. Geometries
   * it creates from scratch are mutable; {@link #copyOf} makes read-only ones. Immutable and
   * thread-safe.
   */
  public static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(), WGS84_SRID);

  private Geometries() {}

  /**
   * A read-only copy of {@code g} on {@link #FACTORY} (SRID {@value #WGS84_SRID}), or {@code null}
   * for {@code null}; the model never keeps a caller's instance. Vertices of an already read-only
   * geometry are shared, not copied. User data is not kept.
   *
   * @param g a geometry in WGS84 lon/lat degrees, with SRID 0 (unknown) or {@value #WGS84_SRID}
   * @throws IllegalArgumentException when {@code g} carries another SRID (a projected geometry)
   */
  @SuppressWarnings("unchecked")
  public static <G extends @Nullable Geometry> G copyOf(G g) {
    if (g == null) {
      return null;
    }
    if (g.getSRID() != 0 && g.getSRID() != WGS84_SRID) {
      throw new IllegalArgumentException(
          "model geometries are WGS84 lon/lat (SRID " + WGS84_SRID + "), got SRID " + g.getSRID());
    }
    return (G) readOnly(g);
  }

  private static Geometry readOnly(Geometry g) {
    if (g instanceof Point p) {
      return FACTORY.createPoint(ReadOnlyCoordinateSequence.of(p.getCoordinateSequence()));
    }
    if (g instanceof LinearRing r) {
      return ring(r);
    }
    if (g instanceof LineString l) {
      return FACTORY.createLineString(ReadOnlyCoordinateSequence.of(l.getCoordinateSequence()));
    }
    if (g instanceof Polygon p) {
      return polygon(p);
    }
    Geometry[] parts = new Geometry[g.getNumGeometries()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = readOnly(g.getGeometryN(i));
    }
    if (g instanceof MultiPoint) {
      return FACTORY.createMultiPoint(GeometryFactory.toPointArray(Arrays.asList(parts)));
    }
    if (g instanceof MultiLineString) {
      return FACTORY.createMultiLineString(GeometryFactory.toLineStringArray(Arrays.asList(parts)));
    }
    if (g instanceof MultiPolygon) {
      return FACTORY.createMultiPolygon(GeometryFactory.toPolygonArray(Arrays.asList(parts)));
    }
    if (g instanceof GeometryCollection) {
      return FACTORY.createGeometryCollection(parts);
    }
    throw new IllegalArgumentException("unsupported geometry type " + g.getGeometryType());
  }

  private static LinearRing ring(LinearRing r) {
    return FACTORY.createLinearRing(ReadOnlyCoordinateSequence.of(r.getCoordinateSequence()));
  }

  private static Polygon polygon(Polygon p) {
    LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
    for (int h = 0; h < holes.length; h++) {
      holes[h] = ring(p.getInteriorRingN(h));
    }
    return FACTORY.createPolygon(ring(p.getExteriorRing()), holes);
  }
}
