package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.model.Unit;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The GeoJSON spelling of the model's enums: constant names in lower case with hyphens ({@code
 * BORDER_CROSSING} ↔ {@code "border-crossing"}); units by their symbol ({@code "km²"}), with {@code
 * "count"} for {@link Unit#COUNT} whose symbol is empty. Stateless and thread-safe.
 */
final class EnumIds {

  /** The GeoJSON spelling of {@link Unit#COUNT}. */
  static final String COUNT = "count";

  private EnumIds() {}

  /** {@code "border-crossing"} for {@code BORDER_CROSSING}. */
  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant spelled {@code id}, or {@code null} when none is (the match is exact). */
  static <E extends Enum<E>> E find(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (id(e).equals(id)) {
        return e;
      }
    }
    return null;
  }

  /** The allowed spellings, e.g. {@code "land, river, lake"}, for error messages. */
  static String allowed(Class<? extends Enum<?>> type) {
    StringJoiner j = new StringJoiner(", ");
    for (Enum<?> e : type.getEnumConstants()) {
      j.add(type == Unit.class ? unitId((Unit) e) : id(e));
    }
    return j.toString();
  }

  /** The unit's symbol, or {@code "count"} for {@link Unit#COUNT}. */
  static String unitId(Unit unit) {
    return unit == Unit.COUNT ? COUNT : unit.symbol();
  }

  /** The unit written as {@code id}, or {@code null}. */
  static Unit findUnit(String id) {
    for (Unit u : Unit.values()) {
      if (unitId(u).equals(id)) {
        return u;
      }
    }
    return null;
  }
}
