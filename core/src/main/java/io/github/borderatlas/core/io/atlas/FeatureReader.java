package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.JsonText;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Validity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Typed, located access to the properties of one GeoJSON feature while it is decoded. Every
 * accessor either returns a value of the expected type or throws an {@link AtlasFormatException}
 * naming the feature, the property and what was expected. Not thread-safe; one per feature.
 */
final class FeatureReader {

  private final GeoJsonFeature feature;
  private final Map<String, Object> props;
  private final String source;
  private final int index;
  private String featureId;
  private Layer layer;

  FeatureReader(GeoJsonFeature feature, String source, int index) {
    this.feature = feature;
    this.props = feature.properties();
    this.source = source;
    this.index = index;
  }

  /** Remembers the id for later messages. */
  void identify(String id, Layer layer) {
    this.featureId = id;
    this.layer = layer;
  }

  String featureId() {
    return featureId;
  }

  GeoJsonFeature feature() {
    return feature;
  }

  /** The JSON path of a property ({@code "geometry"} is the feature's geometry member). */
  String path(String property) {
    String base = index >= 0 ? "$.features[" + index + "]" : "$";
    if (property == null) {
      return base;
    }
    if (property.equals("geometry")) {
      return base + ".geometry";
    }
    return base + ".properties." + property;
  }

  /**
   * An exception for a problem with a property.
   *
   * @param property the property (or {@code "geometry"}), or {@code null} for the feature
   * @param subPath the path below the feature naming the value (e.g. {@code "figures[1].unit"}), or
   *     {@code null} to use {@code property}
   */
  AtlasFormatException error(String property, String subPath, String problem, Throwable cause) {
    String shown = subPath != null ? subPath : property;
    StringBuilder text = new StringBuilder("feature");
    if (featureId != null) {
      text.append(' ').append(Values.quote(featureId));
    } else if (index >= 0) {
      text.append(" #").append(index);
    }
    if (layer != null) {
      text.append(" (").append(layer.id()).append(')');
    }
    if (shown != null) {
      text.append(shown.equals("geometry") ? ": geometry" : ": property " + Values.quote(shown));
    }
    text.append(": ").append(problem);
    return new AtlasFormatException(
        text.toString(), source, -1, -1, path(shown), featureId, index, property, cause);
  }

  AtlasFormatException error(String property, String problem) {
    return error(property, null, problem, null);
  }

  /** A required string property. */
  String requiredString(String key) {
    String s = optionalString(key);
    if (s == null) {
      throw error(key, "missing, expected a string");
    }
    return s;
  }

  /** A required string property that must not be blank. */
  String requiredText(String key) {
    String s = requiredString(key);
    if (s.isBlank()) {
      throw error(key, "must not be blank");
    }
    return s;
  }

  /** An optional string property; JSON null counts as absent. */
  String optionalString(String key) {
    Object v = props.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw error(key, "expected a string, got " + Values.describe(v));
  }

  /** A required finite number. */
  double requiredNumber(String key) {
    Double d = optionalNumber(key);
    if (d == null) {
      throw error(key, "missing, expected a number");
    }
    return d;
  }

  /** An optional finite number, or {@code null}. */
  Double optionalNumber(String key) {
    Object v = props.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n)) {
      throw error(key, "expected a number, got " + Values.describe(v));
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      throw error(key, "expected a finite number, got " + n);
    }
    return d;
  }

  boolean requiredBoolean(String key) {
    Object v = props.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    throw error(
        key,
        v == null
            ? "missing, expected a boolean"
            : "expected a boolean, got " + Values.describe(v));
  }

  /** A required enum value in its GeoJSON spelling ({@code "border-crossing"}). */
  <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
    Object v = props.get(key);
    E e = v instanceof String s ? EnumIds.find(type, s) : null;
    if (e == null) {
      throw error(
          key,
          (v == null ? "missing, expected" : "expected")
              + " one of "
              + EnumIds.allowed(type)
              + (v == null ? "" : ", got " + Values.describe(v)));
    }
    return e;
  }

  /** A partial date {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, or {@code null}. */
  PartialDate partialDate(String key, boolean required) {
    String s = required ? requiredString(key) : optionalString(key);
    if (s == null) {
      return null;
    }
    try {
      return PartialDate.parse(GdalValues.isoDate(s));
    } catch (IllegalArgumentException e) {
      throw error(
          key, null, "expected a date yyyy, yyyy-MM or yyyy-MM-dd, got " + Values.quote(s), e);
    }
  }

  /**
   * {@code valid_from}/{@code valid_to}, each {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
   * with the precision its form shows; open ends when absent; {@code "valid_from": "unknown"} gives
   * {@link Validity#startUnknown}.
   */
  Validity validity() {
    boolean fromUnknown = Validity.UNKNOWN.equals(props.get("valid_from"));
    PartialDate from = fromUnknown ? null : partialDate("valid_from", false);
    PartialDate to = partialDate("valid_to", false);
    if (fromUnknown) {
      return Validity.startUnknown(to);
    }
    if (from == null && to == null) {
      return Validity.ALWAYS;
    }
    if (from != null && to != null && !to.date().isAfter(from.date())) {
      throw error("valid_to", "must be after valid_from " + from + ", got " + to);
    }
    return Validity.of(from, to);
  }

  /**
   * An array of strings; absent or null gives an empty list. Also read from text as GDAL writes it:
   * JSON ({@code ["a", "b"]}) or an OGR string list ({@code (2:a,b)}).
   */
  List<String> stringList(String key) {
    Object v = props.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String text) {
      List<String> items;
      try {
        items = GdalValues.stringList(text);
      } catch (IllegalArgumentException e) {
        throw error(key, null, e.getMessage(), e);
      }
      if (items != null) {
        return items;
      }
      v = jsonText(key, text);
    }
    if (!(v instanceof List<?> list)) {
      throw error(key, "expected an array of strings, got " + Values.describe(v));
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw error(
            key,
            key + "[" + i + "]",
            "expected a string, got " + Values.describe(list.get(i)),
            null);
      }
      out.add(s);
    }
    return out;
  }

  /** An array of figure objects, also as JSON text; absent or null gives no figures. */
  Figures figures(String key, boolean strict) {
    Object v = props.get(key);
    if (v == null) {
      return Figures.empty();
    }
    if (v instanceof String text) {
      v = jsonText(key, text);
    }
    if (!(v instanceof List<?> list)) {
      throw error(key, "expected an array of figure objects, got " + Values.describe(v));
    }
    List<Figure> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String element = key + "[" + i + "]";
      out.add(
          FigureCodec.decode(
              list.get(i),
              strict,
              (member, problem) ->
                  error(key, member == null ? element : element + "." + member, problem, null)));
    }
    return Figures.of(out);
  }

  /**
   * The geometry if it is an instance of one of the allowed types.
   *
   * @param required whether a null geometry is an error
   * @param allowed the accepted JTS types, e.g. {@code Polygon.class, MultiPolygon.class}
   */
  Geometry geometry(boolean required, List<Class<? extends Geometry>> allowed) {
    Geometry g = feature.geometry();
    StringBuilder names = new StringBuilder();
    for (Class<? extends Geometry> type : allowed) {
      if (g != null && type.isInstance(g)) {
        if (g.isEmpty()) {
          throw error("geometry", "expected a non-empty " + g.getGeometryType() + ", got EMPTY");
        }
        return g;
      }
      names.append(names.length() == 0 ? "" : " or ").append(type.getSimpleName());
    }
    if (g == null && !required) {
      return null;
    }
    throw error(
        "geometry",
        (g == null ? "missing (null), expected a " : "expected a ")
            + names
            + (g == null ? "" : ", got " + g.getGeometryType()));
  }

  /**
   * The JSON value of a text property holding an array or object (as GDAL's JSON sub-type or a
   * GeoPackage text column keeps it); other text is returned as it is, to fail the type check.
   */
  private Object jsonText(String key, String text) {
    if (!JsonText.looksStructured(text)) {
      return text;
    }
    try {
      return JsonText.read(text, null);
    } catch (GeoJsonException e) {
      throw error(key, null, "text is not a JSON array: " + e.problem(), e);
    }
  }

  /** Throws for the first non-null property that is not in {@code allowed} (null is absent). */
  void rejectUnknown(List<String> allowed) {
    for (Map.Entry<String, Object> e : props.entrySet()) {
      String key = e.getKey();
      if (e.getValue() != null && !allowed.contains(key)) {
        throw error(key, "not a property of layer " + layer.id() + "; allowed: " + allowed);
      }
    }
  }
}
