package io.github.borderatlas.core.analysis;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Visits the coordinate sequences of a geometry in JTS coordinate order (parts in order, each
 * polygon's shell before its holes), in place: no coordinate is copied. Thread-safe: stateless.
 */
final class Sequences {

  /** Receives one sequence and the index of its first vertex in the whole geometry. */
  @FunctionalInterface
  interface Visitor {
    void visit(CoordinateSequence sequence, int firstVertex);
  }

  private Sequences() {}

  /** Calls {@code visitor} for every point, line and ring of {@code g}. */
  static void forEach(Geometry g, Visitor visitor) {
    visit(g, visitor, 0);
  }

  private static int visit(Geometry g, Visitor visitor, int offset) {
    if (g instanceof Point p) {
      return seq(p.getCoordinateSequence(), visitor, offset);
    }
    if (g instanceof LineString l) {
      return seq(l.getCoordinateSequence(), visitor, offset);
    }
    if (g instanceof Polygon p) {
      int next = seq(p.getExteriorRing().getCoordinateSequence(), visitor, offset);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        next = seq(p.getInteriorRingN(h).getCoordinateSequence(), visitor, next);
      }
      return next;
    }
    if (g instanceof GeometryCollection) {
      int next = offset;
      for (int i = 0; i < g.getNumGeometries(); i++) {
        next = visit(g.getGeometryN(i), visitor, next);
      }
      return next;
    }
    return offset;
  }

  private static int seq(CoordinateSequence s, Visitor visitor, int offset) {
    visitor.visit(s, offset);
    return offset + s.size();
  }
}
