package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Parses RFC 7946 geometry objects, members in any order; {@code bbox} is checked (see {@link
 * BboxMember}) and foreign members are skipped. Not thread-safe: one per {@link ParseSession}.
 */
final class GeometryParser {

  private final ParseSession session;
  private final JsonParser p;
  private final CoordinateParser coordinates;

  GeometryParser(ParseSession session) {
    this.session = session;
    this.p = session.parser;
    this.coordinates = new CoordinateParser(session);
  }

  /** The members of a geometry object, collected in any order. */
  static final class Parts {
    GeometryType type;
    Object tree;
    int depth;
    boolean deferred;
    String coordinatesPath;
    List<Geometry> geometries;
    BboxMember bbox;
  }

  /** Parses the geometry object at the current {@code START_OBJECT} token. */
  Geometry parse() throws IOException {
    Parts parts = new Parts();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("type")) {
        parts.type = type();
      } else if (!member(name, parts)) {
        p.skipChildren();
      }
    }
    return finish(parts, "geometry");
  }

  /**
   * Reads the geometry type at the current token (a string value).
   *
   * @throws GeoJsonException unless it is one of the seven geometry types
   */
  GeometryType type() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw session.error("\"type\" must be a string, found " + session.describeCurrent());
    }
    String name = p.getText();
    GeometryType type = GeometryType.of(name);
    if (type == null) {
      throw session.error("unknown geometry type \"" + name + "\" (names are case-sensitive)");
    }
    return type;
  }

  /**
   * Handles {@code coordinates} or {@code geometries} (current token: its value).
   *
   * @return whether the member was one of them
   */
  boolean member(String name, Parts parts) throws IOException {
    if (name.equals("bbox")) {
      parts.bbox = BboxMember.read(session);
      return true;
    }
    if (name.equals("coordinates")) {
      if (parts.type == GeometryType.GEOMETRY_COLLECTION) {
        p.skipChildren(); // foreign member of a collection
        return true;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw session.error("\"coordinates\" must be an array, found " + session.describeCurrent());
      }
      parts.deferred = parts.type == null;
      parts.coordinatesPath = parts.deferred ? JsonPaths.of(p.getParsingContext()) : null;
      parts.tree = coordinates.parse(parts.type);
      parts.depth = coordinates.depth();
      return true;
    }
    if (name.equals("geometries")) {
      if (parts.type != null && parts.type != GeometryType.GEOMETRY_COLLECTION) {
        p.skipChildren(); // foreign member of a simple geometry
        return true;
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw session.error("\"geometries\" must be an array, found " + session.describeCurrent());
      }
      List<Geometry> list = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw session.error("expected a geometry object, found " + session.describeCurrent());
        }
        list.add(parse());
      }
      parts.geometries = list;
      return true;
    }
    return false;
  }

  /**
   * Builds the geometry once its object ended (current token: its {@code END_OBJECT}).
   *
   * @param what "geometry" or another word for messages
   */
  Geometry finish(Parts parts, String what) {
    if (parts.type == null) {
      throw session.error(what + " has no \"type\" member");
    }
    if (parts.type == GeometryType.GEOMETRY_COLLECTION) {
      if (parts.geometries == null) {
        throw session.error("GeometryCollection has no \"geometries\" member");
      }
      return checked(
          parts,
          session.factory.createGeometryCollection(parts.geometries.toArray(new Geometry[0])));
    }
    if (parts.tree == null) {
      throw session.error(parts.type.jsonName + " has no \"coordinates\" member");
    }
    return checked(
        parts,
        GeometryBuilder.build(
            session, parts.type, parts.tree, parts.depth, parts.deferred, parts.coordinatesPath));
  }

  private Geometry checked(Parts parts, Geometry g) {
    if (parts.bbox != null) {
      parts.bbox.checkContains(g, session);
    }
    return g;
  }
}
