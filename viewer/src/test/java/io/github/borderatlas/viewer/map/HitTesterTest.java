package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a click at a lon/lat of the {@link TestAtlas} identifies (positions from TestAtlas). */
class HitTesterTest {

  private static final ProjectedAtlas PA =
      new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
  private static final Viewport VP = Viewport.fit(PA.fullExtent(), 900, 650, 20);

  private static Optional<String> hit(double lon, double lat, RenderOptions o) {
    double[] s = PixelProbe.screen(PA, VP, lon, lat);
    return HitTester.hit(PA, VP, o, s[0], s[1]).map(AtlasFeature::id);
  }

  @ParameterizedTest(name = "{0},{1} -> {2}")
  @CsvSource({
    "80.35, 44.05, crossing.khorgos", // place beats everything under it
    "80.45, 44.4, border.segment.02", // the Khorgos river stretch, not the whole border
    "79.5, 43.8263, river.ili",
    "74.5, 46.1, lake.balkhash", // inside point from data-sources.md
    "83.3, 47.1, sector.chogan-obo",
    "72.0, 49.0, country.KAZ",
    "90.0, 43.0, country.CHN",
  })
  void identifiesTheTopmostFeature(double lon, double lat, String id) {
    assertThat(hit(lon, lat, RenderOptions.DEFAULT)).contains(id);
  }

  /**
   * Everything under a point, topmost first: at the Khorgos crossing (80.35 44.05, TestAtlas) the
   * crossing, then the border stretch it is on when within the tolerance, then the country below.
   * The first is what {@link HitTester#hit} gives.
   */
  @ParameterizedTest(name = "{0},{1} -> {2}")
  @CsvSource({
    "80.35, 44.05, crossing.khorgos country.KAZ",
    "79.5, 43.8263, river.ili country.KAZ",
    "74.5, 46.1, lake.balkhash country.KAZ",
  })
  void hitAll_listsEveryFeatureTopmostFirst(double lon, double lat, String ids) {
    double[] s = PixelProbe.screen(PA, VP, lon, lat);
    java.util.List<String> all =
        HitTester.hitAll(PA, VP, RenderOptions.DEFAULT, s[0], s[1]).stream()
            .map(AtlasFeature::id)
            .toList();
    assertThat(all).containsSubsequence(ids.split(" "));
    assertThat(all.get(0)).isEqualTo(hit(lon, lat, RenderOptions.DEFAULT).orElseThrow());
    assertThat(all).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({"79.5, 43.8263, country.KAZ"})
  void hiddenLayers_cannotBeHit(double lon, double lat, String id) {
    assertThat(hit(lon, lat, RenderOptions.DEFAULT.withLayer(BundledLayer.RIVERS, false)))
        .contains(id);
    assertThat(hit(lon, lat, RenderOptions.DEFAULT.withVisible(java.util.Set.of()))).isEmpty();
  }
}
