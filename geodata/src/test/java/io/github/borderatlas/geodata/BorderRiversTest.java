package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.BorderStretch;
import io.github.borderatlas.core.analysis.FlowDirection;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.model.BorderSegment;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the bundled rivers meet the border: crossing rivers cross once, the Khorgos runs along it.
 */
class BorderRiversTest {

  private static final RiverCrossingAnalysis CROSSINGS =
      RiverCrossingAnalysis.of(ChinaKazakhstan.atlas());

  /**
   * The Ili, the Black Irtysh and the Emil flow from China into Kazakhstan (facts.md §2; crossing
   * places in data-sources.md) and cross the OSM border once each, nowhere running along it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"river.ili", "river.black-irtysh", "river.emil"})
  void transboundaryRiverCrossesOnceFromChinaToKazakhstan(String id) {
    RiverAtBorder r = CROSSINGS.river(id).orElseThrow();
    assertThat(r.crossingCount()).isEqualTo(1);
    assertThat(r.direction()).isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);
    assertThat(r.alongBorder()).isEmpty();
  }

  /**
   * The Khorgos is a boundary river over its lower course (facts.md S26; ru-wiki T26: "the
   * remaining 160 km to its mouth along the border"), and the atlas' Khorgos line is the border's
   * own Khorgos segment (rivers.geojson provenance). So it follows the border for its whole length
   * (134 km, MANIFEST.json report) over that segment's chainage, and never crosses it.
   */
  @Test
  void khorgosFollowsTheBorderForMoreThan100KmAndNeverCrossesIt() {
    RiverAtBorder khorgos = CROSSINGS.river("river.khorgos").orElseThrow();
    assertThat(khorgos.crossingCount()).isZero();
    assertThat(khorgos.direction()).isEqualTo(FlowDirection.NO_CROSSING);
    assertThat(khorgos.alongBorder()).hasSize(1);
    BorderStretch stretch = khorgos.alongBorder().get(0);
    assertThat(stretch.riverLengthMetres()).isGreaterThan(100_000);
    assertThat(stretch.riverLengthMetres()).isCloseTo(khorgos.riverLengthMetres(), within(1.0));
    BorderSegment segment =
        ChinaKazakhstan.atlas().border().orElseThrow().segments().stream()
            .filter(s -> s.waterbody().equals(Optional.of("Khorgos")))
            .findFirst()
            .orElseThrow();
    // Stretch ends are found to within one 50 m sampling step (RiverCrossingAnalysis javadoc).
    assertThat(stretch.borderStartMetres()).isCloseTo(segment.startChainageMetres(), within(50.0));
    assertThat(stretch.borderEndMetres()).isCloseTo(segment.endChainageMetres(), within(50.0));
  }
}
