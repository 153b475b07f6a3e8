package io.github.borderatlas.core.analysis;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Finds lines and rings that look like they cross the antimeridian without being cut there (RFC
 * 7946 §3.1.9): a segment whose ends are more than 180° of longitude apart. Such a segment either
 * crosses the antimeridian (the short way round) or really spans more than half the globe, which
 * GeoJSON consumers draw the wrong way round anyway. One warning per geometry, at the segment's
 * first vertex. Reads the coordinate sequences in place. Thread-safe: stateless.
 */
final class AntimeridianCheck {

  private AntimeridianCheck() {}

  static void check(Geometry g, FindingLocation where, List<Finding> out) {
    if (g == null || g.isEmpty()) {
      return;
    }
    int[] found = {-1};
    double[] lons = new double[2];
    Sequences.forEach(
        g,
        (seq, offset) -> {
          if (found[0] >= 0) {
            return;
          }
          for (int i = 1; i < seq.size(); i++) {
            double from = seq.getX(i - 1);
            double to = seq.getX(i);
            if (Math.abs(to - from) > 180) {
              found[0] = offset + i - 1;
              lons[0] = from;
              lons[1] = to;
              return;
            }
          }
        });
    if (found[0] >= 0 && !(g instanceof Point)) {
      out.add(
          Finding.warning(
              FindingCodes.ANTIMERIDIAN_NOT_SPLIT,
              where.atVertex(found[0], null),
              String.format(
                  Locale.ROOT,
                  "the segment from lon %s to lon %s spans more than 180° of longitude: if it"
                      + " crosses the antimeridian, RFC 7946 §3.1.9 wants the geometry cut in"
                      + " two there",
                  lons[0],
                  lons[1])));
    }
  }
}
