package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.geodesy.LinePosition;
import io.github.borderatlas.pipeline.PipelineException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Cuts the border with a neighbour out of a country's outline: the section of the country's
 * exterior ring between the positions nearest to two tripoints, on the side that runs along the
 * neighbour. The ring is taken from the country's part (polygon) nearest to both tripoints; each
 * tripoint is projected onto the ring and the projected point inserted as the section's end.
 *
 * <p>Coordinates are WGS84 lon/lat degrees. Which of the two arcs runs along the neighbour is
 * decided by the mean planar distance (degrees) of a sample of the arc's vertices to the
 * neighbour's outline. The result runs from the first tripoint to the second. Stateless and
 * thread-safe.
 */
public final class BorderSection {

  private static final int SAMPLES = 64;

  private BorderSection() {}

  /**
   * The section.
   *
   * @param country the country's (multi)polygon, e.g. Kazakhstan
   * @param neighbour the neighbour's (multi)polygon, e.g. China
   * @param start the first tripoint (lon/lat)
   * @param end the second tripoint (lon/lat)
   * @return the section from {@code start} to {@code end}, with the ends' offsets in metres
   * @throws PipelineException when the country has no polygon or the tripoints coincide on it
   */
  public static Result extract(
      Geometry country,
      Geometry neighbour,
      Coordinate start,
      Coordinate end,
      GeometryFactory factory) {
    Polygon part = nearestPart(country, start, end, factory);
    Coordinate[] ring = part.getExteriorRing().getCoordinates();
    int n = ring.length - 1; // unique vertices; ring[n] == ring[0]
    GeodesicLineIndex ringIndex = new GeodesicLineIndex(part.getExteriorRing());
    Projected a = project(ringIndex, start);
    Projected b = project(ringIndex, end);
    if (a.segment == b.segment && a.point.equals2D(b.point)) {
      throw PipelineException.step("border", "both tripoints project onto the same point");
    }
    List<Coordinate> forward = arc(ring, n, a, b);
    List<Coordinate> backward = arc(ring, n, b, a);
    Collections.reverse(backward);
    LineString f = factory.createLineString(forward.toArray(new Coordinate[0]));
    LineString r = factory.createLineString(backward.toArray(new Coordinate[0]));
    LineString section = meanDistance(f, neighbour) <= meanDistance(r, neighbour) ? f : r;
    return new Result(
        section,
        GeodesicMeasure.WGS84.distanceMetres(start, a.point),
        GeodesicMeasure.WGS84.distanceMetres(end, b.point));
  }

  private static Polygon nearestPart(
      Geometry country, Coordinate a, Coordinate b, GeometryFactory factory) {
    Polygon best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < country.getNumGeometries(); i++) {
      if (country.getGeometryN(i) instanceof Polygon p) {
        double d =
            p.getExteriorRing().distance(factory.createPoint(a))
                + p.getExteriorRing().distance(factory.createPoint(b));
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
    if (best == null) {
      throw PipelineException.step("border", "the country outline has no polygon");
    }
    return best;
  }

  /** The arc from {@code from} forward (increasing vertex index, wrapping) to {@code to}. */
  private static List<Coordinate> arc(Coordinate[] ring, int n, Projected from, Projected to) {
    List<Coordinate> out = new ArrayList<>();
    out.add(from.point);
    int i = (from.segment + 1) % n;
    int stop = (to.segment + 1) % n;
    boolean sameSegmentAhead = from.segment == to.segment && from.fraction <= to.fraction;
    if (!sameSegmentAhead) {
      while (i != stop) {
        addDistinct(out, ring[i]);
        i = (i + 1) % n;
      }
    }
    addDistinct(out, to.point);
    return out;
  }

  private static void addDistinct(List<Coordinate> out, Coordinate c) {
    if (!out.get(out.size() - 1).equals2D(c)) {
      out.add(new Coordinate(c.x, c.y));
    }
  }

  private static double meanDistance(LineString arc, Geometry neighbour) {
    int n = arc.getNumPoints();
    int step = Math.max(1, n / SAMPLES);
    double sum = 0;
    int count = 0;
    Geometry boundary = neighbour.getBoundary();
    GeometryFactory gf = arc.getFactory();
    for (int i = 0; i < n; i += step) {
      sum += DistanceOp.distance(gf.createPoint(arc.getCoordinateN(i)), boundary);
      count++;
    }
    return sum / count;
  }

  /** The ring's point nearest to {@code p} (geodesic), with its segment and fraction. */
  private static Projected project(GeodesicLineIndex ring, Coordinate p) {
    LinePosition at = ring.locate(p);
    return new Projected(at.vertexIndex(), at.fraction(), at.coordinate());
  }

  private record Projected(int segment, double fraction, Coordinate point) {}

  /**
   * The extracted section.
   *
   * @param line from the first tripoint's projection to the second's, lon/lat
   * @param startOffset metres from the first tripoint to the line's first vertex
   * @param endOffset metres from the second tripoint to the line's last vertex
   */
  public record Result(LineString line, double startOffset, double endOffset) {}
}
