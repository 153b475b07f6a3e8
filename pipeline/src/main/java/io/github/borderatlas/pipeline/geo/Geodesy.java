package io.github.borderatlas.pipeline.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Geodesic measures on the WGS84 ellipsoid for the pipeline, by GeographicLib (C. F. F. Karney,
 * "Algorithms for geodesics", J. Geodesy 87, 43–55, 2013, doi:10.1007/s00190-012-0578-z).
 *
 * <p>Inputs are JTS geometries in lon/lat degrees (x = longitude, y = latitude). Lengths are in
 * metres (sum of the geodesics between consecutive vertices, accurate to nanometres per
 * segment), areas in square metres (geodesic polygons, holes subtracted, independent of ring
 * winding). Stateless and thread-safe.
 */
public final class Geodesy {

  private static final Geodesic WGS84 = Geodesic.WGS84;

  private Geodesy() {}

  /** Geodesic distance in metres between two lon/lat points (degrees). */
  public static double distance(double lon1, double lat1, double lon2, double lat2) {
    return WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
  }

  /** Geodesic distance in metres between two lon/lat coordinates. */
  public static double distance(Coordinate a, Coordinate b) {
    return distance(a.x, a.y, b.x, b.y);
  }

  /** Length in metres of a line: the sum of its segments' geodesic lengths. */
  public static double length(LineString line) {
    double sum = 0;
    for (int i = 1; i < line.getNumPoints(); i++) {
      sum += distance(line.getCoordinateN(i - 1), line.getCoordinateN(i));
    }
    return sum;
  }

  /** Length in metres of every lineal part of a geometry (rings of polygons excluded). */
  public static double length(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof LineString ls) {
        sum += length(ls);
      }
    }
    return sum;
  }

  /**
   * Area in m² of a polygon or multipolygon, the holes subtracted; each ring's area is taken as
   * an absolute value, so winding does not matter.
   */
  public static double area(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        sum += ringArea(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          sum -= ringArea(p.getInteriorRingN(h));
        }
      }
    }
    return sum;
  }

  /** Absolute geodesic area in m² enclosed by a closed ring. */
  public static double ringArea(LineString ring) {
    PolygonArea pa = new PolygonArea(WGS84, false);
    int n = ring.getNumPoints();
    // The closing vertex repeats the first; PolygonArea closes the ring itself.
    for (int i = 0; i < n - 1; i++) {
      Coordinate c = ring.getCoordinateN(i);
      pa.AddPoint(c.y, c.x);
    }
    return Math.abs(pa.Compute(false, true).area);
  }

  /**
   * Geodesic distance in metres from a point to the nearest point of a line. The nearest point of
   * each segment is found in a local equirectangular frame centred on the point (exact for
   * segments of a few kilometres to well under a metre at these latitudes), then measured
   * geodesically.
   */
  public static double distanceToLine(Coordinate p, LineString line) {
    Coordinate[] coords = line.getCoordinates();
    double[] st = NearestSegment.find(coords, p);
    int i = (int) st[0];
    double t = st[1];
    Coordinate a = coords[i];
    Coordinate b = coords[Math.min(i + 1, coords.length - 1)];
    return distance(p.x, p.y, a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
  }

  /** Distance in metres from a point to the nearest of several lines; infinity for none. */
  public static double distanceToLines(Coordinate p, Iterable<? extends LineString> lines) {
    double best = Double.POSITIVE_INFINITY;
    for (LineString l : lines) {
      best = Math.min(best, distanceToLine(p, l));
    }
    return best;
  }
}
