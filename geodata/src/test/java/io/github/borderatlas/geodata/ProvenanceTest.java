package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Provenance;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every bundled feature says where it comes from and under which shipped licence. */
class ProvenanceTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  /** The layers curated by hand from facts.md, treaty-line.md and the seed article. */
  private static final Set<Layer> CURATED =
      EnumSet.of(Layer.PLACE, Layer.EVENT, Layer.DISPUTED_SECTOR);

  @Test
  void everyFeatureHasSourceAndLicence() {
    assertThat(ATLAS.features())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.provenance().isComplete()).as(f.id()).isTrue());
  }

  /** Each licence used is one whose text ships in the jar ({@link DataLicense}). */
  @Test
  void everyLicenceUsedIsShipped() {
    assertThat(ATLAS.features())
        .allSatisfy(
            f ->
                assertThat(
                        Arrays.stream(DataLicense.values())
                            .anyMatch(l -> f.provenance().license().startsWith(l.spdxId())))
                    .as(f.id() + " licence " + f.provenance().license())
                    .isTrue());
  }

  /**
   * Curated features are CC0 facts and cite facts.md, treaty-line.md, the seed article, or a web
   * page by its quoted title and full URL.
   */
  @Test
  void curatedFeaturesCiteTheirSource() {
    for (AtlasFeature f : ATLAS.features()) {
      if (!CURATED.contains(f.layer())) {
        continue;
      }
      assertThat(f.provenance().license()).as(f.id()).isEqualTo(Provenance.FACTS_LICENSE);
      assertThat(f.provenance().source())
          .as(f.id())
          .matches(
              s ->
                  s.startsWith("facts.md S")
                      || s.startsWith("Seed article")
                      || s.startsWith("shared/reference/treaty-line.md T")
                      || s.startsWith("BorderAtlas: ")
                      || s.startsWith("'") && s.matches("(?s)'.+?', .*https?://.*"),
              "cites a source");
    }
  }

  /** The counts of curated features, so that a lost or doubled file shows up. */
  @Test
  void curatedLayersAreComplete() {
    assertThat(ATLAS.features(Layer.PLACE)).hasSize(31);
    assertThat(ATLAS.features(Layer.EVENT)).hasSize(85);
    assertThat(ATLAS.features(Layer.DISPUTED_SECTOR)).hasSize(6);
  }
}
