package io.github.borderatlas.core.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.Geometries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * The segments {@link GeodesicLineIndex#locate} skips never hold the answer: on a dense border-like
 * line (3,000 vertices, segments of 30 m to 1.5 km, three parts) the index must give the same
 * distance as a search over every segment, for a few hundred pseudo-random points in and around the
 * region (fixed seeds). A pruning bound that is too tight (a tree radius too small, a lower bound
 * too high) drops the segment that holds the nearest point and fails this test.
 */
class GeodesicLineIndexPruningTest {

  private static final Geodesic WGS84 = Geodesic.WGS84;

  @Test
  void locate_agreesWithSearchOverEverySegment() {
    MultiLineString line = denseLine(new Random(77));
    Coordinate[] cs = line.getCoordinates();
    boolean[] joined = joinedSegments(line);
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    Random random = new Random(2026);
    for (int k = 0; k < 300; k++) {
      double lon;
      double lat;
      if (k % 3 == 0) { // close to the line: a vertex moved by up to ~2 km
        Coordinate v = cs[random.nextInt(cs.length)];
        lon = v.x + (random.nextDouble() - 0.5) * 0.05;
        lat = v.y + (random.nextDouble() - 0.5) * 0.03;
      } else { // anywhere in and around the region
        lon = 66 + random.nextDouble() * 34;
        lat = 36 + random.nextDouble() * 20;
      }
      double expected = everySegment(cs, joined, lon, lat);
      LinePosition at = index.locate(lon, lat);
      assertThat(at.distanceMetres())
          .as("point %d (%s, %s)", k, lon, lat)
          .isCloseTo(expected, within(1e-3));
    }
  }

  /**
   * The least distance from (lon, lat) to any joined segment, each segment searched on its geodesic
   * with GeographicLib directly: {@code Inverse} to every vertex, then a golden-section search on
   * {@code Inverse} distances along each segment that the plain triangle inequality (d(P,A) +
   * d(P,B) - |AB|) / 2 does not already put farther than the nearest vertex.
   */
  private static double everySegment(Coordinate[] cs, boolean[] joined, double lon, double lat) {
    double[] toVertex = new double[cs.length];
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < cs.length; i++) {
      toVertex[i] = WGS84.Inverse(lat, lon, cs[i].y, cs[i].x, GeodesicMask.DISTANCE).s12;
      best = Math.min(best, toVertex[i]);
    }
    double nearestVertex = best;
    for (int i = 0; i + 1 < cs.length; i++) {
      if (!joined[i]) {
        continue;
      }
      GeodesicLine seg = WGS84.InverseLine(cs[i].y, cs[i].x, cs[i + 1].y, cs[i + 1].x);
      double length = seg.Distance();
      if ((toVertex[i] + toVertex[i + 1] - length) / 2 > nearestVertex) {
        continue;
      }
      double lo = 0;
      double hi = length;
      double phi = (Math.sqrt(5) - 1) / 2;
      for (int it = 0; it < 80; it++) {
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        if (along(seg, a, lat, lon) < along(seg, b, lat, lon)) {
          hi = b;
        } else {
          lo = a;
        }
      }
      best = Math.min(best, along(seg, (lo + hi) / 2, lat, lon));
    }
    return best;
  }

  private static double along(GeodesicLine seg, double s, double lat, double lon) {
    GeodesicData p = seg.Position(s);
    return WGS84.Inverse(lat, lon, p.lat2, p.lon2, GeodesicMask.DISTANCE).s12;
  }

  /**
   * A random walk from the north-east to the south-west of the region like the border: 3,000
   * vertices, steps of 30 m to 1.5 km, heading wandering around south-west, cut into three parts.
   */
  static MultiLineString denseLine(Random random) {
    List<LineString> parts = new ArrayList<>();
    List<Coordinate> part = new ArrayList<>();
    double lat = 49.1;
    double lon = 87.3;
    double azimuth = 225;
    for (int i = 0; i < 3_000; i++) {
      part.add(new Coordinate(lon, lat));
      if (part.size() == 1_000) {
        parts.add(Geometries.FACTORY.createLineString(part.toArray(new Coordinate[0])));
        part.clear();
      }
      azimuth += (random.nextDouble() - 0.5) * 60;
      azimuth = 225 + Math.max(-80, Math.min(80, azimuth - 225));
      GeodesicData next = WGS84.Direct(lat, lon, azimuth, 30 + random.nextDouble() * 1_470);
      lat = next.lat2;
      lon = next.lon2;
    }
    return Geometries.FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
  }

  private static boolean[] joinedSegments(MultiLineString line) {
    boolean[] joined = new boolean[line.getNumPoints() - 1];
    int k = 0;
    for (int p = 0; p < line.getNumGeometries(); p++) {
      int n = line.getGeometryN(p).getNumPoints();
      for (int j = 0; j + 1 < n; j++) {
        joined[k + j] = true;
      }
      k += n;
    }
    return joined;
  }
}
