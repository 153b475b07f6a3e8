package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Unit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Figure} as a JSON object: {@code {"quantity", "value", "unit", "source", "confidence",
 * "note"?}}, as in the schema's "Figure objects". Used both inside feature properties ({@code
 * figures}) and in {@code figures.json}. Stateless and thread-safe.
 */
final class FigureCodec {

  /** The members of a figure object, in written order. */
  static final List<String> MEMBERS =
      List.of("quantity", "value", "unit", "source", "confidence", "note");

  private static final Set<String> MEMBER_SET = Set.copyOf(MEMBERS);

  /** Turns a problem with a member of one figure object into a located exception. */
  @FunctionalInterface
  interface Problems {
    /**
     * @param member the member concerned ({@code "unit"}), or {@code null} for the whole object
     * @param problem what is wrong
     */
    AtlasFormatException at(String member, String problem);
  }

  private FigureCodec() {}

  /** The figure as an ordered map; the note is left out when absent. */
  static Map<String, Object> encode(Figure figure) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quantity", figure.quantity());
    m.put("value", figure.value());
    m.put("unit", EnumIds.unitId(figure.unit()));
    m.put("source", figure.source());
    m.put("confidence", EnumIds.id(figure.confidence()));
    figure.note().ifPresent(n -> m.put("note", n));
    return Collections.unmodifiableMap(m);
  }

  /**
   * The figure a JSON value stands for.
   *
   * @param value the decoded JSON value (a {@code Map} with String, Number, Boolean... values)
   * @param strict when true, members other than {@link #MEMBERS} are an error
   * @param problems makes the exception for a problem
   * @throws AtlasFormatException when the value is not a valid figure object
   */
  static Figure decode(Object value, boolean strict, Problems problems) {
    if (!(value instanceof Map<?, ?> map)) {
      throw problems.at(null, "expected a figure object, got " + Values.describe(value));
    }
    if (strict) {
      for (Object key : map.keySet()) {
        if (!MEMBER_SET.contains(key)) {
          throw problems.at(String.valueOf(key), "unknown member of a figure; allowed: " + MEMBERS);
        }
      }
    }
    String quantity = string(map, "quantity", true, problems);
    Object v = map.get("value");
    if (!(v instanceof Number n)) {
      throw problems.at(
          "value",
          v == null
              ? "missing, expected a number"
              : "expected a number, got " + Values.describe(v));
    }
    double number = n.doubleValue();
    if (!Double.isFinite(number)) {
      throw problems.at("value", "expected a finite number, got " + n);
    }
    String unitText = string(map, "unit", true, problems);
    Unit unit = EnumIds.findUnit(unitText);
    if (unit == null) {
      throw problems.at(
          "unit",
          "expected one of " + EnumIds.allowed(Unit.class) + ", got " + Values.quote(unitText));
    }
    String source = string(map, "source", true, problems);
    String confidenceText = string(map, "confidence", true, problems);
    Confidence confidence = EnumIds.find(Confidence.class, confidenceText);
    if (confidence == null) {
      throw problems.at(
          "confidence",
          "expected one of "
              + EnumIds.allowed(Confidence.class)
              + ", got "
              + Values.quote(confidenceText));
    }
    String note = string(map, "note", false, problems);
    return new Figure(quantity, number, unit, source, confidence, Optional.ofNullable(note));
  }

  private static String string(Map<?, ?> map, String key, boolean required, Problems problems) {
    Object v = map.get(key);
    if (v == null) {
      if (required) {
        throw problems.at(key, "missing, expected a string");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw problems.at(key, "expected a string, got " + Values.describe(v));
    }
    return s;
  }
}
