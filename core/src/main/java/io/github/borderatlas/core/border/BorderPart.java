package io.github.borderatlas.core.border;

import io.github.borderatlas.core.model.Geometries;
import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One continuous piece of a shared boundary, taken from the first country's outline and oriented so
 * that the first country lies on its right and the second on its left. A piece that closes on
 * itself (an enclave, or an island shared by two countries) has equal first and last vertices.
 *
 * @param line the piece, WGS84 lon/lat (x = longitude); must not be mutated
 * @param lengthMetres geodesic length on WGS84 (GeographicLib), metres
 * @param maxOffsetMetres largest distance from a vertex of {@code line} to the second country's
 *     outline, metres (local plane, about 0.5 % accurate): how far the two outlines disagree here
 * @param meanOffsetMetres mean of the same distances over the vertices, metres
 */
public record BorderPart(
    LineString line, double lengthMetres, double maxOffsetMetres, double meanOffsetMetres) {

  /**
   * Checks the line and copies it; the lengths and offsets are not checked.
   *
   * @param line the piece, WGS84 lon/lat (x = longitude); must not be mutated
   * @param lengthMetres geodesic length on WGS84 (GeographicLib), metres
   * @param maxOffsetMetres largest distance from a vertex of {@code line} to the second country's
   *     outline, metres (local plane, about 0.5 % accurate): how far the two outlines disagree here
   * @param meanOffsetMetres mean of the same distances over the vertices, metres
   * @throws NullPointerException if {@code line} is {@code null}
   */
  public BorderPart {
    Objects.requireNonNull(line, "line");
    line = Geometries.copyOf(line);
  }

  /** True when the part closes on itself. */
  public boolean closed() {
    return line.isClosed();
  }
}
