package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Measures of a line in consecutive windows of fixed length along its chainage: the sinuosity of
 * each window (its length along the line divided by the geodesic chord between its ends; 1 for a
 * straight line, about 1.5–2 or more for a meandering channel) and the geodesic distance from the
 * window's middle to the nearest of a set of reference lines (the WDBII rivers), with the index of
 * that line. Lengths in metres, lon/lat input. Immutable and thread-safe.
 */
public final class WindowProfile {

  /** Reference lines farther than this (degrees) from a window are not measured. */
  private static final double SEARCH_DEG = 0.05;

  private final double windowLength;
  private final double[] start;
  private final double[] end;
  private final double[] sinuosity;
  private final double[] distance;
  private final int[] nearest;

  /**
   * @param line the line measured (e.g. the border)
   * @param windowLength window length in metres, &gt; 0 (the last window may be shorter)
   * @param references reference lines; a window with none within ~5 km gets distance infinity and
   *     nearest -1
   */
  public WindowProfile(GeodesicLineIndex line, double windowLength, List<LineString> references) {
    if (!(windowLength > 0)) {
      throw new IllegalArgumentException("window length must be > 0, was " + windowLength);
    }
    this.windowLength = windowLength;
    STRtree index = new STRtree();
    List<GeodesicLineIndex> measured = new ArrayList<>();
    for (int i = 0; i < references.size(); i++) {
      index.insert(references.get(i).getEnvelopeInternal(), i);
      measured.add(new GeodesicLineIndex(references.get(i)));
    }
    index.build();
    int n = (int) Math.ceil(line.lengthMetres() / windowLength);
    start = new double[n];
    end = new double[n];
    sinuosity = new double[n];
    distance = new double[n];
    nearest = new int[n];
    for (int w = 0; w < n; w++) {
      start[w] = w * windowLength;
      end[w] = Math.min(line.lengthMetres(), start[w] + windowLength);
      double chord =
          GeodesicMeasure.WGS84.distanceMetres(line.pointAt(start[w]), line.pointAt(end[w]));
      sinuosity[w] = chord > 0 ? (end[w] - start[w]) / chord : Double.POSITIVE_INFINITY;
      Coordinate mid = line.pointAt((start[w] + end[w]) / 2);
      Envelope search = new Envelope(mid);
      search.expandBy(SEARCH_DEG);
      distance[w] = Double.POSITIVE_INFINITY;
      nearest[w] = -1;
      List<Integer> hits = new ArrayList<>();
      for (Object o : index.query(search)) {
        hits.add((Integer) o);
      }
      hits.sort(null);
      for (int i : hits) {
        double d = measured.get(i).distanceMetres(mid.x, mid.y);
        if (d < distance[w]) {
          distance[w] = d;
          nearest[w] = i;
        }
      }
    }
  }

  public int size() {
    return start.length;
  }

  public double windowLength() {
    return windowLength;
  }

  /** Chainage of window {@code w}'s start, metres. */
  public double start(int w) {
    return start[w];
  }

  /** Chainage of window {@code w}'s end, metres. */
  public double end(int w) {
    return end[w];
  }

  /** Sinuosity of window {@code w} (≥ 1). */
  public double sinuosity(int w) {
    return sinuosity[w];
  }

  /** Metres from window {@code w}'s middle to the nearest reference line (or infinity). */
  public double distance(int w) {
    return distance[w];
  }

  /** Index of the nearest reference line for window {@code w}, or -1. */
  public int nearest(int w) {
    return nearest[w];
  }

  /**
   * Median sinuosity of the windows whose middle lies in {@code [from, to]} metres; NaN if none.
   */
  public double medianSinuosity(double from, double to) {
    double[] v = valuesIn(from, to, sinuosity);
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Share (0..1) of the windows in {@code [from, to]} whose sinuosity exceeds {@code limit}. */
  public double shareAbove(double from, double to, double limit) {
    double[] v = valuesIn(from, to, sinuosity);
    return v.length == 0
        ? Double.NaN
        : Arrays.stream(v).filter(x -> x > limit).count() / (double) v.length;
  }

  private double[] valuesIn(double from, double to, double[] values) {
    List<Double> out = new ArrayList<>();
    for (int w = 0; w < size(); w++) {
      double mid = (start[w] + end[w]) / 2;
      if (mid >= from && mid <= to) {
        out.add(values[w]);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
