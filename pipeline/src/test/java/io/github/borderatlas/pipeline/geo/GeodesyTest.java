package io.github.borderatlas.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.borderatlas.core.model.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {

  private static <T> T wkt(String s) {
    try {
      @SuppressWarnings("unchecked")
      T g = (T) new WKTReader(Geometries.FACTORY).read(s);
      return g;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** GeographicLib GeodSolve documentation: JFK 40.6 -73.8 to LHR 51.6 -0.5, s12 = 5551759.400319 m. */
  @Test
  void distanceMatchesGeographicLibReference() {
    assertThat(Geodesy.distance(-73.8, 40.6, -0.5, 51.6)).isCloseTo(5551759.400319, offset(1e-4));
  }

  /**
   * A lune between two meridians 1° apart, closed along the equator (a geodesic) at one end and at
   * the pole at the other, is 1/720 of the ellipsoid's area; the WGS84 area is
   * 510,065,621,724,088.5 m² (GeographicLib, Geodesic.EllipsoidArea; Karney 2013).
   */
  @Test
  void areaOfAHalfLuneIsItsShareOfTheEllipsoid() {
    LineString r = wkt("LINESTRING (0 0, 1 0, 1 90, 0 90, 0 0)");
    double expected = 510065621724088.5 / 720;
    assertThat(Geodesy.ringArea(r)).isCloseTo(expected, offset(1.0));
    assertThat(Geodesy.ringArea(r.reverse())).isCloseTo(expected, offset(1.0));
  }

  /** A hole is subtracted: area(shell with hole) = area(shell) - area(hole). */
  @Test
  void holesAreSubtracted() {
    Polygon withHole = wkt("POLYGON ((80 44, 81 44, 81 45, 80 45, 80 44), "
        + "(80.2 44.2, 80.2 44.4, 80.4 44.4, 80.4 44.2, 80.2 44.2))");
    Polygon shell = wkt("POLYGON ((80 44, 81 44, 81 45, 80 45, 80 44))");
    Polygon hole = wkt("POLYGON ((80.2 44.2, 80.2 44.4, 80.4 44.4, 80.4 44.2, 80.2 44.2))");
    assertThat(Geodesy.area(withHole))
        .isCloseTo(Geodesy.area(shell) - Geodesy.area(hole), offset(1e-3));
    assertThat(Geodesy.area(hole)).isPositive();
  }

  /**
   * Meridian arc on WGS84 from 0° to 1° N: 110,574.389 m (GeographicLib GeodSolve -i 0 0 1 0);
   * a two-segment line along the meridian has the same length.
   */
  @Test
  void lengthAlongAMeridianIsTheMeridianArc() {
    LineString l = wkt("LINESTRING (0 0, 0 0.5, 0 1)");
    assertThat(Geodesy.length(l)).isCloseTo(110574.389, offset(0.01));
  }

  /** Khorgos area (80.4 E, 44.2 N), lat ≠ lon: 0.01° of latitude east of a meridian line. */
  @Test
  void distanceToLineAndChainageUseLonLatOrder() {
    LineString l = wkt("LINESTRING (80.4 44.0, 80.4 44.5)");
    Coordinate p = new Coordinate(80.41, 44.2);
    // 0.01° of longitude at 44.2° N on WGS84 ≈ 798.9 m (GeodSolve -i 44.2 80.4 44.2 80.41).
    assertThat(Geodesy.distanceToLine(p, l)).isCloseTo(798.9, offset(1.0));
    ChainedLine cl = ChainedLine.of(l);
    ChainedLine.Position pos = cl.locate(p);
    assertThat(pos.chainage()).isCloseTo(Geodesy.distance(80.4, 44.0, 80.4, 44.2), offset(1.0));
    assertThat(cl.pointAt(pos.chainage()).y).isCloseTo(44.2, offset(1e-5));
  }

  @Test
  void subLineHasInterpolatedEndsAndInnerVertices() {
    ChainedLine cl = ChainedLine.of(wkt("LINESTRING (80 44, 80 44.1, 80 44.2, 80 44.3)"));
    double third = cl.length() / 3;
    LineString sub = cl.subLine(third / 2, cl.length() - third / 2, Geometries.FACTORY);
    assertThat(sub.getNumPoints()).isEqualTo(4);
    assertThat(sub.getCoordinateN(0).y).isCloseTo(44.05, offset(1e-4));
    assertThat(sub.getCoordinateN(3).y).isCloseTo(44.25, offset(1e-4));
    assertThat(Geodesy.length(sub)).isCloseTo(cl.length() - third, offset(0.01));
  }
}
