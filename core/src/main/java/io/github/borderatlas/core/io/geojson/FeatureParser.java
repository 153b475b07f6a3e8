package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Parses Feature objects, members in any order, and applies the {@link ReadOptions} filters: a
 * feature rejected by its properties has a later {@code geometry} skipped unbuilt. {@code id}
 * becomes a string (a number keeps its JSON text and is marked as a number); a missing or {@code
 * null} {@code geometry} is a feature without geometry; missing or {@code null} {@code properties}
 * are empty (a missing one of the two is noted, see {@link ReadNote#MISSING_MEMBER}); {@code bbox}
 * is checked (see {@link BboxMember}) and foreign members are skipped. Not thread-safe: one per
 * {@link ParseSession}.
 */
final class FeatureParser {

  private final ParseSession session;
  private final JsonParser p;
  private final GeometryParser geometries;
  private final PropertyParser properties;

  FeatureParser(ParseSession session) {
    this.session = session;
    this.p = session.parser;
    this.geometries = new GeometryParser(session);
    this.properties = new PropertyParser(session);
  }

  GeometryParser geometries() {
    return geometries;
  }

  PropertyParser properties() {
    return properties;
  }

  /** The members of a Feature object, collected in any order. */
  static final class Parts {
    boolean typeSeen;
    String id;
    boolean idIsNumber;
    Geometry geometry;
    Map<String, Object> properties;
    boolean propertiesSeen;
    boolean geometrySeen;
    boolean rejected;
    BboxMember bbox;
  }

  /**
   * Parses the Feature object at the current {@code START_OBJECT}.
   *
   * @return the feature, or {@code null} if a filter rejected it
   */
  GeoJsonFeature parse() throws IOException {
    session.startFeature();
    Parts parts = new Parts();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("type")) {
        checkType();
        parts.typeSeen = true;
      } else if (!member(name, parts)) {
        p.skipChildren();
      }
    }
    return finish(parts);
  }

  /** Checks that the current token (a {@code type} value) is {@code "Feature"}. */
  void checkType() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw session.error("\"type\" must be a string, found " + session.describeCurrent());
    }
    String type = p.getText();
    if (!type.equals("Feature")) {
      throw session.error("expected type \"Feature\", found \"" + type + "\"");
    }
  }

  /**
   * Handles {@code id}, {@code geometry} or {@code properties} (current token: its value).
   *
   * @return whether the member was one of them
   */
  boolean member(String name, Parts parts) throws IOException {
    JsonToken t = p.currentToken();
    switch (name) {
      case "id":
        if (t == JsonToken.VALUE_STRING || ParseSession.isNumber(t)) {
          parts.id = p.getText();
          parts.idIsNumber = t != JsonToken.VALUE_STRING;
        } else if (t != JsonToken.VALUE_NULL) {
          throw session.error(
              "\"id\" must be a string or a number, found " + session.describeCurrent());
        }
        return true;
      case "bbox":
        parts.bbox = BboxMember.read(session);
        return true;
      case "geometry":
        parts.geometrySeen = true;
        if (t == JsonToken.START_OBJECT) {
          if (parts.rejected) {
            p.skipChildren();
          } else {
            parts.geometry = geometries.parse();
          }
        } else if (t != JsonToken.VALUE_NULL) {
          throw session.error(
              "\"geometry\" must be an object or null, found " + session.describeCurrent());
        }
        return true;
      case "properties":
        if (t == JsonToken.START_OBJECT) {
          parts.properties = properties.parse();
        } else if (t != JsonToken.VALUE_NULL) {
          throw session.error(
              "\"properties\" must be an object or null, found " + session.describeCurrent());
        }
        parts.propertiesSeen = true;
        if (!session.options.keepsProperties(view(parts.properties))) {
          parts.rejected = true;
          parts.geometry = null;
        }
        return true;
      default:
        return false;
    }
  }

  /**
   * The feature once its object ended (current token: its {@code END_OBJECT}), or {@code null} if a
   * filter rejects it.
   */
  GeoJsonFeature finish(Parts parts) {
    if (!parts.typeSeen) {
      throw session.error("feature has no \"type\" member");
    }
    session.checkFeatureSize();
    if (!parts.geometrySeen || !parts.propertiesSeen) {
      session.note(
          ReadNote.MISSING_MEMBER,
          "feature has no \""
              + (parts.geometrySeen ? "properties" : "geometry")
              + "\" member"
              + (parts.geometrySeen || parts.propertiesSeen ? "" : " and no \"properties\" member")
              + " (RFC 7946 §3.2 requires both; use null for none)");
    }
    if (parts.rejected) {
      return null;
    }
    if (parts.bbox != null) {
      parts.bbox.checkContains(parts.geometry, session);
    }
    if (!parts.propertiesSeen && !session.options.keepsProperties(Map.of())) {
      return null;
    }
    if (session.options.hasBboxFilter()
        && !session.options.keepsEnvelope(
            parts.geometry == null ? null : parts.geometry.getEnvelopeInternal())) {
      return null;
    }
    return new GeoJsonFeature(parts.id, parts.geometry, parts.properties, parts.idIsNumber);
  }

  private static Map<String, Object> view(Map<String, Object> properties) {
    return properties == null ? Map.of() : Collections.unmodifiableMap(properties);
  }
}
