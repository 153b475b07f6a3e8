package io.github.borderatlas.core.analysis;

import java.util.List;
import java.util.Optional;

/**
 * How one river meets the border: its crossings in downstream order and the direction of flow
 * across the line. Immutable.
 *
 * @param riverId the river's id
 * @param riverName the river's English name
 * @param transboundary whether the atlas says it flows from China into Kazakhstan
 * @param riverLength the river's geodesic length, metres
 * @param crossings the crossings ordered from upstream to downstream
 * @param direction the direction of flow across the border
 */
public record RiverCrossing(
    String riverId,
    String riverName,
    boolean transboundary,
    double riverLength,
    List<Crossing> crossings,
    FlowDirection direction) {

  public RiverCrossing {
    crossings = List.copyOf(crossings);
  }

  /** The number of crossings. */
  public int crossingCount() {
    return crossings.size();
  }

  /** The most upstream crossing. */
  public Optional<Crossing> firstCrossing() {
    return crossings.isEmpty() ? Optional.empty() : Optional.of(crossings.get(0));
  }

  /** True when the river flows from China into Kazakhstan. */
  public boolean flowsFromChinaToKazakhstan() {
    return direction == FlowDirection.CHINA_TO_KAZAKHSTAN;
  }
}
