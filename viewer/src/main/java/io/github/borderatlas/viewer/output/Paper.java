package io.github.borderatlas.viewer.output;

import java.util.Locale;
import java.util.Optional;

/**
 * Paper sizes for PDF pages, in PostScript points (1/72 inch), portrait. ISO 216 sizes are defined
 * in millimetres (A4 210 × 297 mm, A3 297 × 420 mm) and converted at 72/25.4 points per millimetre;
 * US Letter is 8.5 × 11 inches (ANSI/ASME Y14.1).
 */
public enum Paper {
  /** ISO A4, 210 × 297 mm. */
  A4(210 * 72 / 25.4, 297 * 72 / 25.4),
  /** ISO A3, 297 × 420 mm. */
  A3(297 * 72 / 25.4, 420 * 72 / 25.4),
  /** US Letter, 8.5 × 11 in. */
  LETTER(8.5 * 72, 11 * 72);

  private final double widthPt;
  private final double heightPt;

  Paper(double widthPt, double heightPt) {
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  /** Width in points, portrait, or the long side when {@code landscape}. */
  public double widthPt(boolean landscape) {
    return landscape ? heightPt : widthPt;
  }

  /** Height in points, portrait, or the short side when {@code landscape}. */
  public double heightPt(boolean landscape) {
    return landscape ? widthPt : heightPt;
  }

  /** The paper named {@code name}, case-insensitive ({@code A4}, {@code a3}, {@code letter}). */
  public static Optional<Paper> named(String name) {
    for (Paper p : values()) {
      if (p.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
