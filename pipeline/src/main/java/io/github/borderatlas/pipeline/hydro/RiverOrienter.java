package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Orients a river line downstream and cuts it to a stretch, using points listed from upstream to
 * downstream: the line is reversed when the first point lies further along it than the last.
 * Lon/lat degrees; chainage in metres. Stateless and thread-safe.
 */
public final class RiverOrienter {

  private RiverOrienter() {}

  /**
   * The line, reversed if needed so that it runs from the first point's end to the last's.
   *
   * @param line the river (not mutated)
   * @param upstreamToDownstream at least two points on the course, upstream first
   */
  public static LineString orientDownstream(
      LineString line, List<Coordinate> upstreamToDownstream) {
    if (upstreamToDownstream.size() < 2) {
      throw new IllegalArgumentException("need at least two points to orient a river");
    }
    GeodesicLineIndex cl = new GeodesicLineIndex(line);
    double first = cl.locate(upstreamToDownstream.get(0)).chainageMetres();
    double last =
        cl.locate(upstreamToDownstream.get(upstreamToDownstream.size() - 1)).chainageMetres();
    return first <= last ? (LineString) line.copy() : line.reverse();
  }

  /**
   * The part of a downstream-oriented line from the position nearest {@code from} to the position
   * nearest {@code to}; either may be {@code null} for the line's own end.
   */
  public static LineString cut(
      LineString line, Coordinate from, Coordinate to, GeometryFactory factory) {
    GeodesicLineIndex cl = new GeodesicLineIndex(line);
    double a = from == null ? 0 : cl.locate(from).chainageMetres();
    double b = to == null ? cl.lengthMetres() : cl.locate(to).chainageMetres();
    if (!(a < b)) {
      throw new IllegalArgumentException(
          "cut points out of downstream order: " + a + " m >= " + b + " m");
    }
    return cl.subLine(a, b, factory);
  }
}
