package io.github.borderatlas.core.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Test;

/** The Cartesian chord bounds that the segment tree prunes with, checked by GeographicLib. */
class ChordBoundsTest {

  private static final Geodesic WGS84 = Geodesic.WGS84;
  private final ChordBounds chords = new ChordBounds(WGS84);

  /** On the equator at 0°E the point is (a, 0, 0); at the pole (0, 0, b) (WGS84 a and b). */
  @Test
  void position_onAxes_isRadius() {
    double[] p = new double[6];
    chords.position(0, 0, p, 0);
    chords.position(90, 0, p, 3);
    assertThat(p[0]).isCloseTo(6_378_137.0, within(1e-6));
    assertThat(p[1]).isCloseTo(0, within(1e-6));
    // polar radius b = a (1 - f) = 6,356,752.3142 m (WGS84 definition)
    assertThat(p[5]).isCloseTo(6_356_752.3142, within(1e-3));
  }

  /**
   * The chord never exceeds the geodesic, and falls short of it by about s³ / 24R² (for s = 500 km,
   * R = 6,371 km: 128 m); seeded pairs in the region.
   */
  @Test
  void chord_isNeverLongerThanGeodesic() {
    Random random = new Random(5);
    double[] p = new double[6];
    for (int k = 0; k < 500; k++) {
      double lat1 = 36 + random.nextDouble() * 20;
      double lon1 = 66 + random.nextDouble() * 34;
      double lat2 = 36 + random.nextDouble() * 20;
      double lon2 = 66 + random.nextDouble() * 34;
      chords.position(lat1, lon1, p, 0);
      chords.position(lat2, lon2, p, 3);
      double s = WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
      double chord = ChordBounds.distance(p, 0, p, 3);
      assertThat(chord).isLessThanOrEqualTo(s);
      double sphere = s * s * s / (24 * 6.371e6 * 6.371e6);
      assertThat(s - chord).isCloseTo(sphere, within(0.02 * sphere + 1e-6));
    }
  }

  /** Every point of a geodesic segment lies within {@link ChordBounds#pad} of its chord. */
  @Test
  void geodesicPoints_areWithinPadOfChord() {
    Random random = new Random(6);
    double[] p = new double[9];
    for (int k = 0; k < 200; k++) {
      double lat1 = 36 + random.nextDouble() * 20;
      double lon1 = 66 + random.nextDouble() * 34;
      GeodesicData end =
          WGS84.Direct(lat1, lon1, random.nextDouble() * 360, 10 + random.nextDouble() * 50_000);
      chords.position(lat1, lon1, p, 0);
      chords.position(end.lat2, end.lon2, p, 3);
      double pad = ChordBounds.pad(end.s12, ChordBounds.distance(p, 0, p, 3));
      GeodesicLine line = WGS84.InverseLine(lat1, lon1, end.lat2, end.lon2);
      for (int j = 0; j <= 10; j++) {
        GeodesicData x = line.Position(end.s12 * j / 10);
        chords.position(x.lat2, x.lon2, p, 6);
        double[] q = {p[6], p[7], p[8]};
        assertThat(ChordBounds.toSegment(q, p, 0, 3)).isLessThanOrEqualTo(pad);
      }
      // the sagitta of a 50 km arc is about s² / 8R = 49 m; the pad is that order, not more
      assertThat(pad).isLessThan(end.s12 * end.s12 / 6.3e6 + 1e-2);
    }
  }

  /** Distance to a box: 0 inside, the gap along one axis, the corner diagonal (3-4-5). */
  @Test
  void toBox_isEuclidean() {
    double[] min = {0, 0, 0};
    double[] max = {1, 1, 1};
    assertThat(ChordBounds.toBox(new double[] {0.5, 0.5, 0.5}, min, max, 0)).isZero();
    assertThat(ChordBounds.toBox(new double[] {0.5, 3, 0.5}, min, max, 0)).isEqualTo(2);
    assertThat(ChordBounds.toBox(new double[] {4, 5, 1}, min, max, 0)).isEqualTo(5);
  }

  /** Distance to a segment: the foot inside, or the nearer end beyond it; a point segment. */
  @Test
  void toSegment_clampsToEnds() {
    double[] seg = {0, 0, 0, 10, 0, 0};
    assertThat(ChordBounds.toSegment(new double[] {5, 3, 4}, seg, 0, 3)).isEqualTo(5);
    assertThat(ChordBounds.toSegment(new double[] {13, 4, 0}, seg, 0, 3)).isEqualTo(5);
    assertThat(ChordBounds.toSegment(new double[] {-3, 0, 4}, seg, 0, 0)).isEqualTo(5);
  }
}
