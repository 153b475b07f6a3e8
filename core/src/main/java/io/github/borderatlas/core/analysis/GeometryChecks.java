package io.github.borderatlas.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks of one lon/lat geometry, shared by {@link AtlasValidator} and {@link
 * GeoJsonFeatureValidator}: empty geometry, non-finite and out-of-range coordinates, JTS validity
 * ({@link IsValidOp}) and RFC 7946 ring winding (exterior rings counter-clockwise, holes clockwise,
 * in the lon/lat plane). Later checks are skipped when earlier ones fail, since they would only
 * repeat the problem. Never throws for bad data: an unexpected failure becomes a {@link
 * FindingCodes#CHECK_FAILED} finding.
 *
 * <p>Vertex indices count the geometry's coordinates in JTS order ({@link
 * Geometry#getCoordinates()}: parts in order, each polygon's shell before its holes). The checks
 * read the coordinate sequences in place and never copy a geometry's coordinates, so memory does
 * not grow with the geometry's size (see {@link #validity}). At most {@value #MAX_PER_CODE}
 * coordinate findings of one code are reported per geometry, then one finding counts the rest.
 *
 * <p>Thread-safe: stateless.
 */
public final class GeometryChecks {

  /** Coordinate findings of one code reported per geometry before the rest are counted. */
  public static final int MAX_PER_CODE = 10;

  private GeometryChecks() {}

  /**
   * The findings for one geometry; none when it is {@code null} (a feature without location).
   *
   * @param g a geometry in lon/lat degrees (x = lon), or {@code null}
   * @param where the feature the geometry belongs to
   */
  public static List<Finding> check(Geometry g, FindingLocation where) {
    List<Finding> out = new ArrayList<>();
    check(g, where, out);
    return out;
  }

  static void check(Geometry g, FindingLocation where, List<Finding> out) {
    if (g == null) {
      return;
    }
    try {
      if (g.isEmpty()) {
        out.add(
            Finding.error(
                FindingCodes.EMPTY_GEOMETRY, where, "the " + g.getGeometryType() + " is empty"));
        return;
      }
      if (!coordinatesOk(g, where, out)) {
        return;
      }
      TopologyValidationError e = validity(g);
      if (e != null) {
        FindingLocation at = e.getCoordinate() == null ? where : where.at(e.getCoordinate());
        out.add(
            Finding.error(
                FindingCodes.INVALID_GEOMETRY,
                at,
                "invalid " + g.getGeometryType() + ": " + e.getMessage()));
        return;
      }
      checkWinding(g, where, new int[] {0}, new int[] {0}, out);
    } catch (RuntimeException ex) {
      out.add(Finding.error(FindingCodes.CHECK_FAILED, where, "geometry check failed: " + ex));
    }
  }

  private static boolean coordinatesOk(Geometry g, FindingLocation where, List<Finding> out) {
    int[] counts = new int[2]; // not finite, out of range
    Sequences.forEach(
        g,
        (seq, offset) -> {
          for (int i = 0; i < seq.size(); i++) {
            checkPosition(seq, i, offset + i, where, counts, out);
          }
        });
    more(out, FindingCodes.COORDINATE_NOT_FINITE, counts[0], where);
    more(out, FindingCodes.COORDINATE_OUT_OF_RANGE, counts[1], where);
    return counts[0] == 0 && counts[1] == 0;
  }

  private static void checkPosition(
      CoordinateSequence seq,
      int i,
      int vertex,
      FindingLocation where,
      int[] counts,
      List<Finding> out) {
    double x = seq.getX(i);
    double y = seq.getY(i);
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (counts[0]++ < MAX_PER_CODE) {
        out.add(
            Finding.error(
                FindingCodes.COORDINATE_NOT_FINITE,
                where.atVertex(vertex, seq.getCoordinate(i)),
                "coordinate is not a finite number: (" + x + ", " + y + ")"));
      }
    } else if (x < -180 || x > 180 || y < -90 || y > 90) {
      if (counts[1]++ < MAX_PER_CODE) {
        out.add(
            Finding.error(
                FindingCodes.COORDINATE_OUT_OF_RANGE,
                where.atVertex(vertex, seq.getCoordinate(i)),
                String.format(
                    Locale.ROOT, "lon %s must be in [-180, 180] and lat %s in [-90, 90]", x, y)));
      }
    }
  }

  /**
   * JTS validity. Polygonal parts go through {@link IsValidOp}; points and lines, whose only JTS
   * rule beyond finite coordinates is "at least two distinct points", are checked here on their
   * coordinate sequences, since {@code IsValidOp} copies every coordinate into an array (a 5
   * million vertex line would need some 200 MB for that alone).
   */
  private static TopologyValidationError validity(Geometry g) {
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return new IsValidOp(g).getValidationError();
    }
    if (g instanceof LineString line) {
      CoordinateSequence seq = line.getCoordinateSequence();
      for (int i = 1; i < seq.size(); i++) {
        if (seq.getX(i) != seq.getX(0) || seq.getY(i) != seq.getY(0)) {
          return null;
        }
      }
      return new TopologyValidationError(
          TopologyValidationError.TOO_FEW_POINTS, seq.size() == 0 ? null : seq.getCoordinate(0));
    }
    if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        TopologyValidationError e = validity(g.getGeometryN(i));
        if (e != null) {
          return e;
        }
      }
    }
    return null; // a point with finite coordinates
  }

  private static void more(List<Finding> out, String code, int count, FindingLocation where) {
    if (count > MAX_PER_CODE) {
      out.add(Finding.error(code, where, (count - MAX_PER_CODE) + " more coordinates like this"));
    }
  }

  /** Walks polygons in JTS coordinate order; offset counts vertices, polygon counts polygons. */
  private static void checkWinding(
      Geometry g, FindingLocation where, int[] offset, int[] polygon, List<Finding> out) {
    if (g instanceof Polygon p) {
      int index = polygon[0]++;
      ring(p.getExteriorRing(), true, index, 0, where, offset, out);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        ring(p.getInteriorRingN(h), false, index, h, where, offset, out);
      }
    } else if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        checkWinding(g.getGeometryN(i), where, offset, polygon, out);
      }
    } else {
      offset[0] += g.getNumPoints();
    }
  }

  private static void ring(
      LinearRing ring,
      boolean exterior,
      int polygon,
      int hole,
      FindingLocation where,
      int[] offset,
      List<Finding> out) {
    int start = offset[0];
    offset[0] += ring.getNumPoints();
    if (ring.getNumPoints() < 4) {
      return;
    }
    boolean ccw = Orientation.isCCW(ring.getCoordinateSequence());
    if (exterior && !ccw) {
      out.add(
          Finding.warning(
              FindingCodes.RING_WINDING,
              where.atVertex(start, ring.getCoordinateN(0)),
              "exterior ring of polygon "
                  + polygon
                  + " is clockwise; RFC 7946 wants exterior rings counter-clockwise"));
    } else if (!exterior && ccw) {
      out.add(
          Finding.warning(
              FindingCodes.RING_WINDING,
              where.atVertex(start, ring.getCoordinateN(0)),
              "hole "
                  + hole
                  + " of polygon "
                  + polygon
                  + " is counter-clockwise; RFC 7946 wants holes clockwise"));
    }
  }
}
