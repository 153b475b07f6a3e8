package io.github.borderatlas.pipeline.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.SegmentKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** Checks of the committed border.geojson (written by geodata/rebuild.sh). */
class BorderResourceTest {

  private final Border border = GeneratedResources.atlas().border().orElseThrow();

  /** Official length 1,782.75 km (boundary commissions; facts.md §3): within 1 %. */
  @Test
  void lengthIsWithinOnePercentOfTheOfficialLength() {
    double km = GeodesicMeasure.lengthMetres(border.line()) / 1000;
    assertThat(km).isCloseTo(1782.75, offset(17.8275));
  }

  /**
   * The ends are the treaty tripoints converted to WGS84 (data-sources.md: 87.286361 E 49.115499 N
   * and 80.174866 E 42.210402 N): within 500 m, first the Russian one.
   */
  @Test
  void endsLieWithin500MetresOfTheTripointsInOrder() {
    LineString l = border.line();
    Coordinate first = l.getCoordinateN(0);
    Coordinate last = l.getCoordinateN(l.getNumPoints() - 1);
    assertThat(GeodesicMeasure.WGS84.distanceMetres(first, new Coordinate(87.286361, 49.115499)))
        .isLessThan(500);
    assertThat(GeodesicMeasure.WGS84.distanceMetres(last, new Coordinate(80.174866, 42.210402)))
        .isLessThan(500);
  }

  @Test
  void segmentsAreContiguousAndCoverTheLine() {
    List<BorderSegment> segs = border.segments();
    assertThat(segs.get(0).startChainageMetres()).isZero();
    for (int i = 1; i < segs.size(); i++) {
      assertThat(segs.get(i).startChainageMetres()).isEqualTo(segs.get(i - 1).endChainageMetres());
    }
    double length = GeodesicMeasure.lengthMetres(border.line());
    // Chainages are stored to 0.1 m; the line is written with 6 decimals (~0.1 m per vertex).
    assertThat(segs.get(segs.size() - 1).endChainageMetres()).isCloseTo(length, offset(25.0));
    double sumOfPieces =
        segs.stream().mapToDouble(s -> GeodesicMeasure.lengthMetres(s.geometry())).sum();
    assertThat(sumOfPieces).isCloseTo(length, offset(25.0));
  }

  /**
   * The boundary rivers that sources name and the data show (treaty-line.md §2): Alkabek, Khorgos
   * and Tekes, in that order from the Russian end; each with evidence.
   */
  @Test
  void riverStretchesAreTheSourcedOnesWithEvidence() {
    List<BorderSegment> rivers = border.segments(SegmentKind.RIVER);
    assertThat(rivers)
        .extracting(s -> s.waterbody().orElseThrow())
        .containsExactly("Alkabek", "Khorgos", "Tekes");
    assertThat(rivers).allSatisfy(s -> assertThat(s.evidence()).contains("T"));
    assertThat(border.segments(SegmentKind.LAND_OR_UNLOCATED_WATER))
        .hasSize(4)
        .allSatisfy(s -> assertThat(s.evidence()).startsWith("LAND_OR_UNLOCATED_WATER"));
  }

  /**
   * Issue 13: about 282 km of the official water boundary (566.89 km, seed) are not in the located
   * river stretches, so no stretch between them may be called plain land; no source calls a located
   * stretch of the line land (treaty-line.md §1: the crests of points 15–16 and 69–71 are not
   * located on it).
   */
  @Test
  void noStretchIsCalledLandWithoutASource() {
    assertThat(border.segments(SegmentKind.LAND)).isEmpty();
    assertThat(border.segments())
        .filteredOn(s -> s.kind() != SegmentKind.RIVER)
        .allSatisfy(s -> assertThat(s.name()).startsWith("Land, or water not located"));
  }

  /**
   * The river stretches found must not be stretched to the official 566.89 km of water boundary
   * (facts.md §3): sources attribute about 286 km (treaty-line.md §2), and so should we, ±25 %.
   */
  @Test
  void riverStretchesAccountForAboutHalfOfTheOfficialWaterBoundary() {
    double km =
        border.segments(SegmentKind.RIVER).stream().mapToDouble(BorderSegment::lengthMetres).sum()
            / 1000;
    assertThat(km).isLessThan(566.89).isBetween(286 * 0.75, 286 * 1.25);
  }

  /**
   * The Khorgos stretch ends at the Ili mouth of the Khorgos, 43°49′25″N 80°31′19″E (T25), and
   * reaches north to about 44.6° N (data-sources.md).
   */
  @Test
  void khorgosStretchRunsFromAbout44Point6NorthToTheIliMouth() {
    BorderSegment k =
        border.segments(SegmentKind.RIVER).stream()
            .filter(s -> s.waterbody().equals(Optional.of("Khorgos")))
            .findFirst()
            .orElseThrow();
    LineString g = k.geometry();
    Coordinate south = g.getCoordinateN(g.getNumPoints() - 1);
    assertThat(GeodesicMeasure.WGS84.distanceMetres(south, new Coordinate(80.52194, 43.82361)))
        .isLessThan(1000);
    assertThat(g.getCoordinateN(0).y).isCloseTo(44.6, offset(0.05));
  }
}
