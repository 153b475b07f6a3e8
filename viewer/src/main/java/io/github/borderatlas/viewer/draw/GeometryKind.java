package io.github.borderatlas.viewer.draw;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * What a layer's geometries are, which decides its default style: points get a symbol, lines a
 * stroke, polygons a translucent fill under a stroke. {@link #MIXED} for a layer holding more than
 * one kind (or geometry collections), {@link #NONE} for a layer without geometry.
 */
public enum GeometryKind {
  NONE,
  POINT,
  LINE,
  POLYGON,
  MIXED;

  /** The kind of one geometry ({@link #NONE} for {@code null} or empty). */
  public static GeometryKind of(Geometry g) {
    if (g == null || g.isEmpty()) {
      return NONE;
    }
    if (g instanceof Puntal) {
      return POINT;
    }
    if (g instanceof Lineal) {
      return LINE;
    }
    if (g instanceof Polygonal) {
      return POLYGON;
    }
    return MIXED;
  }

  /** The kind of a layer holding geometries of this kind and of {@code other}. */
  public GeometryKind and(GeometryKind other) {
    if (this == NONE || this == other) {
      return other;
    }
    return other == NONE ? this : MIXED;
  }
}
