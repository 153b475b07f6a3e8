package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The loader caches one atlas for all threads and reads the same content afresh. */
class LoaderTest {

  @Test
  void atlasIsCached() {
    assertThat(ChinaKazakhstan.atlas()).isSameAs(ChinaKazakhstan.atlas());
  }

  @Test
  void concurrentCallersShareOneAtlas() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Atlas>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(ChinaKazakhstan::atlas);
      }
      List<Atlas> seen = new ArrayList<>();
      for (Future<Atlas> f : pool.invokeAll(calls)) {
        seen.add(f.get());
      }
      assertThat(seen).allSatisfy(a -> assertThat(a).isSameAs(ChinaKazakhstan.atlas()));
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void freshLoadHasTheSameFeaturesInTheSameOrder() {
    Atlas fresh = ChinaKazakhstan.load();
    assertThat(fresh).isNotSameAs(ChinaKazakhstan.atlas());
    assertThat(fresh.features().stream().map(AtlasFeature::id).toList())
        .isEqualTo(ChinaKazakhstan.atlas().features().stream().map(AtlasFeature::id).toList());
    assertThat(fresh.figures()).isEqualTo(ChinaKazakhstan.atlas().figures());
  }

  @Test
  void resourcesListsTheBundledFiles() {
    assertThat(ChinaKazakhstan.LAYER_FILES)
        .contains("places.geojson", "timeline.geojson", "sectors.geojson");
    for (String name : ChinaKazakhstan.LAYER_FILES) {
      assertThat(ChinaKazakhstan.class.getResource(name)).as(name).isNotNull();
    }
    assertThat(ChinaKazakhstan.class.getResource(ChinaKazakhstan.FIGURES_FILE)).isNotNull();
  }
}
