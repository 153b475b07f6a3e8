package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.pipeline.PipelineException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Splits the border into contiguous segments of kind RIVER or LAND, covering the whole line, with
 * chainage in metres from its first vertex (the Russian tripoint).
 *
 * <p>Algorithm: (1) each {@link RiverStretch} named by a source is placed by projecting its two
 * anchors onto the line; (2) a {@link WindowProfile} of the line is measured against the WDBII
 * rivers, and runs of windows whose middle lies within {@code proximity} metres of one river (gaps
 * of up to {@code bridge} windows bridged) and at least {@code minRun} metres long are detected. A
 * detected run that overlaps a named stretch only adds its measure to that stretch's evidence; one
 * that overlaps none becomes a RIVER stretch of the river it follows. Everything else is LAND.
 * Stretches are never lengthened to meet a published total.
 *
 * <p>Limitations: the classification can only find what the sources or WDBII show; boundary rivers
 * absent from both (Ak-Kaba, Sumbe, Ulken Ulasty) stay LAND. Not thread-safe (build one per run).
 */
public final class SegmentClassifier {

  private final GeodesicLineIndex line;
  private final WindowProfile profile;
  private final List<Reference> references;
  private final double proximity;
  private final double minRun;
  private final int bridge;
  private final List<String> report = new ArrayList<>();

  /**
   * @param line the border, from the Russian tripoint
   * @param references the WDBII rivers with a display name each
   * @param window window length, metres (e.g. 2000)
   * @param proximity largest distance of a window's middle from a river, metres (e.g. 1000)
   * @param minRun shortest detected run, metres (e.g. 10000)
   * @param bridge windows over the limit allowed inside a run (e.g. 2)
   */
  public SegmentClassifier(
      GeodesicLineIndex line,
      List<Reference> references,
      double window,
      double proximity,
      double minRun,
      int bridge) {
    this.line = line;
    this.references = List.copyOf(references);
    this.proximity = proximity;
    this.minRun = minRun;
    this.bridge = bridge;
    this.profile =
        new WindowProfile(line, window, this.references.stream().map(Reference::line).toList());
  }

  public WindowProfile profile() {
    return profile;
  }

  /** What was found, one line per stretch. */
  public List<String> report() {
    return List.copyOf(report);
  }

  /**
   * The segments, ordered by chainage, contiguous, from 0 to the line's length.
   *
   * @throws PipelineException when two named stretches overlap
   */
  public List<BorderSegment> classify(
      List<RiverStretch> named, Provenance provenance, GeometryFactory factory) {
    List<Interval> stretches = new ArrayList<>();
    for (RiverStretch s : named) {
      double a = line.locate(s.first()).chainageMetres();
      double b = line.locate(s.last()).chainageMetres();
      if (!(a < b)) {
        throw PipelineException.step(
            "segments", s.waterbody() + ": anchors out of order along the border");
      }
      stretches.add(new Interval(a, b, s.waterbody(), new StringBuilder(s.evidence())));
    }
    for (Interval run : detectRuns()) {
      Interval overlapped = null;
      for (Interval s : stretches) {
        if (run.from < s.to && s.from < run.to) {
          overlapped = s;
        }
      }
      if (overlapped != null) {
        overlapped.evidence.append("; ").append(run.evidence);
      } else {
        stretches.add(run);
      }
    }
    stretches.sort(Comparator.comparingDouble(i -> i.from));
    for (int i = 1; i < stretches.size(); i++) {
      if (stretches.get(i).from < stretches.get(i - 1).to) {
        throw PipelineException.step(
            "segments", stretches.get(i).waterbody + " overlaps " + stretches.get(i - 1).waterbody);
      }
    }
    return build(stretches, provenance, factory);
  }

  private List<BorderSegment> build(
      List<Interval> stretches, Provenance provenance, GeometryFactory factory) {
    List<BorderSegment> out = new ArrayList<>();
    double at = 0;
    for (Interval s : stretches) {
      if (s.from > at) {
        out.add(land(out.size() + 1, at, s.from, provenance, factory));
      }
      String measure =
          String.format(
              Locale.ROOT,
              "; 2-km-window sinuosity median %.2f, %.0f %% of windows above 1.5",
              profile.medianSinuosity(s.from, s.to),
              100 * profile.shareAbove(s.from, s.to, 1.5));
      out.add(
          segment(
              out.size() + 1,
              SegmentKind.RIVER,
              s.waterbody + " river stretch",
              s.waterbody,
              s.from,
              s.to,
              s.evidence + measure,
              provenance,
              factory));
      report.add(
          String.format(
              Locale.ROOT,
              "%s: km %.1f–%.1f, %.1f km",
              s.waterbody,
              s.from / 1000,
              s.to / 1000,
              (s.to - s.from) / 1000));
      at = s.to;
    }
    if (at < line.lengthMetres()) {
      out.add(land(out.size() + 1, at, line.lengthMetres(), provenance, factory));
    }
    return out;
  }

  /**
   * A stretch between the located river stretches: land, or water that no source locates. No source
   * calls a located stretch of the line land (the crest lines of points 15–16 and 69–71 are not
   * located on it), and about 282 km of the official water boundary are in these stretches.
   */
  private BorderSegment land(
      int n, double from, double to, Provenance provenance, GeometryFactory factory) {
    String name =
        String.format(
            Locale.ROOT, "Land, or water not located, km %.0f–%.0f", from / 1000, to / 1000);
    String evidence =
        "LAND_OR_UNLOCATED_WATER: no source places a boundary river here and no WDBII "
            + "river runs within "
            + Math.round(proximity)
            + " m of the line for "
            + Math.round(minRun / 1000)
            + " km or more; unattributed water boundary (Ak-Kaba, Sumbe, "
            + "Ulken Ulasty, treaty-line.md §2) may lie in it";
    return segment(
        n,
        SegmentKind.LAND_OR_UNLOCATED_WATER,
        name,
        null,
        from,
        to,
        evidence,
        provenance,
        factory);
  }

  private BorderSegment segment(
      int n,
      SegmentKind kind,
      String name,
      String waterbody,
      double from,
      double to,
      String evidence,
      Provenance provenance,
      GeometryFactory factory) {
    double a = round(from);
    double b = round(to);
    LineString g = line.subLine(from, to, factory);
    return new BorderSegment(
        String.format(Locale.ROOT, "border.segment.%02d", n),
        kind,
        name,
        Optional.ofNullable(waterbody),
        g,
        a,
        b,
        evidence,
        provenance,
        null);
  }

  private static double round(double metres) {
    return Math.round(metres * 10) / 10.0;
  }

  /** Runs of windows near one WDBII river. */
  private List<Interval> detectRuns() {
    List<Interval> runs = new ArrayList<>();
    int w = 0;
    while (w < profile.size()) {
      if (profile.distance(w) > proximity) {
        w++;
        continue;
      }
      int first = w;
      int last = w;
      int misses = 0;
      Map<Integer, Integer> votes = new LinkedHashMap<>();
      List<Double> distances = new ArrayList<>();
      for (int k = w; k < profile.size() && misses <= bridge; k++) {
        if (profile.distance(k) <= proximity) {
          last = k;
          misses = 0;
          votes.merge(profile.nearest(k), 1, Integer::sum);
          distances.add(profile.distance(k));
        } else {
          misses++;
        }
      }
      w = last + 1;
      double from = profile.start(first);
      double to = profile.end(last);
      if (to - from < minRun) {
        continue;
      }
      int ref = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      distances.sort(null);
      double median = distances.get(distances.size() / 2);
      String name = references.get(ref).name();
      String source = BoundaryRivers.SOURCES.get(name);
      String evidence =
          String.format(
              Locale.ROOT,
              "measure: the line lies within %d m of WDBII's %s in %d of %d 2-km windows over "
                  + "km %.1f–%.1f (median %.0f m)",
              Math.round(proximity),
              name,
              distances.size(),
              last - first + 1,
              from / 1000,
              to / 1000,
              median);
      runs.add(
          new Interval(
              from,
              to,
              name,
              new StringBuilder(source == null ? evidence : source + "; " + evidence)));
    }
    return runs;
  }

  /**
   * A WDBII river line and the name to show for it.
   *
   * @param name e.g. "Tekes" or "unnamed WDBII river (class 3)"
   * @param line lon/lat
   */
  public record Reference(String name, LineString line) {}

  private static final class Interval {
    final double from;
    final double to;
    final String waterbody;
    final StringBuilder evidence;

    Interval(double from, double to, String waterbody, StringBuilder evidence) {
      this.from = from;
      this.to = to;
      this.waterbody = waterbody;
      this.evidence = evidence;
    }
  }
}
