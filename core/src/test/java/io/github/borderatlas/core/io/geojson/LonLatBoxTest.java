package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bbox accumulator. Expected boxes are worked out by hand from RFC 7946 §5 ({@code [west,
 * south, east, north]}) and §5.2 (a box crossing the antimeridian has west > east).
 */
class LonLatBoxTest {

  private static double[] box(LonLatBox b) {
    return new double[] {b.west(), b.south(), b.east(), b.north()};
  }

  @Test
  void plainBox_isMinAndMax() {
    LonLatBox b = new LonLatBox(6);
    assertThat(b.isEmpty()).isTrue();
    b.add(80, 44, 81, 45);
    b.add(85.5, 47.9, 87.3, 49.1);
    b.add(82, 46, 83, 46.5);
    assertThat(box(b)).containsExactly(80, 44, 87.3, 49.1);
  }

  @Test
  void cutAtTheAntimeridian_wrapsAroundTheLargestGap() {
    // Fiji-like: parts on both sides of ±180; the largest gap is 0..177 in between
    LonLatBox b = new LonLatBox(6);
    b.add(177, -20, 180, -16);
    b.add(-180, -19, -178, -17);
    assertThat(box(b)).containsExactly(177, -20, -178, -16);
    // Russia-like: mainland 19.6..180 and Chukotka -180..-169: west 19.6, east -169
    LonLatBox r = new LonLatBox(6);
    r.add(19.6, 41.2, 180, 81.9);
    r.add(-180, 64.2, -169, 71.6);
    assertThat(box(r)).containsExactly(19.6, 41.2, -169, 81.9);
  }

  @Test
  void touchingOnlyOneSide_staysPlain() {
    LonLatBox b = new LonLatBox(6);
    b.add(170, 0, 180, 1);
    b.add(-10, 0, 10, 1);
    assertThat(box(b)).containsExactly(-10, 0, 180, 1);
  }

  @Test
  void touchingIsJudgedAfterRounding() {
    // 179.9999995 is written as 180 at 6 decimals (FixedDecimalTest), so it touches the
    // antimeridian
    LonLatBox b = new LonLatBox(6);
    b.add(170, 0, 179.9999995, 1);
    b.add(-180, 0, -170, 1);
    assertThat(b.west()).isEqualTo(170);
    assertThat(b.east()).isEqualTo(-170);
    // at 7 decimals it stays 179.9999995 and does not touch
    LonLatBox seven = new LonLatBox(7);
    seven.add(170, 0, 179.9999995, 1);
    seven.add(-180, 0, -170, 1);
    assertThat(seven.west()).isEqualTo(-180);
    assertThat(seven.east()).isEqualTo(179.9999995);
  }

  @Test
  void overlappingIntervals_merge_inAnyOrder() {
    LonLatBox b = new LonLatBox(6);
    b.add(-180, 0, -170, 1);
    b.add(10, 0, 20, 1);
    b.add(30, 0, 40, 1);
    b.add(15, 0, 35, 1); // bridges the two: the gap 20..30 disappears
    b.add(100, 0, 180, 1);
    // gaps: -170..10 (180) and 40..100 (60): wrap around the first
    assertThat(box(b)).containsExactly(10, 0, -170, 1);
  }

  @Test
  void manyScatteredParts_stayBounded_andStillCoverEverything() {
    LonLatBox b = new LonLatBox(6);
    for (int i = 0; i < 2000; i++) {
      double lon = -179 + i * 0.1; // 2000 separate points from -179 to 20.9
      b.add(lon, 0, lon, 0);
    }
    b.add(150, 0, 180, 0);
    b.add(-180, 0, -179.5, 0);
    // the widest gap is 20.9..150, so the box wraps: west 150, east 20.9
    assertThat(b.west()).isEqualTo(150);
    assertThat(b.east()).isCloseTo(20.9, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void addBox_splitsAWrappedBox() {
    LonLatBox feature = new LonLatBox(6);
    feature.add(177, -20, 180, -16);
    feature.add(-180, -19, -178, -17);
    LonLatBox collection = new LonLatBox(6);
    collection.addBox(feature);
    collection.addBox(new LonLatBox(6)); // empty: ignored
    assertThat(box(collection)).containsExactly(177, -20, -178, -16);
  }

  @Test
  void jsonPaths_quoteNamesThatAreNotIdentifiers() {
    assertThat(JsonPaths.member("valid_from")).isEqualTo(".valid_from");
    assertThat(JsonPaths.member("a b")).isEqualTo("['a b']");
    assertThat(JsonPaths.member("it's")).isEqualTo("['it\\'s']");
    assertThat(JsonPaths.member("$ref")).isEqualTo("['$ref']");
    assertThat(JsonPaths.member("")).isEqualTo("['']");
  }
}
