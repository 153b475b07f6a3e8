package io.github.borderatlas.core.io.geojson;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON number kept as its text, so that copying it loses nothing: {@code
 * 123456789012345678901234567890}, {@code 9007199254740993} and {@code
 * 0.1000000000000000055511151231257827} are written back digit for digit, and {@code 1e3} stays
 * {@code 1e3}. The reader gives property values as these when {@link
 * ReadOptions.Builder#exactNumbers} is on (as {@code convert} does); {@link GeoJsonWriter} writes
 * the text as is. The {@link Number} conversions parse the text (a {@code double} may round).
 *
 * <p>Immutable and thread-safe. Equal when the texts are equal ({@code 1.0} and {@code 1} differ).
 */
public final class JsonNumber extends Number {

  private static final long serialVersionUID = 1L;
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  /** The number's JSON text, exactly as read. */
  private final String text;

  /**
   * @param text a number in JSON syntax (RFC 8259 §6)
   * @throws IllegalArgumentException otherwise
   */
  public JsonNumber(String text) {
    Objects.requireNonNull(text, "text");
    if (!isJsonNumber(text)) {
      throw new IllegalArgumentException("not a JSON number: \"" + text + "\"");
    }
    this.text = text;
  }

  /** Whether {@code text} is a number in JSON syntax. */
  public static boolean isJsonNumber(String text) {
    return text != null && text.length() <= 10_000 && JSON_NUMBER.matcher(text).matches();
  }

  /** The number as it was written. */
  public String text() {
    return text;
  }

  /**
   * The value as the reader gives it without exact numbers: a {@link Long} for an integer token
   * within the long range, else a {@link Double} (which may round, or be infinite).
   */
  public Number readValue() {
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    if (integral && text.length() <= 19) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // beyond the long range: a double, as the reader gives it
      }
    }
    return Double.parseDouble(text);
  }

  @Override
  public int intValue() {
    return (int) longValue();
  }

  @Override
  public long longValue() {
    return new BigDecimal(text).longValue();
  }

  @Override
  public float floatValue() {
    return Float.parseFloat(text);
  }

  @Override
  public double doubleValue() {
    return Double.parseDouble(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonNumber n && n.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The text, as written. */
  @Override
  public String toString() {
    return text;
  }
}
