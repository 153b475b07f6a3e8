package io.github.borderatlas.core.geodesy;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Geodesic lengths, perimeters, areas and distances of JTS geometries on an ellipsoid (WGS84 by
 * default).
 *
 * <p><b>Units and axes.</b> Input geometries are in geographic degrees with JTS {@code x} =
 * longitude and {@code y} = latitude (the model's axis order). Lengths and distances are in metres,
 * areas in square metres. Each edge between two vertices is taken as the <em>geodesic</em> (the
 * shortest path on the ellipsoid), not as a rhumb line or a straight line in lon/lat.
 *
 * <p><b>Algorithms.</b> GeographicLib's {@link Geodesic#Inverse} for edge lengths and {@link
 * PolygonArea} for areas: C. F. F. Karney, <i>Algorithms for geodesics</i>, J. Geodesy 87, 43–55
 * (2013), <a href="https://doi.org/10.1007/s00190-012-0578-z">doi:10.1007/s00190-012-0578-z</a>.
 *
 * <p><b>Accuracy.</b> Edge lengths are accurate to about 15 nanometres on WGS84 (Karney 2013, §9);
 * a length is a sum of such edges. Polygon areas carry errors of well under 1 m² for polygons of
 * this region's size. The error that matters in practice is the data's: an edge following a
 * parallel in lon/lat is not a geodesic, and long edges should be densified by the data producer.
 *
 * <p><b>Limitations.</b> Rings are assumed to enclose less than half of the ellipsoid (always true
 * for the region). Coordinates must be finite; NaN coordinates give a NaN result.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe: {@link Geodesic} is immutable, and a new
 * {@link PolygonArea} accumulator is made per call.
 *
 * <pre>{@code
 * double metres = GeodesicMeasure.lengthMetres(border.line());
 * double squareMetres = GeodesicMeasure.areaSquareMetres(lake.geometry());
 * double km = GeodesicMeasure.WGS84.distanceMetres(80.45, 44.2, 76.95, 43.25) / 1000; // lon, lat order
 * }</pre>
 */
public final class GeodesicMeasure {

  /** Measures on the WGS84 ellipsoid. */
  public static final GeodesicMeasure WGS84 = new GeodesicMeasure(Geodesic.WGS84);

  private final Geodesic geodesic;

  /**
   * Measures on the ellipsoid of {@code geodesic}.
   *
   * @param geodesic the ellipsoid; not {@code null}
   */
  public GeodesicMeasure(Geodesic geodesic) {
    this.geodesic = Objects.requireNonNull(geodesic, "geodesic");
  }

  /** The ellipsoid's geodesic solver. */
  public Geodesic geodesic() {
    return geodesic;
  }

  /**
   * Geodesic length on WGS84 of the lineal parts of {@code g}, metres; see {@link #lengthMetresOf}
   * (a polygon is refused: use {@link #perimeterMetres}).
   */
  public static double lengthMetres(Geometry g) {
    return WGS84.lengthMetresOf(g);
  }

  /**
   * Geodesic area on WGS84 of the polygonal parts of {@code g}, m²; see {@link
   * #areaSquareMetresOf}.
   */
  public static double areaSquareMetres(Geometry g) {
    return WGS84.areaSquareMetresOf(g);
  }

  /** Geodesic perimeter on WGS84 of the polygonal parts of {@code g}, metres. */
  public static double perimeterMetres(Geometry g) {
    return WGS84.perimeterMetresOf(g);
  }

  /**
   * The geodesic distance on WGS84 from a point to a line, metres: a one-off {@link
   * GeodesicLineIndex#distance}. Build a {@link GeodesicLineIndex} instead to measure many points
   * against the same line.
   *
   * @param line a {@link LineString} or {@link org.locationtech.jts.geom.MultiLineString} in
   *     lon/lat degrees
   * @param lon longitude of the point, degrees
   * @param lat latitude of the point, degrees
   * @throws IllegalArgumentException as {@link GeodesicLineIndex#GeodesicLineIndex(Geometry)} and
   *     {@link GeodesicLineIndex#locate(double, double)}
   */
  public static double distanceToLineMetres(Geometry line, double lon, double lat) {
    return new GeodesicLineIndex(line).distanceMetres(lon, lat);
  }

  /**
   * The geodesic distance between two points, metres.
   *
   * @param lon1 longitude of the first point, degrees
   * @param lat1 latitude of the first point, degrees in [-90, 90]
   * @param lon2 longitude of the second point, degrees
   * @param lat2 latitude of the second point, degrees in [-90, 90]
   */
  public double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
    return geodesic.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
  }

  /**
   * The geodesic distance on WGS84 from a point to a line, metres; see {@link
   * #distanceToLineMetres(Geometry, double, double)}.
   *
   * @param point a lon/lat point (x = longitude, y = latitude, degrees)
   */
  public static double distanceToLineMetres(Geometry line, Point point) {
    return distanceToLineMetres(line, point.getX(), point.getY());
  }

  /** The geodesic distance between two lon/lat points (x = lon, y = lat, degrees), metres. */
  public double distanceMetres(Point a, Point b) {
    return distanceMetres(a.getX(), a.getY(), b.getX(), b.getY());
  }

  /**
   * The initial azimuth from one lon/lat point to another (x = longitude, y = latitude), degrees
   * clockwise from north in (-180, 180].
   */
  public double azimuthDegrees(Point from, Point to) {
    return azimuthDegrees(from.getX(), from.getY(), to.getX(), to.getY());
  }

  /**
   * The initial azimuth of the geodesic between two lon/lat coordinates (x = lon, y = lat), degrees
   * clockwise from north in (-180, 180].
   */
  public double azimuthDegrees(Coordinate from, Coordinate to) {
    return azimuthDegrees(from.x, from.y, to.x, to.y);
  }

  /** The geodesic distance between two lon/lat coordinates (x = lon, y = lat), metres. */
  public double distanceMetres(Coordinate a, Coordinate b) {
    return distanceMetres(a.x, a.y, b.x, b.y);
  }

  /**
   * The initial azimuth of the geodesic from the first point to the second, degrees clockwise from
   * north in (-180, 180].
   */
  public double azimuthDegrees(double lon1, double lat1, double lon2, double lat2) {
    return geodesic.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.AZIMUTH).azi1;
  }

  /**
   * The sum of the geodesic lengths of the edges of the lineal parts of {@code g} (its {@link
   * LineString}s and {@link org.locationtech.jts.geom.LinearRing}s, also inside collections),
   * metres. Points, and the polygons of a mixed collection, contribute nothing; an empty geometry
   * has length 0. A polygon or multi-polygon has no length here (JTS {@code getLength()} would give
   * its perimeter, a silent difference): it is refused; use {@link #perimeterMetresOf}.
   *
   * @param g a geometry in lon/lat degrees; not {@code null}
   * @throws IllegalArgumentException when {@code g} is a non-empty polygon or multi-polygon
   */
  public double lengthMetresOf(Geometry g) {
    if (g instanceof Polygonal && !g.isEmpty()) {
      throw new IllegalArgumentException(
          "a polygon has no length: use perimeterMetres for the length of its rings");
    }
    return sumOverParts(
        g,
        part -> part instanceof LineString line ? lengthMetresOf(line.getCoordinateSequence()) : 0);
  }

  /**
   * The geodesic length of the rings of the polygonal parts of {@code g}: exterior rings and holes,
   * metres. Lineal parts and points contribute nothing.
   *
   * @param g a geometry in lon/lat degrees; not {@code null}
   */
  public double perimeterMetresOf(Geometry g) {
    return sumOverParts(g, part -> part instanceof Polygon p ? polygonPerimeter(p) : 0);
  }

  /**
   * The geodesic area of the polygonal parts of {@code g}, m²: for each polygon, the area of its
   * exterior ring minus the areas of its holes. The result does not depend on the winding of the
   * rings (each ring's area is taken in absolute value), so data in any orientation measures the
   * same. Lines and points contribute nothing.
   *
   * @param g a geometry in lon/lat degrees; not {@code null}
   */
  public double areaSquareMetresOf(Geometry g) {
    return sumOverParts(g, part -> part instanceof Polygon p && !p.isEmpty() ? polygonArea(p) : 0);
  }

  /**
   * The sum of {@code measure} over the parts of {@code g}, descending into nested collections, in
   * part order.
   */
  private static double sumOverParts(Geometry g, ToDoubleFunction<Geometry> measure) {
    Objects.requireNonNull(g, "geometry");
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      sum +=
          part instanceof GeometryCollection
              ? sumOverParts(part, measure)
              : measure.applyAsDouble(part);
    }
    return sum;
  }

  /** Exterior ring and holes, metres. */
  private double polygonPerimeter(Polygon p) {
    double sum = lengthMetresOf(p.getExteriorRing().getCoordinateSequence());
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      sum += lengthMetresOf(p.getInteriorRingN(h).getCoordinateSequence());
    }
    return sum;
  }

  /** The exterior ring's area less the holes', each ring in absolute value, m². */
  private double polygonArea(Polygon p) {
    double a = ringArea(p.getExteriorRing().getCoordinateSequence());
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      a -= ringArea(p.getInteriorRingN(h).getCoordinateSequence());
    }
    return a;
  }

  /**
   * The signed geodesic area enclosed by a ring, m²: positive when the ring runs counter-clockwise
   * (seen from above, lon east and lat north), negative when clockwise. The closing vertex may be
   * repeated or not.
   *
   * @param ring vertices in lon/lat degrees (x = lon, y = lat)
   */
  public double signedRingArea(CoordinateSequence ring) {
    PolygonArea pa = new PolygonArea(geodesic, false);
    int n = ring.size();
    if (n > 1 && ring.getX(0) == ring.getX(n - 1) && ring.getY(0) == ring.getY(n - 1)) {
      n--; // PolygonArea closes the ring itself
    }
    if (n < 3) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      pa.AddPoint(ring.getY(i), ring.getX(i));
    }
    PolygonResult r = pa.Compute(false, true);
    return r.area;
  }

  private double ringArea(CoordinateSequence ring) {
    return Math.abs(signedRingArea(ring));
  }

  /** Sum of geodesic edge lengths along a coordinate sequence, metres. */
  double lengthMetresOf(CoordinateSequence seq) {
    double sum = 0;
    for (int i = 1; i < seq.size(); i++) {
      sum += distanceMetres(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i));
    }
    return sum;
  }
}
