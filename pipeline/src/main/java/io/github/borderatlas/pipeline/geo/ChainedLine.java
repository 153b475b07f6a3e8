package io.github.borderatlas.pipeline.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A line with its chainage: the geodesic distance in metres from its first vertex to each vertex
 * (WGS84, by {@link Geodesy}). Locates points on the line, gives the point at a chainage and cuts
 * sub-lines between chainages. Coordinates are lon/lat degrees (x = longitude, y = latitude).
 *
 * <p>Between vertices, positions are interpolated linearly in lon/lat by the fraction of the
 * segment's geodesic length; for segments of a few kilometres this is within centimetres of the
 * geodesic. Immutable and thread-safe; the wrapped line must not be mutated.
 */
public final class ChainedLine {

  private final LineString line;
  private final Coordinate[] coords;
  private final double[] chainage;

  private ChainedLine(LineString line) {
    if (line.getNumPoints() < 2) {
      throw new IllegalArgumentException("a chained line needs at least 2 vertices");
    }
    this.line = line;
    this.coords = line.getCoordinates();
    this.chainage = new double[coords.length];
    for (int i = 1; i < coords.length; i++) {
      chainage[i] = chainage[i - 1] + Geodesy.distance(coords[i - 1], coords[i]);
    }
  }

  /** Wraps a line of at least two vertices. */
  public static ChainedLine of(LineString line) {
    return new ChainedLine(line);
  }

  public LineString line() {
    return line;
  }

  /** Total geodesic length, metres. */
  public double length() {
    return chainage[chainage.length - 1];
  }

  /** Chainage of vertex {@code i}, metres. */
  public double chainageAt(int i) {
    return chainage[i];
  }

  public int numVertices() {
    return coords.length;
  }

  /** The nearest position of the line to {@code p}, with its chainage and distance in metres. */
  public Position locate(Coordinate p) {
    double[] st = NearestSegment.find(coords, p);
    int seg = (int) st[0];
    double t = st[1];
    Coordinate q = interpolate(seg, t);
    double ch = chainage[seg] + t * (chainage[seg + 1] - chainage[seg]);
    return new Position(seg, t, ch, Geodesy.distance(p, q), q);
  }

  /** The point at a chainage in metres, clamped to the line's ends. */
  public Coordinate pointAt(double ch) {
    int i = segmentAt(ch);
    double segLen = chainage[i + 1] - chainage[i];
    double t = segLen == 0 ? 0 : (ch - chainage[i]) / segLen;
    return interpolate(i, Math.max(0, Math.min(1, t)));
  }

  /**
   * The part of the line between two chainages (metres, {@code from <= to}), with interpolated
   * end points; at least two vertices.
   */
  public LineString subLine(double from, double to, GeometryFactory factory) {
    if (!(from <= to)) {
      throw new IllegalArgumentException("need from <= to, got " + from + " > " + to);
    }
    List<Coordinate> out = new ArrayList<>();
    out.add(pointAt(from));
    for (int i = 0; i < coords.length; i++) {
      if (chainage[i] > from && chainage[i] < to) {
        out.add(new Coordinate(coords[i]));
      }
    }
    out.add(pointAt(to));
    return factory.createLineString(out.toArray(new Coordinate[0]));
  }

  private int segmentAt(double ch) {
    int lo = 0;
    int hi = chainage.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (chainage[mid] <= ch) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private Coordinate interpolate(int i, double t) {
    Coordinate a = coords[i];
    Coordinate b = coords[i + 1];
    return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
  }

  /**
   * A position on the line.
   *
   * @param segment index of the segment's first vertex
   * @param fraction 0..1 along that segment
   * @param chainage metres from the first vertex
   * @param distance metres from the located point to this position
   * @param point the position, lon/lat
   */
  public record Position(
      int segment, double fraction, double chainage, double distance, Coordinate point) {}
}
