package io.github.borderatlas.core.border;

import java.util.Objects;

/**
 * A point where a third country meets a shared boundary: an end of a {@link BorderPart} near which
 * the third country's outline passes.
 *
 * @param thirdKey the third country's key (e.g. ISO A3)
 * @param longitude degrees, WGS84 (the end vertex of the part on the first country's outline)
 * @param latitude degrees, WGS84
 * @param distanceMetres distance from that vertex to the third country's outline, metres
 */
public record Tripoint(String thirdKey, double longitude, double latitude, double distanceMetres) {

  /**
   * Checks the key; the coordinates and distance are not checked.
   *
   * @param thirdKey the third country's key (e.g. ISO A3)
   * @param longitude degrees, WGS84 (the end vertex of the part on the first country's outline)
   * @param latitude degrees, WGS84
   * @param distanceMetres distance from that vertex to the third country's outline, metres
   * @throws NullPointerException if {@code thirdKey} is {@code null}
   */
  public Tripoint {
    Objects.requireNonNull(thirdKey, "thirdKey");
  }
}
