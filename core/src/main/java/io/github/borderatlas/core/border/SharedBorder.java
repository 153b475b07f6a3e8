package io.github.borderatlas.core.border;

import java.util.List;
import java.util.Objects;

/**
 * The land boundary between two countries as found in a country-polygon file: its parts (longest
 * first), the tripoints at their ends and how well the two outlines agree. Immutable.
 *
 * @param firstKey the country whose outline gives the line (on the parts' right)
 * @param secondKey the other country (on the parts' left)
 * @param parts the pieces, longest first
 * @param tripoints third countries meeting the pieces' ends, in part order
 * @param secondSideLengthMetres the same boundary measured along the second country's outline,
 *     metres (geodesic); differs from {@link #lengthMetres()} where the outlines disagree
 */
public record SharedBorder(
    String firstKey,
    String secondKey,
    List<BorderPart> parts,
    List<Tripoint> tripoints,
    double secondSideLengthMetres) {

  /**
   * Checks the keys and copies the lists.
   *
   * @param firstKey the country whose outline gives the line (on the parts' right)
   * @param secondKey the other country (on the parts' left)
   * @param parts the pieces, longest first
   * @param tripoints third countries meeting the pieces' ends, in part order
   * @param secondSideLengthMetres the same boundary measured along the second country's outline,
   *     metres (geodesic); differs from {@link #lengthMetres()} where the outlines disagree
   * @throws NullPointerException if a key or a list is {@code null}, or a list holds {@code null}
   */
  public SharedBorder {
    Objects.requireNonNull(firstKey, "firstKey");
    Objects.requireNonNull(secondKey, "secondKey");
    parts = List.copyOf(parts);
    tripoints = List.copyOf(tripoints);
  }

  /** Total geodesic length of the parts, metres. */
  public double lengthMetres() {
    return parts.stream().mapToDouble(BorderPart::lengthMetres).sum();
  }

  /** Largest vertex offset between the two outlines over all parts, metres (0 without parts). */
  public double maxOffsetMetres() {
    return parts.stream().mapToDouble(BorderPart::maxOffsetMetres).max().orElse(0);
  }

  /** True when the file shows no shared boundary. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }
}
