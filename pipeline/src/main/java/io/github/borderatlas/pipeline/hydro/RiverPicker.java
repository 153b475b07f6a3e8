package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Picks, among unnamed merged river lines, the one that passes closest to several points known to
 * lie on a river's course: the line minimising the <em>sum</em> of geodesic distances (metres) to
 * the points. One point is not enough (near Burqin a tributary passes 0.8 km further from a point
 * on the Black Irtysh than the main river does); several spread along the course are.
 *
 * <p>Ties are broken by input order, so the pick is deterministic. Stateless and thread-safe.
 */
public final class RiverPicker {

  private RiverPicker() {}

  /**
   * The best line for the points.
   *
   * @param candidates merged lines (lon/lat)
   * @param points lon/lat points on the river's course, at least one
   * @throws IllegalArgumentException when there are no candidates or no points
   */
  public static Pick pick(List<LeveledLine> candidates, List<Coordinate> points) {
    if (candidates.isEmpty() || points.isEmpty()) {
      throw new IllegalArgumentException("need at least one candidate line and one point");
    }
    LeveledLine best = null;
    double bestSum = Double.POSITIVE_INFINITY;
    for (LeveledLine c : candidates) {
      GeodesicLineIndex line = new GeodesicLineIndex(c.line());
      double sum = 0;
      for (Coordinate p : points) {
        sum += line.distanceMetres(p.x, p.y);
        if (sum >= bestSum) {
          break;
        }
      }
      if (sum < bestSum) {
        bestSum = sum;
        best = c;
      }
    }
    GeodesicLineIndex bestLine = new GeodesicLineIndex(best.line());
    double max = 0;
    for (Coordinate p : points) {
      max = Math.max(max, bestLine.distanceMetres(p.x, p.y));
    }
    return new Pick(best, bestSum, max);
  }

  /**
   * The chosen line.
   *
   * @param line the line and its level
   * @param sumDistance summed distance from the points to it, metres
   * @param maxDistance the largest distance of one point from it, metres
   */
  public record Pick(LeveledLine line, double sumDistance, double maxDistance) {}
}
