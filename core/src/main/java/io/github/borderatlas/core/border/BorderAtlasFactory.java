package io.github.borderatlas.core.border;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Validity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Turns an extracted {@link SharedBorder} into an {@link Atlas} of the project's schema, so that
 * {@code stats}, {@code render} and the viewer open it like the bundled one:
 *
 * <ul>
 *   <li>the {@code border} feature is the longest part (an atlas border is one line);
 *   <li>every part is a {@code land} border segment; chainage (metres, geodesic) runs along the
 *       parts in order, longest first, so the first segment is the border line itself and the sum
 *       of the segments is the whole boundary;
 *   <li>tripoints are places of kind {@code tripoint};
 *   <li>the two countries are context outlines, simplified by {@link #SIMPLIFY_DEGREES};
 *   <li>rivers are kept as given (oriented as digitised, taken as downstream).
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class BorderAtlasFactory {

  /**
   * Simplification of the context outlines, degrees (about 100 m); the border is not simplified.
   */
  public static final double SIMPLIFY_DEGREES = 0.001;

  private BorderAtlasFactory() {}

  /**
   * The atlas.
   *
   * @param border the extracted border, at least one part
   * @param countries outlines of the two countries by key (any others are ignored)
   * @param rivers rivers to include
   * @param provenance source and licence of the country file
   * @param validity when the extracted line applies (e.g. from the file's date), or always
   * @param bridgeMetres the bridge used, for the segments' evidence
   * @throws IllegalArgumentException when the border has no part
   */
  public static Atlas atlas(
      SharedBorder border,
      Map<String, Geometry> countries,
      List<River> rivers,
      Provenance provenance,
      Validity validity,
      double toleranceMetres,
      double bridgeMetres) {
    if (border.isEmpty()) {
      throw new IllegalArgumentException(
          border.firstKey() + " and " + border.secondKey() + " share no boundary in the file");
    }
    String a = border.firstKey();
    String b = border.secondKey();
    List<BorderSegment> segments = new ArrayList<>();
    double chainage = 0;
    int n = 0;
    for (BorderPart p : border.parts()) {
      n++;
      String evidence =
          String.format(
              Locale.ROOT,
              "%s's outline where %s's lies within %.0f m (stretches up to %.0f m apart bridged); "
                  + "outlines up to %.1f m apart here, %.1f m on average",
              a,
              b,
              toleranceMetres,
              bridgeMetres,
              p.maxOffsetMetres(),
              p.meanOffsetMetres());
      segments.add(
          new BorderSegment(
              String.format(Locale.ROOT, "border.segment.%02d", n),
              SegmentKind.LAND,
              String.format(
                  Locale.ROOT,
                  "Part %d%s (%.1f km)",
                  n,
                  p.closed() ? ", closed" : "",
                  p.lengthMetres() / 1000),
              null,
              p.line(),
              chainage,
              chainage + p.lengthMetres(),
              evidence,
              provenance,
              validity));
      chainage += p.lengthMetres();
    }
    Atlas.Builder atlas =
        Atlas.builder()
            .border(
                new Border(
                    "border",
                    a + "–" + b + " border",
                    border.parts().get(0).line(),
                    segments,
                    provenance,
                    validity));
    for (Place p : tripoints(border, provenance, validity, toleranceMetres)) {
      atlas.place(p);
    }
    for (String key : List.of(a, b)) {
      Geometry g = countries.get(key);
      if (g instanceof Polygonal) {
        Geometry simple = TopologyPreservingSimplifier.simplify(g, SIMPLIFY_DEGREES);
        if (simple instanceof Polygonal && !simple.isEmpty()) {
          atlas.country(
              new Country("country." + key, Names.english(key), key, simple, provenance, validity));
        }
      }
    }
    rivers.forEach(atlas::river);
    return atlas.build();
  }

  private static List<Place> tripoints(
      SharedBorder border, Provenance provenance, Validity validity, double toleranceMetres) {
    List<Place> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Tripoint t : border.tripoints()) {
      String name = border.firstKey() + "–" + border.secondKey() + "–" + t.thirdKey();
      int k = seen.merge(name, 1, Integer::sum);
      String id = "tripoint." + name.replace('–', '-') + (k > 1 ? "." + k : "");
      out.add(
          new Place(
              id,
              PlaceKind.TRIPOINT,
              Names.english(name + " tripoint" + (k > 1 ? " (" + k + ")" : "")),
              null,
              null,
              Geometries.FACTORY.createPoint(new Coordinate(t.longitude(), t.latitude())),
              new PositionAccuracy(
                  Math.max(2 * toleranceMetres, t.distanceMetres()),
                  "end of the shared outline, within twice the tolerance of the third outline"),
              null,
              null,
              provenance,
              validity));
    }
    return out;
  }
}
