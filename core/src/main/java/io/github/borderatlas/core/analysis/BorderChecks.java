package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.geodesy.LinePosition;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Checks of the border line and its segments: direction, segment end points on the line, stated
 * against measured chainage, gaps and overlaps between consecutive segments and coverage of the
 * whole line. When segments have different periods of validity, the sequence checks run for each
 * period in which some segment is valid, and a finding found in several periods is reported once.
 * Package-private helper of {@link AtlasValidator}; not thread-safe (one instance per run).
 */
final class BorderChecks {

  private final double tolerance;
  private final List<Finding> out;

  BorderChecks(double toleranceMetres, List<Finding> out) {
    this.tolerance = toleranceMetres;
    this.out = out;
  }

  void check(Border border) {
    LineString line = border.line();
    FindingLocation where = FindingLocation.feature(border.id());
    if (line.getNumPoints() >= 2) {
      Coordinate first = line.getCoordinateN(0);
      Coordinate last = line.getCoordinateN(line.getNumPoints() - 1);
      if (first.y < last.y) {
        out.add(
            Finding.warning(
                FindingCodes.BORDER_DIRECTION,
                where.atVertex(0, first),
                "the line should run north to south (Russia tripoint to Khan Tengri), but its first"
                    + " vertex is south of its last"));
      }
    }
    GeodesicLineIndex index;
    try {
      index = new GeodesicLineIndex(line);
    } catch (IllegalArgumentException e) { // bad coordinates: reported by GeometryChecks
      return;
    }
    if (border.segments().isEmpty()) {
      out.add(
          Finding.error(FindingCodes.SEGMENTS_NOT_COVERING, where, "the border has no segments"));
      return;
    }
    for (BorderSegment s : border.segments()) {
      checkOnLine(s, index);
    }
    Map<String, Finding> sequence = new LinkedHashMap<>();
    if (allAlways(border.segments())) {
      checkSequence(border, border.segments(), index.lengthMetres(), "", sequence);
    } else {
      for (LocalDate date : epochs(border.segments())) {
        if (Atlas.existsOn(border, date)) {
          List<BorderSegment> valid =
              border.segments().stream().filter(s -> Atlas.existsOn(s, date)).toList();
          checkSequence(
              border, valid, index.lengthMetres(), " (segments valid on " + date + ")", sequence);
        }
      }
    }
    out.addAll(sequence.values());
  }

  /** The segment's end vertices lie on the line, at the stated chainages. */
  private void checkOnLine(BorderSegment s, GeodesicLineIndex index) {
    LineString g = s.geometry();
    if (g.getNumPoints() < 2 || !finite(g)) {
      return;
    }
    FindingLocation where = FindingLocation.feature(s.id());
    int lastVertex = g.getNumPoints() - 1;
    LinePosition start = index.locate(g.getCoordinateN(0));
    LinePosition end = index.locate(g.getCoordinateN(lastVertex));
    boolean onLine = true;
    for (int k = 0; k < 2; k++) {
      LinePosition p = k == 0 ? start : end;
      int vertex = k == 0 ? 0 : lastVertex;
      if (p.distanceMetres() > tolerance) {
        onLine = false;
        out.add(
            Finding.error(
                FindingCodes.SEGMENT_OFF_BORDER,
                where.atVertex(vertex, g.getCoordinateN(vertex)),
                String.format(
                    Locale.ROOT,
                    "%s vertex is %.1f m from the border line",
                    k == 0 ? "first" : "last",
                    p.distanceMetres())));
      }
    }
    if (!onLine) {
      return;
    }
    double length = GeodesicMeasure.lengthMetres(g);
    if (Math.abs(start.chainageMetres() - s.startChainageMetres()) > tolerance
        || Math.abs(end.chainageMetres() - s.endChainageMetres()) > tolerance
        || Math.abs(length - s.lengthMetres()) > tolerance) {
      out.add(
          Finding.warning(
              FindingCodes.SEGMENT_CHAINAGE,
              where,
              String.format(
                  Locale.ROOT,
                  "stated chainage %.1f..%.1f m (%.1f m long); on the border it lies at %.1f..%.1f"
                      + " m and is %.1f m long",
                  s.startChainageMetres(),
                  s.endChainageMetres(),
                  s.lengthMetres(),
                  start.chainageMetres(),
                  end.chainageMetres(),
                  length)));
    }
  }

  private void checkSequence(
      Border border,
      List<BorderSegment> segments,
      double length,
      String when,
      Map<String, Finding> found) {
    if (segments.isEmpty()) {
      return;
    }
    BorderSegment first = segments.get(0);
    if (first.startChainageMetres() > tolerance) {
      add(
          found,
          Finding.error(
              FindingCodes.SEGMENTS_NOT_COVERING,
              FindingLocation.feature(first.id()),
              String.format(
                  Locale.ROOT,
                  "the first segment starts at %.1f m, not at 0%s",
                  first.startChainageMetres(),
                  when)));
    }
    BorderSegment last = segments.get(segments.size() - 1);
    if (Math.abs(last.endChainageMetres() - length) > tolerance) {
      add(
          found,
          Finding.error(
              FindingCodes.SEGMENTS_NOT_COVERING,
              FindingLocation.feature(last.id()),
              String.format(
                  Locale.ROOT,
                  "the last segment ends at %.1f m but the border %s is %.1f m long%s",
                  last.endChainageMetres(),
                  border.id(),
                  length,
                  when)));
    }
    for (int i = 1; i < segments.size(); i++) {
      BorderSegment prev = segments.get(i - 1);
      BorderSegment cur = segments.get(i);
      FindingLocation where = FindingLocation.feature(cur.id());
      double gap = cur.startChainageMetres() - prev.endChainageMetres();
      if (gap > tolerance) {
        add(
            found,
            Finding.error(
                FindingCodes.SEGMENT_GAP,
                where,
                String.format(
                    Locale.ROOT,
                    "%.1f m of chainage between %s (ends %.1f m) and this"
                        + " segment (starts %.1f m)%s",
                    gap,
                    prev.id(),
                    prev.endChainageMetres(),
                    cur.startChainageMetres(),
                    when)));
      } else if (gap < -tolerance) {
        add(
            found,
            Finding.error(
                FindingCodes.SEGMENT_OVERLAP,
                where,
                String.format(
                    Locale.ROOT,
                    "overlaps %s by %.1f m of chainage (it ends at %.1f m,"
                        + " this segment starts at %.1f m)%s",
                    prev.id(),
                    -gap,
                    prev.endChainageMetres(),
                    cur.startChainageMetres(),
                    when)));
      }
      if (prev.geometry().isEmpty()
          || cur.geometry().isEmpty()
          || !finite(prev.geometry())
          || !finite(cur.geometry())) {
        continue;
      }
      Coordinate end = prev.geometry().getCoordinateN(prev.geometry().getNumPoints() - 1);
      Coordinate start = cur.geometry().getCoordinateN(0);
      double apart = GeodesicMeasure.WGS84.distanceMetres(end, start);
      if (apart > tolerance) {
        add(
            found,
            Finding.error(
                FindingCodes.SEGMENT_GAP,
                where.atVertex(0, start),
                String.format(
                    Locale.ROOT,
                    "first vertex is %.1f m from the last vertex of %s%s",
                    apart,
                    prev.id(),
                    when)));
      }
    }
  }

  private static void add(Map<String, Finding> found, Finding f) {
    found.putIfAbsent(f.code() + "|" + f.location().featureId() + "|" + f.message(), f);
  }

  /** One date in each period in which the set of valid segments can differ. */
  private static List<LocalDate> epochs(List<BorderSegment> segments) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (BorderSegment s : segments) {
      s.validity().from().ifPresent(dates::add);
      s.validity().to().ifPresent(dates::add);
    }
    List<LocalDate> epochs = new ArrayList<>();
    epochs.add(dates.first().minusDays(1)); // before the first change
    epochs.addAll(dates);
    return epochs;
  }

  private static boolean allAlways(List<BorderSegment> segments) {
    return segments.stream().allMatch(s -> s.validity().equals(Validity.ALWAYS));
  }

  private static boolean finite(LineString g) {
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.y < -90 || c.y > 90) {
        return false;
      }
    }
    return true;
  }
}
