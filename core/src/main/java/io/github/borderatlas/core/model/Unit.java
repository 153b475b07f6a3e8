package io.github.borderatlas.core.model;

/** Units of published figures, with the symbol shown to users. */
public enum Unit {
  KILOMETRE("km"),
  METRE("m"),
  SQUARE_KILOMETRE("km²"),
  HECTARE("ha"),
  PERCENT("%"),
  CUBIC_METRE_PER_SECOND("m³/s"),
  CUBIC_KILOMETRE_PER_YEAR("km³/yr"),
  MILLION_CUBIC_METRE_PER_YEAR("mln m³/yr"),
  CUBIC_KILOMETRE("km³"),
  MILLION_US_DOLLAR("mln USD"),
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
