package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.borderatlas.core.io.geojson.GeometryType.ListRule;
import io.github.borderatlas.core.io.geojson.PositionList.Items;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a tree from {@link CoordinateParser} into a JTS geometry of a known type. For a tree parsed
 * before its type was known ({@code deferred}), it first checks what the parser could not: the
 * nesting depth and the list rules, reporting the start of the offending array and its path below
 * {@code coordinatesPath}. Thread safety: stateless apart from the session.
 */
final class GeometryBuilder {

  private final ParseSession session;
  private final GeometryFactory factory;
  private final boolean deferred;
  private final String coordinatesPath;
  private final JsonLocation coordinatesStart;

  private GeometryBuilder(ParseSession session, boolean deferred, String path, JsonLocation start) {
    this.session = session;
    this.factory = session.factory;
    this.deferred = deferred;
    this.coordinatesPath = path;
    this.coordinatesStart = start;
  }

  /**
   * Builds a geometry.
   *
   * @param tree the parsed coordinates
   * @param foundDepth the depth the parser found (-1 if no number), checked when deferred
   * @param deferred whether the tree was parsed without knowing the type
   * @param coordinatesPath path of the {@code coordinates} member, for deferred errors
   */
  static Geometry build(
      ParseSession session,
      GeometryType type,
      Object tree,
      int foundDepth,
      boolean deferred,
      String coordinatesPath) {
    JsonLocation start = tree instanceof Items items ? items.start : ((PositionList) tree).start;
    GeometryBuilder b = new GeometryBuilder(session, deferred, coordinatesPath, start);
    if (tree instanceof Items items && items.isEmpty()) {
      return b.empty(type);
    }
    if (deferred && foundDepth >= 0 && foundDepth != type.depth) {
      throw b.fail(
          type.jsonName
              + " coordinates must hold positions at depth "
              + type.depth
              + ", found depth "
              + foundDepth,
          start,
          "");
    }
    return b.geometry(type, tree);
  }

  private Geometry empty(GeometryType type) {
    switch (type) {
      case POINT:
        return factory.createPoint();
      case MULTI_POINT:
        return factory.createMultiPoint();
      case LINE_STRING:
        return factory.createLineString();
      case MULTI_LINE_STRING:
        return factory.createMultiLineString();
      case POLYGON:
        return factory.createPolygon();
      default:
        return factory.createMultiPolygon();
    }
  }

  private Geometry geometry(GeometryType type, Object tree) {
    switch (type) {
      case POINT:
        return factory.createPoint(list(tree, ListRule.NONE, "").sequence(factory));
      case MULTI_POINT:
        return factory.createMultiPoint(list(tree, ListRule.NONE, "").sequence(factory));
      case LINE_STRING:
        return factory.createLineString(list(tree, ListRule.LINE, "").sequence(factory));
      case MULTI_LINE_STRING:
        {
          List<Object> lines = items(tree, "");
          LineString[] parts = new LineString[lines.size()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] =
                factory.createLineString(
                    list(lines.get(i), ListRule.LINE, JsonPaths.index(i)).sequence(factory));
          }
          return factory.createMultiLineString(parts);
        }
      case POLYGON:
        return polygon(tree, "");
      default:
        {
          List<Object> polygons = items(tree, "");
          Polygon[] parts = new Polygon[polygons.size()];
          for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i), JsonPaths.index(i));
          }
          return factory.createMultiPolygon(parts);
        }
    }
  }

  private Polygon polygon(Object node, String path) {
    List<Object> rings = items(node, path);
    if (rings.isEmpty()) {
      throw fail("a polygon needs at least one ring, found none", ((Items) node).start, path);
    }
    LinearRing shell = ring(rings.get(0), path + JsonPaths.index(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(rings.get(i + 1), path + JsonPaths.index(i + 1));
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(Object node, String path) {
    return factory.createLinearRing(list(node, ListRule.RING, path).sequence(factory));
  }

  private List<Object> items(Object node, String path) {
    if (node instanceof Items items) {
      return items;
    }
    throw fail(
        "expected an array of arrays of positions, found positions",
        ((PositionList) node).start,
        path);
  }

  /** A list of positions; an empty array of unknown depth counts as an empty list. */
  private PositionList list(Object node, ListRule rule, String path) {
    PositionList list;
    if (node instanceof PositionList pl) {
      list = pl;
    } else {
      Items items = (Items) node;
      if (!items.isEmpty()) {
        throw fail("expected positions, found arrays of arrays", items.start, path);
      }
      list = new PositionList(new double[0], 2, 0, items.start);
    }
    return deferred ? check(list, rule, path) : list;
  }

  /** Checks the rule; returns the list, or a closed copy of an unclosed ring when lenient. */
  private PositionList check(PositionList list, ListRule rule, String path) {
    int n = list.size;
    if (rule == ListRule.LINE && n < 2) {
      throw fail("a line needs at least 2 positions, found " + n, list.start, path);
    }
    if (rule != ListRule.RING) {
      return list;
    }
    if (n < 4) {
      throw fail("a linear ring needs at least 4 positions, found " + n, list.start, path);
    }
    if (list.x(0) != list.x(n - 1) || list.y(0) != list.y(n - 1)) {
      String problem =
          "a linear ring must end where it starts: first position ["
              + list.x(0)
              + ", "
              + list.y(0)
              + "], last ["
              + list.x(n - 1)
              + ", "
              + list.y(n - 1)
              + "]";
      if (!session.options.lenient()) {
        throw fail(problem, list.start, path);
      }
      note(problem + " (read as closed)", list.start, path);
      return RingEnds.closed(list);
    }
    if (list.dimension == 3 && Double.compare(list.coords[2], list.coords[n * 3 - 1]) != 0) {
      note(RingEnds.zProblem(list.coords[2], list.coords[n * 3 - 1]), list.start, path);
    }
    return list;
  }

  private void note(String message, JsonLocation at, String path) {
    session.noteAt(
        ReadNote.RING_NOT_CLOSED,
        message,
        at == null ? coordinatesStart : at,
        coordinatesPath + path);
  }

  private GeoJsonException fail(String problem, JsonLocation at, String path) {
    return session.errorAt(problem, at == null ? coordinatesStart : at, coordinatesPath + path);
  }
}
