package io.github.borderatlas.core.io.geojson;

/**
 * The RFC 7946 geometry types, with the nesting depth of positions inside {@code coordinates} (0:
 * the value is one position) and what a list of positions must satisfy.
 */
enum GeometryType {
  POINT("Point", 0, ListRule.NONE),
  MULTI_POINT("MultiPoint", 1, ListRule.NONE),
  LINE_STRING("LineString", 1, ListRule.LINE),
  MULTI_LINE_STRING("MultiLineString", 2, ListRule.LINE),
  POLYGON("Polygon", 2, ListRule.RING),
  MULTI_POLYGON("MultiPolygon", 3, ListRule.RING),
  GEOMETRY_COLLECTION("GeometryCollection", -1, ListRule.NONE);

  /** What a list of positions must satisfy. */
  enum ListRule {
    NONE,
    /** At least 2 positions (RFC 7946 §3.1.4). */
    LINE,
    /** At least 4 positions, first equal to last (RFC 7946 §3.1.6). */
    RING
  }

  final String jsonName;
  final int depth;
  final ListRule rule;

  GeometryType(String jsonName, int depth, ListRule rule) {
    this.jsonName = jsonName;
    this.depth = depth;
    this.rule = rule;
  }

  /** The type with this exact (case-sensitive) name, or {@code null}. */
  static GeometryType of(String name) {
    switch (name) {
      case "Point":
        return POINT;
      case "MultiPoint":
        return MULTI_POINT;
      case "LineString":
        return LINE_STRING;
      case "MultiLineString":
        return MULTI_LINE_STRING;
      case "Polygon":
        return POLYGON;
      case "MultiPolygon":
        return MULTI_POLYGON;
      case "GeometryCollection":
        return GEOMETRY_COLLECTION;
      default:
        return null;
    }
  }
}
