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
 * Where each river of an atlas crosses the border, how far each crossing is along the border and
 * along the river, and whether the river flows from China into Kazakhstan.
 *
 * <p><b>Algorithms.</b> Crossing points are the JTS intersection of the river and border lines in
 * lon/lat (at this scale the difference from a geodesic intersection is centimetres); a stretch
 * that the river shares with the border counts as one crossing at the stretch's start. Chainages
 * and lengths are geodesic ({@link GeodesicLineIndex}, WGS84; Karney 2013, <a
 * href="https://doi.org/10.1007/s00190-012-0578-z">doi:10.1007/s00190-012-0578-z</a>): the upstream
 * length runs from the river's first vertex to the crossing, the downstream length from the
 * crossing to its last vertex (rivers are digitised downstream). Crossings closer than 1 m along
 * the river are merged.
 *
 * <p>The side of each crossing's upstream and downstream course is judged by {@link SideLocator} at
 * a sample point {@value #SAMPLE_METRES} m up- and downstream of the crossing (or half way to the
 * neighbouring crossing or river end, if closer), far enough to clear the few kilometres by which
 * river and border sources disagree. The river's {@link FlowDirection} compares the side upstream
 * of its first crossing with the side downstream of its last.
 *
 * <p><b>Limitations.</b> The atlas is taken as given: call it on {@code atlas.asOf(date)} for one
 * date. A river whose geometry has non-finite coordinates is listed with no crossings and {@link
 * FlowDirection#UNDETERMINED}. A multi-line river is read as its parts in order.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 *
 * <pre>{@code
 * RiverCrossings rc = RiverCrossings.of(atlas);
 * RiverCrossing ili = rc.river("river.ili").orElseThrow();
 * double kmInChina = ili.firstCrossing().orElseThrow().upstreamLength() / 1000;
 * }</pre>
 */
public final class RiverCrossings {

  /** Distance up- and downstream of a crossing at which the side is sampled, metres. */
  public static final double SAMPLE_METRES = 10_000;

  private static final double MERGE_METRES = 1;

  private final List<RiverCrossing> rivers;

  private RiverCrossings(List<RiverCrossing> rivers) {
    this.rivers = List.copyOf(rivers);
  }

  /**
   * The crossings of every river of the atlas with its border, in the atlas' river order; an empty
   * result when the atlas has no border.
   */
  public static RiverCrossings of(Atlas atlas) {
    Objects.requireNonNull(atlas, "atlas");
    Optional<Border> border = atlas.border();
    if (border.isEmpty() || border.get().line().getNumPoints() < 2) {
      return new RiverCrossings(List.of());
    }
    GeodesicLineIndex borderIndex;
    try {
      borderIndex = new GeodesicLineIndex(border.get().line());
    } catch (IllegalArgumentException e) { // non-finite border coordinates: nothing to measure
      return new RiverCrossings(List.of());
    }
    SideLocator sides = SideLocator.of(atlas);
    List<RiverCrossing> result = new ArrayList<>();
    for (River river : atlas.rivers()) {
      result.add(analyse(river, border.get().line(), borderIndex, sides));
    }
    return new RiverCrossings(result);
  }

  /**
   * The crossings of one river with a border line.
   *
   * @param river the river, digitised downstream
   * @param borderLine the border line, north to south
   * @param borderIndex a geodesic index of {@code borderLine}
   * @param sides the side locator for this border
   */
  public static RiverCrossing analyse(
      River river, LineString borderLine, GeodesicLineIndex borderIndex, SideLocator sides) {
    GeodesicLineIndex riverIndex;
    try {
      riverIndex = new GeodesicLineIndex(river.geometry());
    } catch (IllegalArgumentException e) {
      return new RiverCrossing(
          river.id(),
          river.name(),
          river.transboundary(),
          0,
          List.of(),
          FlowDirection.UNDETERMINED);
    }
    List<double[]> found = new ArrayList<>(); // {lon, lat, upstream chainage}
    for (Coordinate c : crossingPoints(borderLine, river.geometry())) {
      found.add(new double[] {c.x, c.y, riverIndex.chainage(c.x, c.y)});
    }
    found.sort(Comparator.comparingDouble(a -> a[2]));
    List<double[]> merged = new ArrayList<>();
    for (double[] f : found) {
      if (merged.isEmpty() || f[2] - merged.get(merged.size() - 1)[2] > MERGE_METRES) {
        merged.add(f);
      }
    }
    double length = riverIndex.length();
    List<Crossing> crossings = new ArrayList<>();
    for (int k = 0; k < merged.size(); k++) {
      double[] f = merged.get(k);
      double s = f[2];
      double before = k == 0 ? 0 : merged.get(k - 1)[2];
      double after = k == merged.size() - 1 ? length : merged.get(k + 1)[2];
      Side from = sideAt(riverIndex, sides, Math.max(s - SAMPLE_METRES, (before + s) / 2), s);
      Side to = sideAt(riverIndex, sides, Math.min(s + SAMPLE_METRES, (s + after) / 2), s);
      LinePosition onBorder = borderIndex.locate(f[0], f[1]);
      crossings.add(
          new Crossing(f[0], f[1], onBorder.chainage(), s, Math.max(0, length - s), from, to));
    }
    return new RiverCrossing(
        river.id(), river.name(), river.transboundary(), length, crossings, direction(crossings));
  }

  /** Every river's result, in the atlas' river order. */
  public List<RiverCrossing> rivers() {
    return rivers;
  }

  /** The result for one river id. */
  public Optional<RiverCrossing> river(String id) {
    return rivers.stream().filter(r -> r.riverId().equals(id)).findFirst();
  }

  private static Side sideAt(GeodesicLineIndex river, SideLocator sides, double s, double at) {
    if (Math.abs(s - at) < MERGE_METRES) {
      return Side.UNKNOWN; // the crossing is at the river's end: nothing on that side
    }
    Coordinate p = river.pointAt(s);
    return sides.sideOf(p.x, p.y);
  }

  private static FlowDirection direction(List<Crossing> crossings) {
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
}
