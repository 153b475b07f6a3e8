package io.github.borderatlas.pipeline.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;

class BorderSectionTest {

  private static Geometry wkt(String s) {
    try {
      return new WKTReader(Geometries.FACTORY).read(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A square "country" x 80..82, y 44..46 with a neighbour to its east (x 82..84): the shared side
   * is x = 82. Tripoints just off that side at its ends; the section must be the east side, from
   * the first tripoint to the second, not the three other sides.
   */
  @Test
  void takesTheArcAlongTheNeighbourFromFirstToSecondTripoint() {
    Geometry country =
        wkt(
            "MULTIPOLYGON (((80 44, 82 44, 82 46, 80 46, 80 44)),"
                + " ((70 40, 71 40, 71 41, 70 40)))");
    Geometry neighbour = wkt("POLYGON ((82 44, 84 44, 84 46, 82 46, 82 44))");
    Coordinate north = new Coordinate(82.001, 45.9);
    Coordinate south = new Coordinate(82.001, 44.1);
    BorderSection.Result r =
        BorderSection.extract(country, neighbour, north, south, Geometries.FACTORY);
    LineString l = r.line();
    // The geodesic foot on the meridian is a fraction of a millimetre poleward of the tripoint's
    // latitude (the geodesic leaving a meridian due east bends towards the equator): 1e-7° ≈ 1 cm.
    assertThat(l.getCoordinateN(0).x).isEqualTo(82.0);
    assertThat(l.getCoordinateN(0).y).isCloseTo(45.9, offset(1e-7));
    assertThat(l.getCoordinateN(l.getNumPoints() - 1).y).isCloseTo(44.1, offset(1e-7));
    for (Coordinate c : l.getCoordinates()) {
      assertThat(c.x).isEqualTo(82.0);
    }
    // 0.001° of longitude at 45.9° N ≈ 77.6 m (WGS84), the offset of each end.
    assertThat(r.startOffset()).isCloseTo(77.6, offset(0.5));
    assertThat(GeodesicMeasure.lengthMetres(l))
        .isCloseTo(GeodesicMeasure.WGS84.distanceMetres(82, 45.9, 82, 44.1), offset(0.01));
  }

  @Test
  void sectionRunningOverTheRingsClosingVertexIsContinuous() {
    // Ring starts at (82, 45) in the middle of the shared side.
    Geometry country = wkt("POLYGON ((82 45, 82 46, 80 46, 80 44, 82 44, 82 45))");
    Geometry neighbour = wkt("POLYGON ((82 44, 84 44, 84 46, 82 46, 82 44))");
    BorderSection.Result r =
        BorderSection.extract(
            country,
            neighbour,
            new Coordinate(82, 44.2),
            new Coordinate(82, 45.8),
            Geometries.FACTORY);
    assertThat(r.line().getCoordinates()).extracting(c -> c.y).containsExactly(44.2, 45.0, 45.8);
    assertThat(r.startOffset()).isZero();
  }
}
