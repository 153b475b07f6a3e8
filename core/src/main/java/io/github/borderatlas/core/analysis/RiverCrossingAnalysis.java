package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.LinePosition;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.River;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Where each river of an atlas crosses the border, where it runs along the border instead, how far
 * each crossing is along the border and along the river, and whether the river flows from China
 * into Kazakhstan.
 *
 * <p><b>Algorithms.</b> Stretches along the border come first: where the river stays within {@value
 * #FOLLOW_TOLERANCE_METRES} m of the border line for at least {@value #FOLLOW_MIN_METRES} m (a
 * boundary river such as the Khorgos, whose atlas line is the border's own Khorgos segment) it
 * follows the border, and the many points where the two lines touch or wiggle across each other
 * there are not crossings (see {@code AlongBorderFinder}; the ends of a stretch are located to
 * within {@value #FOLLOW_TOLERANCE_METRES} m). CrossingPoint points are the JTS intersection of the
 * river and border lines in lon/lat (at this scale the difference from a geodesic intersection is
 * centimetres), less those inside a stretch. A stretch that takes the river from one side to the
 * other counts as one crossing at its upstream end. Chainages and lengths are geodesic ({@link
 * GeodesicLineIndex}, WGS84; Karney 2013, <a
 * href="https://doi.org/10.1007/s00190-012-0578-z">doi:10.1007/s00190-012-0578-z</a>): the upstream
 * length runs from the river's first vertex to the crossing, the downstream length from the
 * crossing to its last vertex (rivers are digitised downstream). Crossings closer than 1 m along
 * the river are merged.
 *
 * <p>The side of the river's course up- and downstream of each crossing or stretch is judged by
 * {@link SideLocator} at a sample point {@value #SAMPLE_METRES} m away (or half way to the
 * neighbouring crossing, stretch or river end, if closer), far enough to clear the few kilometres
 * by which river and border sources disagree. The river's {@link FlowDirection} compares the side
 * upstream of its first crossing with the side downstream of its last; a river that only runs along
 * the border has {@link FlowDirection#NO_CROSSING}.
 *
 * <p><b>Limitations.</b> The atlas is taken as given: call it on {@code atlas.asOf(date)} for one
 * date. A river whose geometry has non-finite coordinates is listed with no crossings and {@link
 * FlowDirection#UNDETERMINED}. A multi-line river is read as its parts in order. Two sources' lines
 * of the same boundary river that lie further apart than the tolerance (WDBII's Tekes is a few
 * hundred metres from the OSM border) still cross each other where they wiggle.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 *
 * <pre>{@code
 * RiverCrossingAnalysis rc = RiverCrossingAnalysis.of(atlas);
 * RiverAtBorder ili = rc.river("river.ili").orElseThrow();
 * double kmInChina = ili.firstCrossing().orElseThrow().upstreamLengthMetres() / 1000;
 * double kmAlong = rc.river("river.khorgos").orElseThrow().lengthAlongBorderMetres() / 1000;
 * }</pre>
 */
public final class RiverCrossingAnalysis {

  /** Distance up- and downstream of a crossing at which the side is sampled, metres. */
  public static final double SAMPLE_METRES = 10_000;

  /** Largest distance from the border line of a river that follows it, metres. */
  public static final double FOLLOW_TOLERANCE_METRES = 50;

  /** Shortest stretch along the border reported as following it, metres. */
  public static final double FOLLOW_MIN_METRES = 1_000;

  private static final double MERGE_METRES = 1;

  private final List<RiverAtBorder> rivers;

  private RiverCrossingAnalysis(List<RiverAtBorder> rivers) {
    this.rivers = List.copyOf(rivers);
  }

  /**
   * The crossings of every river of the atlas with its border, in the atlas' river order; an empty
   * result when the atlas has no border.
   */
  public static RiverCrossingAnalysis of(Atlas atlas) {
    Objects.requireNonNull(atlas, "atlas");
    Optional<Border> border = atlas.border();
    if (border.isEmpty() || border.get().line().getNumPoints() < 2) {
      return new RiverCrossingAnalysis(List.of());
    }
    GeodesicLineIndex borderIndex;
    try {
      borderIndex = new GeodesicLineIndex(border.get().line());
    } catch (IllegalArgumentException e) { // non-finite border coordinates: nothing to measure
      return new RiverCrossingAnalysis(List.of());
    }
    SideLocator sides = SideLocator.of(atlas);
    AlongBorderFinder along = finder(border.get().line());
    List<RiverAtBorder> result = new ArrayList<>();
    for (River river : atlas.rivers()) {
      result.add(analyse(river, border.get().line(), borderIndex, sides, along));
    }
    return new RiverCrossingAnalysis(result);
  }

  /**
   * The crossings of one river with a border line.
   *
   * @param river the river, digitised downstream
   * @param borderLine the border line, north to south
   * @param borderIndex a geodesic index of {@code borderLine}
   * @param sides the side locator for this border
   */
  public static RiverAtBorder analyse(
      River river, LineString borderLine, GeodesicLineIndex borderIndex, SideLocator sides) {
    return analyse(river, borderLine, borderIndex, sides, finder(borderLine));
  }

  private static AlongBorderFinder finder(LineString borderLine) {
    return new AlongBorderFinder(borderLine, FOLLOW_TOLERANCE_METRES, FOLLOW_MIN_METRES);
  }

  private static RiverAtBorder analyse(
      River river,
      LineString borderLine,
      GeodesicLineIndex borderIndex,
      SideLocator sides,
      AlongBorderFinder along) {
    GeodesicLineIndex riverIndex;
    try {
      riverIndex = new GeodesicLineIndex(river.geometry());
    } catch (IllegalArgumentException e) {
      return new RiverAtBorder(
          river.id(),
          river.name(),
          river.transboundary(),
          0,
          List.of(),
          FlowDirection.UNDETERMINED);
    }
    List<AlongBorderFinder.ChainageRange> stretches = along.stretches(river.geometry(), riverIndex);
    List<Event> events = new ArrayList<>();
    for (AlongBorderFinder.ChainageRange st : stretches) {
      events.add(new Event(st.fromMetres(), st.toMetres(), true, Double.NaN, Double.NaN));
    }
    List<Event> found = new ArrayList<>();
    for (Coordinate c : crossingPoints(borderLine, river.geometry())) {
      double s = riverIndex.chainageMetres(c.x, c.y);
      if (!inside(s, stretches, along.step())) {
        found.add(new Event(s, s, false, c.x, c.y));
      }
    }
    found.sort(Comparator.comparingDouble(Event::fromMetres));
    double lastKept = Double.NEGATIVE_INFINITY;
    for (Event f : found) {
      if (f.fromMetres() - lastKept > MERGE_METRES) {
        events.add(f);
        lastKept = f.fromMetres();
      }
    }
    events.sort(Comparator.comparingDouble(Event::fromMetres));
    double length = riverIndex.lengthMetres();
    List<CrossingPoint> crossings = new ArrayList<>();
    List<BorderStretch> alongBorder = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      double before = k == 0 ? 0 : events.get(k - 1).toMetres();
      double after = k == events.size() - 1 ? length : events.get(k + 1).fromMetres();
      double up = Math.max(e.fromMetres() - SAMPLE_METRES, (before + e.fromMetres()) / 2);
      double down = Math.min(e.toMetres() + SAMPLE_METRES, (e.toMetres() + after) / 2);
      Side from = sideAt(riverIndex, sides, up, e.fromMetres());
      Side to = sideAt(riverIndex, sides, down, e.toMetres());
      if (!e.stretch()) {
        LinePosition onBorder = borderIndex.locate(e.lon(), e.lat());
        crossings.add(
            new CrossingPoint(
                e.lon(),
                e.lat(),
                onBorder.chainageMetres(),
                e.fromMetres(),
                Math.max(0, length - e.fromMetres()),
                from,
                to));
        continue;
      }
      Coordinate start = riverIndex.pointAt(e.fromMetres());
      Coordinate end = riverIndex.pointAt(e.toMetres());
      BorderStretch stretch =
          new BorderStretch(
              e.fromMetres(),
              e.toMetres(),
              borderIndex.chainageMetres(start.x, start.y),
              borderIndex.chainageMetres(end.x, end.y),
              from,
              to);
      alongBorder.add(stretch);
      if (stretch.crossesOver()) {
        crossings.add(
            new CrossingPoint(
                start.x,
                start.y,
                stretch.borderFromMetres(),
                e.fromMetres(),
                Math.max(0, length - e.fromMetres()),
                from,
                to));
      }
    }
    return new RiverAtBorder(
        river.id(),
        river.name(),
        river.transboundary(),
        length,
        crossings,
        direction(crossings),
        alongBorder);
  }

  /** Every river's result, in the atlas' river order. */
  public List<RiverAtBorder> rivers() {
    return rivers;
  }

  /** The result for one river id. */
  public Optional<RiverAtBorder> river(String id) {
    return rivers.stream().filter(r -> r.riverId().equals(id)).findFirst();
  }

  /** True when chainage {@code s} lies in a stretch, widened by the stretches' resolution. */
  private static boolean inside(
      double s, List<AlongBorderFinder.ChainageRange> stretches, double margin) {
    for (AlongBorderFinder.ChainageRange st : stretches) {
      if (s >= st.fromMetres() - margin && s <= st.toMetres() + margin) {
        return true;
      }
    }
    return false;
  }

  private static Side sideAt(GeodesicLineIndex river, SideLocator sides, double s, double at) {
    if (Math.abs(s - at) < MERGE_METRES) {
      return Side.UNKNOWN; // the crossing is at the river's end: nothing on that side
    }
    Coordinate p = river.pointAt(s);
    return sides.sideOf(p.x, p.y);
  }

  private static FlowDirection direction(List<CrossingPoint> crossings) {
    if (crossings.isEmpty()) {
      return FlowDirection.NO_CROSSING;
    }
    Side from = crossings.get(0).fromSide();
    Side to = crossings.get(crossings.size() - 1).toSide();
    if (from == Side.CHINA && to == Side.KAZAKHSTAN) {
      return FlowDirection.CHINA_TO_KAZAKHSTAN;
    }
    if (from == Side.KAZAKHSTAN && to == Side.CHINA) {
      return FlowDirection.KAZAKHSTAN_TO_CHINA;
    }
    return FlowDirection.UNDETERMINED;
  }

  private static List<Coordinate> crossingPoints(LineString border, Geometry river) {
    Geometry x = border.intersection(river);
    List<Coordinate> points = new ArrayList<>();
    for (int i = 0; i < x.getNumGeometries(); i++) {
      Geometry part = x.getGeometryN(i);
      if (part.isEmpty()) {
        continue;
      }
      if (part instanceof Point p) {
        points.add(p.getCoordinate());
      } else {
        points.add(part.getCoordinates()[0]); // shared stretch: its start
      }
    }
    return points;
  }

  /**
   * A place along the river where it meets the border, by river chainage: a stretch along the
   * border ({@code stretch}), or a crossing point at {@code lon}, {@code lat} (degrees) where
   * {@code fromMetres == toMetres}.
   */
  private record Event(
      double fromMetres, double toMetres, boolean stretch, double lon, double lat) {}
}
