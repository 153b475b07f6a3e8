package io.github.borderatlas.core.proximity;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.Geometries;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A feature's geometry taken apart for measuring: its vertices, its lines (the rings of areas, the
 * lines, each point as a zero-length line) as one geodesic index, the "linework" that can cross the
 * border (lines and area boundaries), and its areas prepared for point tests. Lon/lat degrees.
 * Built per feature; not shared between threads.
 */
final class FeatureShape {

  private final Geometry geometry;
  private final List<Coordinate> vertices = new ArrayList<>();
  private final List<LineString> lines = new ArrayList<>();
  private final List<Geometry> linework = new ArrayList<>();
  private final List<Polygon> areas = new ArrayList<>();
  private @Nullable GeodesicLineIndex index;
  private @Nullable PreparedGeometry preparedAreas;

  /**
   * @throws IllegalArgumentException when a coordinate is not finite or a latitude is outside [-90,
   *     90] (the message names the vertex)
   */
  FeatureShape(Geometry geometry) {
    this.geometry = geometry;
    collect(geometry);
    for (int i = 0; i < vertices.size(); i++) {
      Coordinate c = vertices.get(i);
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.y) > 90) {
        throw new IllegalArgumentException(
            "vertex " + i + " is not a lon/lat position: (" + c.x + ", " + c.y + ")");
      }
    }
  }

  private void collect(Geometry g) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part != g) {
        collect(part);
      } else if (part.isEmpty()) {
        continue;
      } else if (part instanceof Point p) {
        vertices.add(p.getCoordinate());
        Coordinate c = p.getCoordinate();
        lines.add(Geometries.FACTORY.createLineString(new Coordinate[] {c, c}));
      } else if (part instanceof LineString l) {
        vertices.addAll(List.of(l.getCoordinates()));
        lines.add(l);
        linework.add(l);
      } else if (part instanceof Polygon poly) {
        vertices.addAll(List.of(poly.getCoordinates()));
        lines.add(poly.getExteriorRing());
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          lines.add(poly.getInteriorRingN(h));
        }
        linework.add(poly.getBoundary());
        areas.add(poly);
      }
    }
  }

  /** The geometry as given. */
  Geometry geometry() {
    return geometry;
  }

  /** Every vertex of every part, in order. */
  List<Coordinate> vertices() {
    return vertices;
  }

  /** True when the feature has a line or an area (something that can cross the border). */
  boolean hasLinework() {
    return !linework.isEmpty();
  }

  /** The lines and area boundaries, for intersecting with the border. */
  List<Geometry> linework() {
    return linework;
  }

  /** Geodesic distance from a point to the feature, metres: 0 inside an area. */
  double distanceMetres(double lon, double lat) {
    if (!areas.isEmpty()) {
      if (preparedAreas == null) {
        preparedAreas =
            PreparedGeometryFactory.prepare(
                Geometries.FACTORY.createMultiPolygon(areas.toArray(new Polygon[0])));
      }
      if (preparedAreas.covers(Geometries.FACTORY.createPoint(new Coordinate(lon, lat)))) {
        return 0;
      }
    }
    return index().distanceMetres(lon, lat);
  }

  private GeodesicLineIndex index() {
    if (index == null) {
      index =
          new GeodesicLineIndex(
              Geometries.FACTORY.createMultiLineString(lines.toArray(new LineString[0])));
    }
    return index;
  }
}
