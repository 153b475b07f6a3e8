package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds where a line (a river) runs along the border: the stretches over which the line stays
 * within a tolerance of the border line for at least a minimum length.
 *
 * <p><b>Algorithm.</b> The line is sampled at its vertices and at most {@code step} metres apart in
 * between. A sample is near when its distance to the nearest border segment is at most the
 * tolerance; that distance is measured in a local frame centred on the sample, with the WGS84
 * meridional and prime-vertical radii of curvature at its latitude (within a fraction of a metre of
 * the geodesic distance at the 50 m scale of the tolerance). Edges of both lines are taken as
 * straight in lon/lat here, as in the JTS intersection that finds the crossings, so that a river
 * drawn on the border's own vertices lies exactly on it; for edges up to the 20 km of the atlas'
 * longest, a straight edge is within about 10 m of the geodesic one, well inside the tolerance.
 * Border segments are found through an STR tree of their envelopes, so edges of the line far from
 * the border cost one tree query each. Consecutive near samples form a run; a run whose first and
 * last samples are at least {@code minLength} apart along the line is a stretch. A stretch's ends
 * are therefore located to within one step.
 *
 * <p><b>Units and axes.</b> Lon/lat degrees in (x = lon, y = lat); tolerance, lengths and chainages
 * in metres along the line from its first vertex, as {@link GeodesicLineIndex} counts them (the
 * parts of a multi-line one after the other; a run never spans two parts).
 *
 * <p><b>Thread safety.</b> Immutable after construction; the STR tree is built in the constructor
 * and only queried afterwards, so concurrent use is safe.
 */
final class AlongBorderFinder {

  /** WGS84 semi-major axis, metres, and first eccentricity squared (GeographicLib's WGS84). */
  private static final double A = Geodesic.WGS84.EquatorialRadius();

  private static final double E2 = Geodesic.WGS84.Flattening() * (2 - Geodesic.WGS84.Flattening());

  private final Coordinate[] border;
  private final STRtree segments = new STRtree();
  private final double tolerance;
  private final double minLength;
  private final double step;

  /**
   * A finder for one border line.
   *
   * @param borderLine the border, lon/lat, at least two vertices
   * @param tolerance largest distance from the border of a point that follows it, metres, &gt; 0
   * @param minLength shortest stretch reported, metres, &ge; 0
   * @throws IllegalArgumentException when a parameter is out of range
   */
  AlongBorderFinder(LineString borderLine, double tolerance, double minLength) {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and > 0 m, was " + tolerance);
    }
    if (!(minLength >= 0) || Double.isInfinite(minLength)) {
      throw new IllegalArgumentException("minLength must be finite and >= 0 m, was " + minLength);
    }
    this.border = borderLine.getCoordinates();
    this.tolerance = tolerance;
    this.minLength = minLength;
    this.step = tolerance;
    for (int i = 0; i + 1 < border.length; i++) {
      segments.insert(new Envelope(border[i], border[i + 1]), i);
    }
    segments.build();
  }

  /** The sampling step, metres: the resolution of the stretches' ends. */
  double step() {
    return step;
  }

  /**
   * The stretches of a line that follow the border.
   *
   * @param line a LineString or MultiLineString, lon/lat
   * @param index the geodesic index of {@code line}
   * @return chainage ranges along the line, in order, each at least the minimum length long
   */
  List<ChainageRange> stretches(Geometry line, GeodesicLineIndex index) {
    List<ChainageRange> out = new ArrayList<>();
    int vertex = 0;
    for (int p = 0; p < line.getNumGeometries(); p++) {
      Coordinate[] cs = line.getGeometryN(p).getCoordinates();
      double runFrom = Double.NaN;
      double runTo = Double.NaN;
      for (int j = 0; j < cs.length; j++, vertex++) {
        double s0 = index.chainageMetresOfVertex(vertex);
        boolean lastVertex = j == cs.length - 1;
        double s1 = lastVertex ? s0 : index.chainageMetresOfVertex(vertex + 1);
        List<Integer> candidates = lastVertex ? query(cs[j], cs[j]) : query(cs[j], cs[j + 1]);
        int samples = lastVertex ? 1 : Math.max(1, (int) Math.ceil((s1 - s0) / step));
        for (int k = 0; k < samples; k++) {
          double s = s0 + (s1 - s0) * k / samples;
          Coordinate c = k == 0 ? cs[j] : lerp(cs[j], cs[j + 1], (double) k / samples);
          if (!candidates.isEmpty() && near(c, candidates)) {
            runFrom = Double.isNaN(runFrom) ? s : runFrom;
            runTo = s;
          } else {
            close(runFrom, runTo, out);
            runFrom = Double.NaN;
          }
        }
      }
      close(runFrom, runTo, out);
    }
    return out;
  }

  private static Coordinate lerp(Coordinate a, Coordinate b, double t) {
    return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
  }

  private void close(double from, double to, List<ChainageRange> out) {
    if (!Double.isNaN(from) && to - from >= minLength) {
      out.add(new ChainageRange(from, to));
    }
  }

  /**
   * A stretch of a line, by chainage along it.
   *
   * @param fromMetres chainage of its start, metres
   * @param toMetres chainage of its end, metres, not less than {@code fromMetres}
   */
  record ChainageRange(double fromMetres, double toMetres) {}

  /** Border segments whose envelope comes within the tolerance of the edge a–b. */
  private List<Integer> query(Coordinate a, Coordinate b) {
    Envelope e = new Envelope(a, b);
    double maxLat = Math.min(89.9, Math.max(Math.abs(a.y), Math.abs(b.y)));
    // Degrees per metre, made generous: the meridian degree is at least 110.5 km everywhere.
    double dLat = 1.01 * tolerance / 110_500;
    double dLon = dLat / Math.cos(Math.toRadians(maxLat));
    e.expandBy(dLon, dLat);
    @SuppressWarnings("unchecked")
    List<Integer> hits = segments.query(e);
    return hits;
  }

  /** True when a point lies within the tolerance of one of the candidate segments. */
  private boolean near(Coordinate c, List<Integer> candidates) {
    double phi = Math.toRadians(c.y);
    double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
    double ky = Math.toRadians(A * (1 - E2) / (w * Math.sqrt(w))); // metres per degree of latitude
    double kx = Math.toRadians(A / Math.sqrt(w)) * Math.cos(phi); // metres per degree of longitude
    double limit2 = tolerance * tolerance;
    for (int i : candidates) {
      double ax = (border[i].x - c.x) * kx;
      double ay = (border[i].y - c.y) * ky;
      double dx = (border[i + 1].x - c.x) * kx - ax;
      double dy = (border[i + 1].y - c.y) * ky - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      double qx = ax + t * dx;
      double qy = ay + t * dy;
      if (qx * qx + qy * qy <= limit2) {
        return true;
      }
    }
    return false;
  }
}
