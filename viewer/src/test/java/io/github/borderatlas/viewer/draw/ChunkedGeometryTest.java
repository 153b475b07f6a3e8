package io.github.borderatlas.viewer.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The chunked drawing form of a geometry against ground truths computed without it: JTS point
 * location for fills, and segment-by-segment culling (the rule the map used before chunks) for
 * lines. The test polygon is a wavy ring of 6,000 vertices about 500 km across with a hole, so a
 * 400x300 view at 200 m per pixel sees a small part of it.
 */
class ChunkedGeometryTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final Polygon WAVY = wavyPolygon();

  /** Ring radius 500 km ± 20 km (40 waves), hole of radius 200 km ± 5 km, centred at 0, 0. */
  private static Polygon wavyPolygon() {
    return GF.createPolygon(
        ring(500_000, 20_000, 6000), new LinearRing[] {ring(200_000, 5_000, 1500)});
  }

  private static LinearRing ring(double r, double wave, int n) {
    Coordinate[] cs = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double rr = r + wave * Math.sin(40 * a);
      cs[i] = new Coordinate(rr * Math.cos(a), rr * Math.sin(a));
    }
    cs[n] = cs[0];
    return GF.createLinearRing(cs);
  }

  /** Views across the outer shore, across the hole's shore, inside, outside, and whole. */
  static Stream<Arguments> views() {
    return Stream.of(
        Arguments.of(new Viewport(500_000, 0, 200, 400, 300)),
        Arguments.of(new Viewport(0, -505_000, 150, 400, 300)),
        Arguments.of(new Viewport(-350_000, 350_000, 300, 400, 300)),
        Arguments.of(new Viewport(200_000, 10_000, 100, 400, 300)),
        Arguments.of(new Viewport(300_000, 0, 200, 400, 300)),
        Arguments.of(new Viewport(900_000, 0, 200, 400, 300)),
        Arguments.of(new Viewport(0, 0, 3000, 400, 400)));
  }

  @ParameterizedTest
  @MethodSource("views")
  void areas_areExactInTheView(Viewport vp) {
    Path2D area = ChunkedGeometry.of(WAVY).areas(vp, ScreenShapes.clipEnvelope(vp));
    IndexedPointInAreaLocator truth = new IndexedPointInAreaLocator(WAVY);
    int checked = 0;
    for (double y = 0.5; y < vp.height(); y += 6) {
      for (double x = 0.5; x < vp.width(); x += 6) {
        int loc = truth.locate(new Coordinate(vp.worldX(x), vp.worldY(y)));
        if (loc == Location.BOUNDARY) {
          continue;
        }
        assertThat(area.contains(x, y))
            .as("(%s, %s) px in %s", x, y, vp)
            .isEqualTo(loc == Location.INTERIOR);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3000);
  }

  @Test
  void areas_replaceFarChunksByChords() {
    Viewport vp = new Viewport(500_000, 0, 200, 400, 300);
    Path2D area = ChunkedGeometry.of(WAVY).areas(vp, ScreenShapes.clipEnvelope(vp));
    // 7,500 ring vertices; the view and its margin see about 60 km of the 3,300 km outer shore
    assertThat(segments(area)).isLessThan(400);
  }

  @ParameterizedTest
  @MethodSource("views")
  void lines_equalSegmentBySegmentCulling(Viewport vp) {
    Envelope clip = ScreenShapes.clipEnvelope(vp);
    List<double[]> actual = points(ChunkedGeometry.of(WAVY).lines(vp, clip));
    List<double[]> expected = new ArrayList<>();
    expected.addAll(culled(WAVY.getExteriorRing().getCoordinates(), vp, clip));
    expected.addAll(culled(WAVY.getInteriorRingN(0).getCoordinates(), vp, clip));
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).containsExactly(expected.get(i));
    }
  }

  @Test
  void ringInsideTheView_isDrawnWhole() {
    Viewport vp = new Viewport(0, 0, 3000, 400, 400);
    Path2D area = ChunkedGeometry.of(WAVY).areas(vp, ScreenShapes.clipEnvelope(vp));
    // per ring: a move to the first vertex, a line to each following one, a close
    assertThat(segments(area)).isEqualTo((1 + 6000 + 1) + (1 + 1500 + 1));
    assertThat(ChunkedGeometry.of(WAVY).vertexCount()).isEqualTo(6001 + 1501);
  }

  @Test
  void atlasChunks_areCachedPerScaleBand() {
    Atlas atlas = ChinaKazakhstan.atlas();
    ProjectedAtlas pa = new ProjectedAtlas(atlas, RegionMapProjection.REGION);
    AtlasFeature kaz = pa.drawable(Layer.COUNTRY).get(0);
    // 600 and 700 m/px share band floor(log2(mpp / 2)) = 8; 1100 m/px is band 9
    assertThat(pa.chunks(kaz, 600)).isSameAs(pa.chunks(kaz, 700));
    assertThat(pa.chunks(kaz, 1100)).isNotSameAs(pa.chunks(kaz, 700));
    assertThat(pa.chunks(kaz, 700).vertexCount()).isEqualTo(pa.geometry(kaz, 700).getNumPoints());
  }

  /** The pre-chunk rule: a segment whose ends lie beyond one same edge is dropped. */
  private static List<double[]> culled(Coordinate[] cs, Viewport vp, Envelope clip) {
    List<double[]> out = new ArrayList<>();
    boolean penDown = false;
    for (int i = 1; i < cs.length; i++) {
      if ((outcode(cs[i - 1], clip) & outcode(cs[i], clip)) != 0) {
        penDown = false;
        continue;
      }
      if (!penDown) {
        out.add(
            new double[] {
              PathIterator.SEG_MOVETO, vp.screenX(cs[i - 1].x), vp.screenY(cs[i - 1].y)
            });
        penDown = true;
      }
      out.add(new double[] {PathIterator.SEG_LINETO, vp.screenX(cs[i].x), vp.screenY(cs[i].y)});
    }
    return out;
  }

  private static int outcode(Coordinate c, Envelope clip) {
    return (c.x < clip.getMinX() ? 1 : c.x > clip.getMaxX() ? 2 : 0)
        | (c.y < clip.getMinY() ? 4 : c.y > clip.getMaxY() ? 8 : 0);
  }

  private static List<double[]> points(Path2D path) {
    List<double[]> out = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      out.add(new double[] {type, c[0], c[1]});
    }
    return out;
  }

  private static int segments(Path2D path) {
    int n = 0;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      n++;
    }
    return n;
  }
}
