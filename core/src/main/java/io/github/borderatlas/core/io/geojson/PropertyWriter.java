package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes property values as JSON: {@code null}; {@link CharSequence} as a string; {@link Boolean};
 * integral numbers ({@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link BigInteger},
 * atomic ones) as JSON integers; {@link Double} and {@link Float} in their shortest round-trip form
 * (an integral double keeps its {@code .0}, so it reads back as a {@link Double}); {@link
 * BigDecimal} as its plain text; {@link JsonNumber} as its text; {@link Enum} as its name; {@link
 * Map} as an object in iteration order (keys via {@link String#valueOf}); {@link Iterable} and
 * {@code Object[]} as arrays.
 *
 * <p>{@link #check} rejects what JSON cannot hold (NaN, infinities, null keys, other types, cycles
 * deeper than {@value #MAX_DEPTH}) before anything is written. Thread safety: stateless.
 */
final class PropertyWriter {

  static final int MAX_DEPTH = 64;

  private PropertyWriter() {}

  /**
   * Checks that {@code value} can be written.
   *
   * @throws InvalidValue with a path relative to the value, e.g. {@code .figures[0].value}
   */
  static void check(Object value) {
    check(value, 0);
  }

  private static void check(Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidValue("nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (value == null
        || value instanceof CharSequence
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof JsonNumber
        || isIntegral(value)
        || value instanceof BigDecimal) {
      return;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new InvalidValue("number " + d + " cannot be written as JSON");
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey() == null) {
          throw new InvalidValue("property key is null");
        }
        try {
          check(e.getValue(), depth + 1);
        } catch (InvalidValue ex) {
          throw ex.under(JsonPaths.member(String.valueOf(e.getKey())));
        }
      }
    } else if (value instanceof Iterable<?> || value instanceof Object[]) {
      int i = 0;
      for (Object item : iterable(value)) {
        try {
          check(item, depth + 1);
        } catch (InvalidValue ex) {
          throw ex.under(JsonPaths.index(i));
        }
        i++;
      }
    } else {
      throw new InvalidValue(
          "property value of type " + value.getClass().getName() + " cannot be written as JSON");
    }
  }

  /** Writes a value that passed {@link #check}. */
  static void write(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof CharSequence cs) {
      gen.writeString(cs.toString());
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      gen.writeString(e.name());
    } else if (value instanceof JsonNumber n) {
      gen.writeNumber(n.text()); // the token as read, digit for digit
    } else if (value instanceof BigInteger bi) {
      gen.writeNumber(bi);
    } else if (isIntegral(value)) {
      gen.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double d) {
      gen.writeNumber(d.doubleValue());
    } else if (value instanceof Float f) {
      gen.writeNumber(f.floatValue());
    } else if (value instanceof BigDecimal bd) {
      gen.writeNumber(bd.toPlainString());
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        write(gen, e.getValue());
      }
      gen.writeEndObject();
    } else {
      gen.writeStartArray();
      for (Object item : iterable(value)) {
        write(gen, item);
      }
      gen.writeEndArray();
    }
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof AtomicLong
        || value instanceof AtomicInteger;
  }

  private static Iterable<?> iterable(Object value) {
    return value instanceof Object[] array ? java.util.Arrays.asList(array) : (Iterable<?>) value;
  }
}
