package io.github.borderatlas.viewer.map;

import static io.github.borderatlas.viewer.map.PixelProbe.nearest;
import static io.github.borderatlas.viewer.map.PixelProbe.screen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * The bundled dataset rendered headless at the default fit: colours at the projected positions of
 * known features. Positions from /work/shared/reference/data-sources.md: the Khorgos stretch of the
 * border along 80.4–80.6E between 43.82N and 44.6N (Khorgos town 80.45E 44.2N), the Ili's crossing
 * at 80.530E 43.811N, Balkhash's inside point 74.5E 46.1N.
 */
class RealDataRenderTest {

  private static ProjectedAtlas pa;
  private static Viewport vp;

  @BeforeAll
  static void load() {
    Atlas atlas = ChinaKazakhstan.atlas();
    pa = new ProjectedAtlas(atlas, RegionMapProjection.REGION);
    vp = Viewport.fit(pa.dataExtent(), 1200, 800, 24);
  }

  private static BufferedImage render(RenderOptions o) {
    return MapRenderer.renderImage(pa, vp, o.withDecorations(false), 1.0);
  }

  @Test
  void balkhashInterior_isLakeBlue() {
    double[] p = screen(pa, vp, 74.5, 46.1);
    assertThat(nearest(render(RenderOptions.DEFAULT), p[0], p[1], 0, Palette.LAKE_FILL))
        .isLessThan(8);
  }

  @Test
  void borderNearKhorgos_isDrawnAsARiverStretch() {
    Point khorgos = Geometries.FACTORY.createPoint(new Coordinate(80.45, 44.2));
    BorderSegment segment =
        pa.atlas().border().orElseThrow().segments().stream()
            .min(
                (a, b) ->
                    Double.compare(a.geometry().distance(khorgos), b.geometry().distance(khorgos)))
            .orElseThrow();
    Coordinate onBorder = DistanceOp.nearestPoints(segment.geometry(), khorgos)[0];
    double km = Geodesic.WGS84.Inverse(44.2, 80.45, onBorder.y, onBorder.x).s12 / 1000;
    assertThat(km).isLessThan(10); // the line runs along the Khorgos near the town
    assertThat(segment.kind()).isEqualTo(SegmentKind.RIVER);
    BufferedImage img = render(RenderOptions.DEFAULT.withVisible(EnumSet.of(BundledLayer.BORDER)));
    double[] p = screen(pa, vp, onBorder.x, onBorder.y);
    assertThat(nearest(img, p[0], p[1], 2, Palette.BORDER_RIVER)).isLessThan(40);
  }

  @Test
  void iliBelowItsCrossing_isRiverBlue() {
    River ili = pa.atlas().find("river.ili", River.class).orElseThrow();
    // the Ili's vertex closest to 80.2E 43.85N: in Kazakhstan, some 25 km below the crossing
    Point target = Geometries.FACTORY.createPoint(new Coordinate(80.2, 43.85));
    Coordinate c = DistanceOp.nearestPoints(ili.geometry(), target)[0];
    assertThat(Geodesic.WGS84.Inverse(43.811, 80.530, c.y, c.x).s12).isBetween(10e3, 60e3);
    BufferedImage img =
        render(
            RenderOptions.DEFAULT.withVisible(
                EnumSet.of(BundledLayer.RIVERS, BundledLayer.COUNTRIES)));
    double[] p = screen(pa, vp, c.x, c.y);
    assertThat(nearest(img, p[0], p[1], 1, Palette.RIVER)).isLessThan(40);
  }

  @Test
  void identify_worksOnTheRealCountryPolygons() {
    // the source country outlines have a few invalid rings: identify must not need an overlay
    for (double[] ll : new double[][] {{72.0, 49.0}, {88.0, 43.5}}) {
      double[] p = screen(pa, vp, ll[0], ll[1]);
      assertThat(HitTester.hit(pa, vp, RenderOptions.DEFAULT, p[0], p[1]))
          .map(f -> f.id())
          .hasValueSatisfying(id -> assertThat(id).startsWith("country."));
    }
    double[] kz = screen(pa, vp, 72.0, 49.0); // central Kazakhstan
    assertThat(HitTester.hit(pa, vp, RenderOptions.DEFAULT, kz[0], kz[1]).orElseThrow().id())
        .isEqualTo("country.KAZ");
  }

  /**
   * Issue 14 item 6: the lakes that are holes in China's outline are water, not empty background,
   * at the default fit and zoomed in 16 times on them, and a click there identifies the lake.
   * Inside points: the coordinates of the pages cited in each lake's source (Ebi Lake
   * en.wikipedia.org/wiki/Aibi_Lake, Sayram Lake the English Wikipedia article on iiab.live, Lake
   * Ulungur perceptiode.com), as in the pipeline's LakeCatalog.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "lake.ebinur, 83.000, 44.883",
    "lake.sayram, 81.2, 44.6",
    "lake.ulungur, 87.316667, 47.25"
  })
  void lakesInHolesOfChinasOutline_areDrawnAndIdentified(String id, double lon, double lat) {
    double[] p = screen(pa, vp, lon, lat);
    assertThat(nearest(render(RenderOptions.DEFAULT), p[0], p[1], 0, Palette.LAKE_FILL))
        .isLessThan(8);
    Viewport zoomed = vp.zoomAt(16, p[0], p[1]);
    double[] z = screen(pa, zoomed, lon, lat);
    BufferedImage close = MapRenderer.renderImage(pa, zoomed, RenderOptions.DEFAULT, 1.0);
    assertThat(nearest(close, z[0], z[1], 0, Palette.LAKE_FILL)).isLessThan(8);
    for (Viewport v : new Viewport[] {vp, zoomed}) {
      double[] s = screen(pa, v, lon, lat);
      assertThat(HitTester.hit(pa, v, RenderOptions.DEFAULT, s[0], s[1]))
          .map(f -> f.id())
          .contains(id);
    }
  }

  @Test
  void levelOfDetail_isCachedPerScaleBand() {
    int before = pa.cachedBands();
    render(RenderOptions.DEFAULT);
    render(RenderOptions.DEFAULT);
    assertThat(pa.cachedBands()).isBetween(1, before + 1);
  }
}
