package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.pipeline.gmt.GmtSegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Joins the pieces GMT cut at its bin edges back into whole lines, per level: the segments of each
 * level are merged separately with JTS {@link LineMerger}, which joins lines at nodes where exactly
 * two ends meet (GMT's cut ends coincide exactly, so no snapping is needed). A merged line keeps
 * the direction of most of its pieces; a closed shoreline comes out as a closed line.
 *
 * <p>The result is deterministic for a given input order. Stateless and thread-safe.
 */
public final class LevelMerger {

  private LevelMerger() {}

  /** The merged lines of every level, levels in ascending order. */
  public static Map<Integer, List<LineString>> mergeByLevel(List<GmtSegment> segments) {
    Map<Integer, List<LineString>> byLevel = new TreeMap<>();
    for (GmtSegment s : segments) {
      byLevel.computeIfAbsent(s.level(), k -> new ArrayList<>()).add(s.line());
    }
    Map<Integer, List<LineString>> merged = new TreeMap<>();
    byLevel.forEach((level, lines) -> merged.put(level, merge(lines)));
    return Collections.unmodifiableMap(merged);
  }

  /** Merges lines regardless of level. */
  public static List<LineString> merge(List<LineString> lines) {
    LineMerger m = new LineMerger();
    m.add(lines);
    List<LineString> out = new ArrayList<>();
    for (Object o : m.getMergedLineStrings()) {
      out.add((LineString) o);
    }
    return List.copyOf(out);
  }

  /** All merged lines with their level, as {@link LeveledLine}s, levels ascending. */
  public static List<LeveledLine> mergeAll(List<GmtSegment> segments) {
    List<LeveledLine> out = new ArrayList<>();
    mergeByLevel(segments)
        .forEach((level, lines) -> lines.forEach(l -> out.add(new LeveledLine(level, l))));
    return List.copyOf(out);
  }

  /**
   * A merged line and the level (WDBII class or GSHHG level) of its pieces.
   *
   * @param level the level
   * @param line the merged line, lon/lat; must not be mutated
   */
  public record LeveledLine(int level, LineString line) {}
}
