package io.github.borderatlas.core.model;

/** Units of published figures, with the symbol shown to users. */
public enum Unit {
  /** Kilometres (length). */
  KILOMETRE("km"),
  /** Metres (length, elevation). */
  METRE("m"),
  /** Square kilometres (area). */
  SQUARE_KILOMETRE("km²"),
  /** Hectares (area; 1 ha = 10 000 m²). */
  HECTARE("ha"),
  /** Percent. */
  PERCENT("%"),
  /** Cubic metres per second (river discharge). */
  CUBIC_METRE_PER_SECOND("m³/s"),
  /** Cubic kilometres per year (annual flow or withdrawal). */
  CUBIC_KILOMETRE_PER_YEAR("km³/yr"),
  /** Millions of cubic metres per year (annual flow or withdrawal). */
  MILLION_CUBIC_METRE_PER_YEAR("mln m³/yr"),
  /** Cubic kilometres (volume, e.g. of a lake or reservoir). */
  CUBIC_KILOMETRE("km³"),
  /** Millions of US dollars. */
  MILLION_US_DOLLAR("mln USD"),
  /** A plain count, without a unit symbol. */
  COUNT("");

  private final String symbol;

  Unit(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol written after a value, e.g. {@code "km²"}; empty for {@link #COUNT}. */
  public String symbol() {
    return symbol;
  }
}
