package io.github.borderatlas.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LinearRing;
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
 * Geometry#getCoordinates()}: parts in order, each polygon's shell before its holes). At most
 * {@value #MAX_PER_CODE} coordinate findings of one code are reported per geometry, then one
 * finding counts the rest.
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
      TopologyValidationError e = new IsValidOp(g).getValidationError();
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
    Coordinate[] cs = g.getCoordinates();
    int notFinite = 0;
    int outOfRange = 0;
    for (int i = 0; i < cs.length; i++) {
      Coordinate c = cs[i];
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        if (notFinite++ < MAX_PER_CODE) {
          out.add(
              Finding.error(
                  FindingCodes.COORDINATE_NOT_FINITE,
                  where.atVertex(i, c),
                  "coordinate is not a finite number: (" + c.x + ", " + c.y + ")"));
        }
      } else if (c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
        if (outOfRange++ < MAX_PER_CODE) {
          out.add(
              Finding.error(
                  FindingCodes.COORDINATE_OUT_OF_RANGE,
                  where.atVertex(i, c),
                  String.format(
                      Locale.ROOT,
                      "lon %s must be in [-180, 180] and lat %s in [-90, 90]",
                      c.x,
                      c.y)));
        }
      }
    }
    more(out, FindingCodes.COORDINATE_NOT_FINITE, notFinite, where);
    more(out, FindingCodes.COORDINATE_OUT_OF_RANGE, outOfRange, where);
    return notFinite == 0 && outOfRange == 0;
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
