package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class LakeAssemblerTest {

  private static LineString line(String wkt) {
    try {
      return (LineString) new WKTReader(Geometries.FACTORY).read(wkt);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private final LakeAssembler assembler =
      new LakeAssembler(
          List.of(
              line("LINESTRING (74 46, 76 46, 76 47, 74 47, 74 46)"),
              line("LINESTRING (80 46, 81 46, 81 47, 80 47, 80 46)"),
              line("LINESTRING (70 40, 71 40, 71 41)")),
          List.of(
              line("LINESTRING (74.2 46.2, 74.4 46.2, 74.4 46.4, 74.2 46.2)"),
              line("LINESTRING (75.2 46.2, 75.4 46.2, 75.4 46.4, 75.2 46.2)"),
              line("LINESTRING (78.2 46.2, 78.4 46.2, 78.4 46.4, 78.2 46.2)")),
          Geometries.FACTORY);

  @Test
  void openShorelinesAreIgnored() {
    assertThat(assembler.lakeCount()).isEqualTo(2);
    assertThat(assembler.islandCount()).isEqualTo(3);
  }

  @Test
  void lakeIsPickedByAnInsidePointWithItsIslandsAsHoles() {
    Polygon p = assembler.lakeAt(new Coordinate(74.5, 46.8)).orElseThrow();
    assertThat(p.getExteriorRing().getCoordinateN(0)).isEqualTo(new Coordinate(74, 46));
    assertThat(p.getNumInteriorRing()).isEqualTo(2);
    assertThat(p.isValid()).isTrue();
    // Holes ordered by first vertex, so output is stable.
    assertThat(p.getInteriorRingN(0).getCoordinateN(0).x).isEqualTo(74.2);
  }

  @Test
  void islandOutsideEveryLakeIsNotAHole() {
    Polygon p = assembler.lakeAt(new Coordinate(80.5, 46.5)).orElseThrow();
    assertThat(p.getNumInteriorRing()).isZero();
  }

  @Test
  void pointOutsideEveryLakeFindsNone() {
    assertThat(assembler.lakeAt(new Coordinate(78.3, 46.3))).isEmpty();
  }
}
