package io.github.borderatlas.viewer.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Level of detail of added layers: Douglas–Peucker bands, shared arrays, the band cache bound. */
class ProjectedFeaturesTest {

  private static final GeometryFactory GF = new GeometryFactory();

  /** A zigzag along 44.5 N from 79 E to 81 E, 2000 vertices 0.001 degrees (about 80 m) apart. */
  private static LineString zigzag() {
    Coordinate[] c = new Coordinate[2001];
    for (int i = 0; i <= 2000; i++) {
      c[i] = new Coordinate(79 + i * 0.001, 44.5 + (i % 2 == 0 ? 0 : 0.0005));
    }
    return GF.createLineString(c);
  }

  private static ProjectedFeatures layer() {
    Polygon tiny =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(80, 45),
              new Coordinate(80.0001, 45),
              new Coordinate(80.0001, 45.0001),
              new Coordinate(80, 45)
            });
    return new ProjectedFeatures.Builder(RegionMapProjection.REGION)
        .add("zigzag", zigzag(), Map.of("name", "Z"))
        .add("tiny", tiny, Map.of())
        .build();
  }

  @Test
  void coarseBandsDropVerticesTheViewCannotShow_andKeepTheEnds() {
    ProjectedFeatures l = layer();
    ChunkedGeometry full = l.features().get(0).shape();
    assertThat(full.vertexCount()).isEqualTo(2001);
    // 1 km per pixel: tolerance 256 m > the 55 m zigzag amplitude, so only the parallel's curve
    // stays: projected, 2 degrees of a parallel bend about 0.6 km off their chord (Albers)
    assertThat(l.shapes(1000).get(0).vertexCount()).isBetween(3, 5);
    // 4 km per pixel: tolerance 1024 m > that bend: a straight line between the ends
    ChunkedGeometry coarse = l.shapes(4000).get(0);
    assertThat(coarse.vertexCount()).isEqualTo(2);
    assertThat(coarse.envelope().getMinX()).isEqualTo(full.envelope().getMinX());
    assertThat(coarse.envelope().getMaxX()).isEqualTo(full.envelope().getMaxX());
    // the 10 m ring is smaller than the tolerance: dropped at that band, kept at full detail
    assertThat(l.shapes(1000).get(1)).isSameAs(ChunkedGeometry.EMPTY);
    assertThat(l.shapes(1).get(1).vertexCount()).isEqualTo(4);
  }

  @Test
  void aBandThatWouldKeepMostVertices_sharesTheFullDetailArrays() {
    ProjectedFeatures l = layer();
    // 10 m per pixel: tolerance 4 m, far below the zigzag's 55 m amplitude, so nothing goes
    assertThat(l.shapes(10).get(0)).isSameAs(l.features().get(0).shape());
  }

  @Test
  void atMostFourBandsAreKept() {
    ProjectedFeatures l = layer();
    for (double mpp : List.of(100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0)) {
      l.shapes(mpp);
    }
    assertThat(l.cachedBands()).isEqualTo(ProjectedFeatures.CACHED_BANDS);
    List<ChunkedGeometry> again = l.shapes(3200);
    assertThat(l.shapes(3200)).isSameAs(again); // a cached band is reused
  }

  @Test
  void propertiesAndKindAreKept() {
    ProjectedFeatures l = layer();
    assertThat(l.features().get(0).text("name")).isEqualTo("Z");
    assertThat(l.features().get(0).text("none")).isNull();
    assertThat(l.kind()).isEqualTo(GeometryKind.MIXED);
    assertThat(l.vertexCount()).isEqualTo(2005);
    assertThat(l.extent().contains(l.features().get(0).envelope())).isTrue();
  }
}
