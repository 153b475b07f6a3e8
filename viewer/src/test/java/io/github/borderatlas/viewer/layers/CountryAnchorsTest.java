package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.draw.ScreenShapes;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Country name anchors found by one scan per grid row of the screen area, against the reference:
 * JTS point location of every grid point in the projected geometry (what the painter did before,
 * per frame). Shapes are hand-made in metres: a country with a lake-like hole, and a multipolygon
 * with a self-touching (invalid) ring like some source outlines.
 */
class CountryAnchorsTest {

  static Stream<Arguments> cases() throws ParseException {
    WKTReader wkt = new WKTReader();
    Geometry holed =
        wkt.read(
            "POLYGON ((-400000 -300000, 420000 -280000, 380000 310000, "
                + "-10000 150000, -390000 290000, -400000 -300000), "
                + "(-100000 -100000, 120000 -90000, 60000 80000, -100000 -100000))");
    Geometry invalid =
        wkt.read(
            "MULTIPOLYGON (((-300000 -200000, 0 -200000, 0 0, 200000 0, "
                + "200000 200000, 0 200000, 0 0, -300000 0, -300000 -200000)), "
                + "((250000 -250000, 380000 -250000, 380000 -60000, 250000 -60000, 250000 -250000)))");
    // centres off round numbers, so that no grid point falls exactly on an edge (where point
    // location says "boundary" and the rule says nothing)
    return Stream.of(
        Arguments.of(holed, new Viewport(1_317, -2_911, 1000, 1000, 700)),
        Arguments.of(holed, new Viewport(300_713, 200_377, 500, 800, 600)),
        Arguments.of(holed, new Viewport(37_000, -11_000, 730, 1600, 1000)),
        Arguments.of(invalid, new Viewport(3_217, -1_911, 800, 1000, 700)),
        Arguments.of(invalid, new Viewport(-147_311, -98_777, 300, 900, 650)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void scanlineAnchors_equalPointLocationOnTheGeometry(Geometry geom, Viewport vp) {
    Path2D area = ScreenShapes.areas(geom, vp);
    List<Label.Anchor> actual = CountryPainter.anchors(area, vp);
    List<Label.Anchor> expected = reference(geom, vp);
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** The per-point rule: grid points located in the interior, nearest the centre, at most 16. */
  private static List<Label.Anchor> reference(Geometry geom, Viewport vp) {
    IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(geom);
    int step = CountryPainter.ANCHOR_GRID_PX;
    List<double[]> inside = new ArrayList<>();
    double sx = 0;
    double sy = 0;
    for (int y = step; y < vp.height() - step / 2; y += step) {
      for (int x = step; x < vp.width() - step / 2; x += step) {
        if (locator.locate(new Coordinate(vp.worldX(x), vp.worldY(y))) == Location.INTERIOR) {
          inside.add(new double[] {x, y});
          sx += x;
          sy += y;
        }
      }
    }
    if (inside.size() < 6) {
      return List.of();
    }
    double cx = sx / inside.size();
    double cy = sy / inside.size();
    inside.sort(Comparator.comparingDouble(p -> Math.hypot(p[0] - cx, p[1] - cy)));
    List<Label.Anchor> out = new ArrayList<>();
    for (int i = 0; i < Math.min(16, inside.size()); i++) {
      out.add(new Label.Anchor(inside.get(i)[0], inside.get(i)[1], 0));
    }
    return out;
  }
}
