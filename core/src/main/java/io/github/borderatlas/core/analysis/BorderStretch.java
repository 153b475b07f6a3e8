package io.github.borderatlas.core.analysis;

/**
 * A stretch over which a river runs along the border line (a boundary river such as the Khorgos)
 * rather than crossing it: every point of the stretch lies within {@link
 * RiverCrossingAnalysis#FOLLOW_TOLERANCE_METRES} of the border, over at least {@link
 * RiverCrossingAnalysis#FOLLOW_MIN_METRES}. Lengths are geodesic metres on WGS84; the ends are
 * located to within one sampling step (the tolerance). Immutable.
 *
 * @param riverFromMetres metres along the river from its first (upstream) vertex to the stretch's
 *     upstream end
 * @param riverToMetres metres along the river to the stretch's downstream end, &ge; {@code
 *     riverFromMetres}
 * @param borderFromMetres metres along the border (from the China–Russia–Kazakhstan tripoint) to
 *     the point of the border nearest the stretch's upstream end
 * @param borderToMetres metres along the border to the point nearest the stretch's downstream end;
 *     less than {@code borderFromMetres} when the river runs against the border's north-to-south
 *     direction
 * @param fromSide the side of the river's course just upstream of the stretch ({@link Side#UNKNOWN}
 *     when the stretch starts at the river's source)
 * @param toSide the side of the river's course just downstream of the stretch ({@link Side#UNKNOWN}
 *     when the stretch ends at the river's mouth)
 */
public record BorderStretch(
    double riverFromMetres,
    double riverToMetres,
    double borderFromMetres,
    double borderToMetres,
    Side fromSide,
    Side toSide) {

  /** The stretch's length along the river, metres. */
  public double riverLengthMetres() {
    return riverToMetres - riverFromMetres;
  }

  /** The smaller of the two border chainages, metres. */
  public double borderStartMetres() {
    return Math.min(borderFromMetres, borderToMetres);
  }

  /** The larger of the two border chainages, metres. */
  public double borderEndMetres() {
    return Math.max(borderFromMetres, borderToMetres);
  }

  /**
   * True when the river reaches the stretch from one country and leaves it into the other, so that
   * the stretch as a whole takes it across the border.
   */
  public boolean crossesOver() {
    return fromSide != Side.UNKNOWN && toSide != Side.UNKNOWN && fromSide != toSide;
  }
}
