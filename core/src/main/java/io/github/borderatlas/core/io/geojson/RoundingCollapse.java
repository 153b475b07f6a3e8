package io.github.borderatlas.core.io.geojson;

import java.util.Optional;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds the part of a geometry that degenerates when its coordinates are rounded to the output
 * decimals as {@link GeoJsonWriter} rounds them (half-up, {@link FixedDecimal}): a line whose
 * positions all merge into one, or a polygon ring whose area becomes zero (decided exactly, {@link
 * WrittenWinding}). Such output is still written, but it is no longer a valid geometry; {@code
 * convert} warns about it (or refuses it with {@code --strict}). Reads coordinate sequences in
 * place. Thread-safe: stateless.
 */
public final class RoundingCollapse {

  private RoundingCollapse() {}

  /**
   * The first part of {@code g} that degenerates at {@code decimals}, described for people (e.g.
   * {@code "ring 0 of polygon 1 has zero area at 2 decimals"}), or empty when none does.
   *
   * @param g a lon/lat geometry, or {@code null}
   * @param decimals output decimals, 0..15
   */
  public static Optional<String> describe(Geometry g, int decimals) {
    if (g == null || g.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(find(g, decimals, new int[2]));
  }

  /** counters: [0] lines seen, [1] polygons seen (for part numbers). */
  private static String find(Geometry g, int decimals, int[] counters) {
    if (g instanceof Polygon p) {
      int polygon = counters[1]++;
      for (int r = 0; r <= p.getNumInteriorRing(); r++) {
        LinearRing ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
        if (!ring.isEmpty() && WrittenWinding.sign(ring.getCoordinateSequence(), decimals) == 0) {
          return (r == 0 ? "exterior ring" : "hole " + (r - 1))
              + " of polygon "
              + polygon
              + " has zero area once rounded to "
              + decimals
              + " decimals";
        }
      }
      return null;
    }
    if (g instanceof LineString l) {
      int line = counters[0]++;
      CoordinateSequence seq = l.getCoordinateSequence();
      if (seq.size() >= 2 && allMerge(seq, decimals)) {
        return "line "
            + line
            + ": its "
            + seq.size()
            + " positions merge into one once rounded to "
            + decimals
            + " decimals";
      }
      return null;
    }
    if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        String found = find(g.getGeometryN(i), decimals, counters);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean allMerge(CoordinateSequence seq, int decimals) {
    long x0 = WrittenWinding.scaled(seq.getX(0), decimals);
    long y0 = WrittenWinding.scaled(seq.getY(0), decimals);
    for (int i = 1; i < seq.size(); i++) {
      if (WrittenWinding.scaled(seq.getX(i), decimals) != x0
          || WrittenWinding.scaled(seq.getY(i), decimals) != y0) {
        return false;
      }
    }
    return true;
  }
}
