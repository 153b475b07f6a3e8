package io.github.borderatlas.core.border;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Hand-made country sets with known answers. Expected lengths are GeographicLib inverse solutions
 * of the shared edges (computed here, vertex by vertex, not through the code under test).
 */
class BorderExtractorTest {

  private static final WKTReader WKT = new WKTReader();

  /** One degree of the meridian at lon 1 between lat 0 and 1, metres (GeographicLib). */
  private static final double EDGE_METRES = geodesic(1, 0, 1, 1);

  private static double geodesic(double lon1, double lat1, double lon2, double lat2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }

  private static Geometry wkt(String text) {
    try {
      return WKT.read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static BorderExtractor extractor(double tolerance, double bridge, String... keyWkt) {
    OutlineIndex.Builder b = OutlineIndex.builder(2 * tolerance);
    for (int i = 0; i < keyWkt.length; i += 2) {
      b.add(keyWkt[i], wkt(keyWkt[i + 1]));
    }
    return new BorderExtractor(b.build(), tolerance, bridge);
  }

  private static final String A = "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))";
  private static final String B = "POLYGON((1 0, 2 0, 2 1, 1 1, 1 0))";

  @Test
  void twoSquaresShareOneEdgeWithTheFirstCountryOnTheRight() {
    SharedBorder s = extractor(30, 0, "A", A, "B", B).between("A", "B");
    assertEquals(1, s.parts().size());
    BorderPart p = s.parts().get(0);
    assertEquals(EDGE_METRES, s.lengthMetres(), 1e-6);
    assertEquals(EDGE_METRES, s.secondSideLengthMetres(), 1e-6);
    assertEquals(0, p.maxOffsetMetres(), 1e-9);
    // A (west) on the right: the line runs north to south
    assertEquals(new Coordinate(1, 1), p.line().getCoordinateN(0));
    assertEquals(new Coordinate(1, 0), p.line().getCoordinateN(1));
    assertFalse(p.closed());
    assertTrue(s.tripoints().isEmpty());
    // seen from B, the same edge runs south to north
    BorderPart q = extractor(30, 0, "A", A, "B", B).between("B", "A").parts().get(0);
    assertEquals(new Coordinate(1, 0), q.line().getCoordinateN(0));
  }

  @Test
  void orientationDoesNotDependOnHowTheRingsWereDigitised() {
    String clockwiseA = "POLYGON((0 0, 0 1, 1 1, 1 0, 0 0))";
    BorderPart p = extractor(30, 0, "A", clockwiseA, "B", B).between("A", "B").parts().get(0);
    assertEquals(new Coordinate(1, 1), p.line().getCoordinateN(0));
  }

  @Test
  void anExclaveGivesASecondClosedPart() {
    // A: a square plus an exclave inside a hole of B
    String a =
        "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 1, 0 0)), ((1.4 0.4, 1.6 0.4, 1.6 0.6, 1.4 0.6, 1.4 0.4)))";
    String b = "POLYGON((1 0, 2 0, 2 1, 1 1, 1 0), (1.4 0.4, 1.4 0.6, 1.6 0.6, 1.6 0.4, 1.4 0.4))";
    SharedBorder s = extractor(30, 0, "A", a, "B", b).between("A", "B");
    assertEquals(2, s.parts().size());
    double ring =
        geodesic(1.4, 0.4, 1.6, 0.4)
            + geodesic(1.6, 0.4, 1.6, 0.6)
            + geodesic(1.6, 0.6, 1.4, 0.6)
            + geodesic(1.4, 0.6, 1.4, 0.4);
    assertEquals(EDGE_METRES, s.parts().get(0).lengthMetres(), 1e-6); // longest first
    assertEquals(ring, s.parts().get(1).lengthMetres(), 1e-6);
    assertTrue(s.parts().get(1).closed());
    assertEquals(EDGE_METRES + ring, s.lengthMetres(), 1e-6);
  }

  @Test
  void threeCountriesMeetingAtAPointGiveATripoint() {
    String c = "POLYGON((0 1, 2 1, 2 2, 0 2, 0 1))";
    SharedBorder s = extractor(30, 0, "A", A, "B", B, "C", c).between("A", "B");
    assertEquals(EDGE_METRES, s.lengthMetres(), 1e-6);
    assertEquals(1, s.tripoints().size());
    Tripoint t = s.tripoints().get(0);
    assertEquals("C", t.thirdKey());
    assertEquals(1, t.longitude(), 1e-12);
    assertEquals(1, t.latitude(), 1e-12);
    // A–C runs along lat 1 from lon 1 to 0 (A on the right: westward)
    SharedBorder ac = extractor(30, 0, "A", A, "B", B, "C", c).between("A", "C");
    assertEquals(geodesic(0, 1, 1, 1), ac.lengthMetres(), 1e-6);
    assertEquals(List.of("B"), ac.tripoints().stream().map(Tripoint::thirdKey).toList());
  }

  @Test
  void outlinesAFewMetresApartAreMergedAndTheGapMeasured() {
    // B's western edge 5 m east of A's eastern edge (5 m = 4.4915e-5 degrees of longitude at 0)
    double d = 5 / 111_319.49;
    String b =
        String.format(java.util.Locale.ROOT, "POLYGON((%1$s 0, 2 0, 2 1, %1$s 1, %1$s 0))", 1 + d);
    SharedBorder merged = extractor(30, 0, "A", A, "B", b).between("A", "B");
    assertEquals(1, merged.parts().size());
    assertEquals(EDGE_METRES, merged.lengthMetres(), 1e-6); // A's outline is the line
    assertEquals(5, merged.maxOffsetMetres(), 0.05);
    assertEquals(geodesic(1 + d, 0, 1 + d, 1), merged.secondSideLengthMetres(), 1e-6);
    assertTrue(extractor(2, 0, "A", A, "B", b).between("A", "B").isEmpty());
  }

  @Test
  void aRiverStretchWhereTheOutlinesFollowOppositeBanksIsBridged() {
    // A and B share the meridian 1 except between lat 0.4 and 0.6, where A's outline bulges
    // 300 m west (its bank of a river), B's stays on the meridian
    double w = 1 - 300 / 111_319.49;
    String a =
        String.format(
            java.util.Locale.ROOT,
            "POLYGON((0 0, 1 0, 1 0.4, %1$s 0.45, %1$s 0.55, 1 0.6, 1 1, 0 1, 0 0))",
            w);
    SharedBorder unbridged = extractor(30, 0, "A", a, "B", B).between("A", "B");
    assertEquals(2, unbridged.parts().size());
    SharedBorder bridged = extractor(30, 1000, "A", a, "B", B).between("A", "B");
    assertEquals(1, bridged.parts().size());
    double expected =
        geodesic(1, 1, 1, 0.6)
            + geodesic(1, 0.6, w, 0.55)
            + geodesic(w, 0.55, w, 0.45)
            + geodesic(w, 0.45, 1, 0.4)
            + geodesic(1, 0.4, 1, 0);
    assertEquals(expected, bridged.lengthMetres(), 1e-6);
    assertEquals(300, bridged.maxOffsetMetres(), 3);
    assertTrue(extractor(30, 200, "A", a, "B", B).between("A", "B").parts().size() == 2);
  }

  @Test
  void aLongSegmentAcrossABayIsNotABorder() {
    // A's coast cuts straight across a bay whose two shores belong to B: the chord's ends touch B
    String a = "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))";
    String b = "POLYGON((1 0, 2 0, 2 1, 1 1, 1.5 0.5, 1 0))";
    SharedBorder s = extractor(30, 0, "A", a, "B", b).between("A", "B");
    assertTrue(s.isEmpty(), () -> s.toString());
  }

  @Test
  void everyPairOnceAlongTheOutlineOfTheKeyThatSortsFirst() {
    String c = "POLYGON((0 1, 1 1, 2 1, 2 2, 0 2, 0 1))"; // a vertex at the tripoint, as in OSM
    String far = "POLYGON((10 10, 11 10, 11 11, 10 11, 10 10))";
    List<SharedBorder> all = extractor(30, 0, "C", c, "B", B, "A", A, "Z", far).all();
    assertEquals(
        List.of("A-B", "A-C", "B-C"),
        all.stream().map(s -> s.firstKey() + "-" + s.secondKey()).toList());
    assertEquals(EDGE_METRES, all.get(0).lengthMetres(), 1e-6);
    assertEquals(geodesic(1, 1, 2, 1), all.get(2).lengthMetres(), 1e-6);
    assertEquals(all.get(2).lengthMetres(), all.get(2).secondSideLengthMetres(), 1e-6);
  }

  @Test
  void badKeysAndParametersAreRejectedWithTheirValue() {
    BorderExtractor x = extractor(30, 0, "A", A, "B", B);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> x.between("A", "Q"))
            .getMessage()
            .contains("Q"));
    assertThrows(IllegalArgumentException.class, () -> x.between("A", "A"));
    OutlineIndex small = OutlineIndex.builder(10).build();
    assertThrows(IllegalArgumentException.class, () -> new BorderExtractor(small, 30, 0));
    assertThrows(IllegalArgumentException.class, () -> OutlineIndex.builder(0));
    OutlineIndex ok = OutlineIndex.builder(60).build();
    assertThrows(IllegalArgumentException.class, () -> new BorderExtractor(ok, 30, -1));
    assertThrows(IllegalArgumentException.class, () -> ok.near(0, 0, 61));
  }

  @Test
  void nearListsEveryOutlineWithinTheRadius() {
    OutlineIndex.Builder b = OutlineIndex.builder(100);
    b.add("A", wkt(A));
    b.add("B", wkt(B));
    OutlineIndex ix = b.build();
    assertEquals(2, ix.near(1, 0.5, 10).size());
    assertEquals(0.0, ix.near(1, 0.5, 10).get(0), 1e-9);
    assertTrue(ix.near(0.5, 0.5, 100).isEmpty());
    assertEquals(2, ix.vertexCount() / 5);
    assertEquals("B", ix.key(1));
    assertTrue(ix.outline("Q").isEmpty());
    assertEquals(5000, ix.distanceTo(0, 1 + 5000 / 111_319.49, 0.5, 6000).orElseThrow(), 30);
    assertTrue(ix.distanceTo(0, 1 + 5000 / 111_319.49, 0.5, 4000).isEmpty());
  }
}
