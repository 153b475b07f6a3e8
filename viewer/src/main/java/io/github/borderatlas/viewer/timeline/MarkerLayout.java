package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Places one marker per timeline entry above the axis so that markers do not overlap: each entry
 * goes into the lowest row where it keeps {@code spacing} pixels from the previous marker of that
 * row; when every row is taken, the entry joins the nearest marker to its left, which becomes a
 * cluster (drawn with a count, listing its entries on hover and click).
 *
 * <p>Rows count upwards from the axis (row 0 is next to it). The layout is deterministic: entries
 * are placed in the order given (the timeline's date order). Stateless and thread-safe.
 */
public final class MarkerLayout {

  private MarkerLayout() {}

  /**
   * A marker: its x in pixels (the date of its first entry), its row, and the entries it stands for
   * (more than one for a cluster). Immutable.
   */
  public record Marker(double x, int row, List<TimelineEntry> entries) {
    public Marker {
      entries = List.copyOf(entries);
      if (entries.isEmpty()) {
        throw new IllegalArgumentException("a marker needs at least one entry");
      }
    }

    /** True when the marker stands for several entries. */
    public boolean isCluster() {
      return entries.size() > 1;
    }

    /** The first (earliest) entry. */
    public TimelineEntry first() {
      return entries.get(0);
    }
  }

  /**
   * Lays out markers for entries ordered by date.
   *
   * @param entries entries in date order
   * @param scale the axis scale
   * @param spacing minimum distance in pixels between markers of one row, &gt; 0
   * @param rows number of rows available, &ge; 1
   * @throws IllegalArgumentException if {@code spacing} or {@code rows} is out of range
   */
  public static List<Marker> layout(
      List<TimelineEntry> entries, TimeScale scale, double spacing, int rows) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(scale, "scale");
    if (!(spacing > 0)) {
      throw new IllegalArgumentException("spacing must be positive, was " + spacing);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, was " + rows);
    }
    double[] rowEnd = new double[rows];
    Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
    List<Double> xs = new ArrayList<>();
    List<Integer> rowOf = new ArrayList<>();
    List<List<TimelineEntry>> groups = new ArrayList<>();
    for (TimelineEntry e : entries) {
      double x = scale.x(e.date().date());
      int row = -1;
      for (int r = 0; r < rows; r++) {
        if (x - rowEnd[r] >= spacing) {
          row = r;
          break;
        }
      }
      if (row >= 0) {
        rowEnd[row] = x;
        xs.add(x);
        rowOf.add(row);
        groups.add(new ArrayList<>(List.of(e)));
      } else {
        groups.get(groups.size() - 1).add(e);
      }
    }
    List<Marker> markers = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      markers.add(new Marker(xs.get(i), rowOf.get(i), groups.get(i)));
    }
    return List.copyOf(markers);
  }
}
