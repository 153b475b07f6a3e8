package io.github.borderatlas.core.analysis;

import java.util.List;
import java.util.Optional;

/**
 * How one river meets the border: its crossings in downstream order, the stretches where it runs
 * along the border line instead of crossing it, and the direction of flow across the line.
 * Immutable.
 *
 * @param riverId the river's id
 * @param riverName the river's English name
 * @param transboundary whether the atlas says it flows from China into Kazakhstan
 * @param riverLengthMetres the river's geodesic length, metres
 * @param crossings the crossings ordered from upstream to downstream; points inside a stretch along
 *     the border are not crossings (a stretch that takes the river from one side to the other
 *     counts as one crossing, at its upstream end)
 * @param direction the direction of flow across the border
 * @param alongBorder the stretches where the river follows the border, upstream to downstream
 */
public record RiverAtBorder(
    String riverId,
    String riverName,
    boolean transboundary,
    double riverLengthMetres,
    List<CrossingPoint> crossings,
    FlowDirection direction,
    List<BorderStretch> alongBorder) {

  /**
   * Copies the lists; the other components are not checked.
   *
   * @param riverId the river's id
   * @param riverName the river's English name
   * @param transboundary whether the atlas says it flows from China into Kazakhstan
   * @param riverLengthMetres the river's geodesic length, metres
   * @param crossings the crossings ordered from upstream to downstream; points inside a stretch
   *     along the border are not crossings (a stretch that takes the river from one side to the
   *     other counts as one crossing, at its upstream end)
   * @param direction the direction of flow across the border
   * @param alongBorder the stretches where the river follows the border, upstream to downstream
   * @throws NullPointerException if {@code crossings} or {@code alongBorder} is {@code null} or
   *     holds {@code null}
   */
  public RiverAtBorder {
    crossings = List.copyOf(crossings);
    alongBorder = List.copyOf(alongBorder);
  }

  /** A river that never runs along the border. */
  public RiverAtBorder(
      String riverId,
      String riverName,
      boolean transboundary,
      double riverLengthMetres,
      List<CrossingPoint> crossings,
      FlowDirection direction) {
    this(riverId, riverName, transboundary, riverLengthMetres, crossings, direction, List.of());
  }

  /** The number of crossings. */
  public int crossingCount() {
    return crossings.size();
  }

  /** The most upstream crossing. */
  public Optional<CrossingPoint> firstCrossing() {
    return crossings.isEmpty() ? Optional.empty() : Optional.of(crossings.get(0));
  }

  /** True when the river flows from China into Kazakhstan. */
  public boolean flowsFromChinaToKazakhstan() {
    return direction == FlowDirection.CHINA_TO_KAZAKHSTAN;
  }

  /** True when the river runs along the border somewhere. */
  public boolean followsBorder() {
    return !alongBorder.isEmpty();
  }

  /** The summed length of the stretches along the border, metres along the river. */
  public double lengthAlongBorderMetres() {
    return alongBorder.stream().mapToDouble(BorderStretch::riverLengthMetres).sum();
  }
}
