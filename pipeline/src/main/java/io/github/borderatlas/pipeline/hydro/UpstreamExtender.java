package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Extends a downstream-oriented river line upstream through the merged WDBII network towards a
 * published source. {@link LevelMerger} joins pieces only where exactly two ends of one level meet,
 * so a merged line stops at every confluence, and WDBII's pieces at a confluence may end a few
 * hundred metres apart rather than on one node.
 *
 * <p>From the line's upstream end, every merged line (any level) with an end within {@link #SNAP_M}
 * of it is a branch; each branch is followed upstream the same way, every merged line used at most
 * once. Of all the paths found, the one whose upstream end lies nearest the source is kept (the
 * branch "leading toward" the source at each confluence); it is kept only when its end is nearer
 * the source than the line's own start. The pieces are joined end to end, with a straight step
 * across any gap at a confluence. Ties go to the earlier line in input order, so the result is
 * deterministic. Stateless and thread-safe.
 */
public final class UpstreamExtender {

  /** The farthest apart two ends may be and still count as meeting at a confluence, metres. */
  public static final double SNAP_M = 500;

  private UpstreamExtender() {}

  /**
   * The line extended upstream towards {@code source}.
   *
   * @param river downstream-oriented river line, lon/lat (not mutated)
   * @param network merged WDBII lines, lon/lat
   * @param own the merged line the river was picked from, never used as a branch
   * @param source the published source, lon/lat
   */
  public static Extension extend(
      LineString river,
      List<LeveledLine> network,
      LeveledLine own,
      Coordinate source,
      GeometryFactory factory) {
    Set<LeveledLine> used = Collections.newSetFromMap(new IdentityHashMap<>());
    used.add(own);
    Path best = search(river.getCoordinateN(0), network, used, source);
    if (best.lines.isEmpty()) {
      return new Extension(river, List.of(), 0, best.endDistance);
    }
    List<Coordinate> coords = new ArrayList<>();
    double maxGap = 0;
    List<LineString> pieces = new ArrayList<>();
    for (LeveledLine l : best.lines) {
      pieces.add(l.line());
    }
    pieces.add(river);
    for (LineString piece : pieces) {
      for (Coordinate c : piece.getCoordinates()) {
        if (!coords.isEmpty() && coords.get(coords.size() - 1).equals2D(c)) {
          continue;
        }
        coords.add(new Coordinate(c.x, c.y));
      }
    }
    for (int i = 0; i < pieces.size() - 1; i++) {
      Coordinate a = pieces.get(i).getCoordinateN(pieces.get(i).getNumPoints() - 1);
      Coordinate b = pieces.get(i + 1).getCoordinateN(0);
      maxGap = Math.max(maxGap, GeodesicMeasure.WGS84.distanceMetres(a, b));
    }
    return new Extension(
        factory.createLineString(coords.toArray(Coordinate[]::new)),
        List.copyOf(best.lines),
        maxGap,
        best.endDistance);
  }

  /** The best path above {@code at}: lines oriented downstream, upstream first. */
  private static Path search(
      Coordinate at, List<LeveledLine> network, Set<LeveledLine> used, Coordinate source) {
    Path best = new Path(List.of(), GeodesicMeasure.WGS84.distanceMetres(at, source));
    for (LeveledLine l : network) {
      if (used.contains(l) || l.line().getNumPoints() < 2 || l.line().getLength() == 0) {
        continue;
      }
      LineString line = l.line();
      Coordinate first = line.getCoordinateN(0);
      Coordinate last = line.getCoordinateN(line.getNumPoints() - 1);
      double toFirst = GeodesicMeasure.WGS84.distanceMetres(first, at);
      double toLast = GeodesicMeasure.WGS84.distanceMetres(last, at);
      if (Math.min(toFirst, toLast) > SNAP_M) {
        continue;
      }
      // the end at the confluence is the branch's downstream end
      LineString oriented = toLast <= toFirst ? line : line.reverse();
      used.add(l);
      Path above = search(oriented.getCoordinateN(0), network, used, source);
      used.remove(l);
      if (above.endDistance < best.endDistance) {
        List<LeveledLine> lines = new ArrayList<>(above.lines);
        lines.add(new LeveledLine(l.level(), oriented));
        best = new Path(List.copyOf(lines), above.endDistance);
      }
    }
    return best;
  }

  private record Path(List<LeveledLine> lines, double endDistance) {}

  /**
   * An extended line.
   *
   * @param line the whole line, downstream-oriented; the input line when nothing was added
   * @param added the merged lines added above the old start, downstream-oriented, upstream first
   * @param maxGapMetres the widest straight step across a confluence, metres
   * @param startToSourceMetres geodesic distance from the new start to the source, metres
   */
  public record Extension(
      LineString line, List<LeveledLine> added, double maxGapMetres, double startToSourceMetres) {

    /** The levels (WDBII classes) of the added lines, ascending, without repeats. */
    public List<Integer> addedLevels() {
      return added.stream().map(LeveledLine::level).distinct().sorted().toList();
    }
  }
}
