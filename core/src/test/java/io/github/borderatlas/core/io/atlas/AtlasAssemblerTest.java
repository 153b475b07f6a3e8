package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Layer;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected orders and messages follow from the fixtures and the assembler's contract. */
class AtlasAssemblerTest {

  private static List<GeoJsonFeature> encode(Layer... layers) {
    return AtlasFeatureEncoder.encode(AtlasFixtures.atlas(), EnumSet.of(layers[0], layers));
  }

  @Test
  void featuresFromSeveralFiles_giveTheOriginalAtlas() {
    Atlas original = AtlasFixtures.atlas();
    Atlas decoded =
        new AtlasAssembler(AtlasFeatureDecoder.strict())
            .addAll(encode(Layer.RIVER, Layer.LAKE), "water.geojson")
            .addAll(encode(Layer.BORDER_SEGMENT), "segments.geojson")
            .addAll(encode(Layer.EVENT, Layer.PLACE, Layer.DISPUTED_SECTOR), "facts.geojson")
            .addAll(encode(Layer.BORDER, Layer.COUNTRY), "border.geojson")
            .addFigures(original.figures())
            .build();

    assertThat(decoded.features()).containsExactlyElementsOf(original.features());
    assertThat(decoded.figures()).isEqualTo(original.figures());
    assertThat(decoded.border().orElseThrow().segments())
        .extracting(BorderSegment::startChainageMetres)
        .containsExactly(0.0, 1_000_000.0, 1_350_250.5);
  }

  @Test
  void segmentsReadOutOfOrder_areSortedByStartChainage() {
    List<GeoJsonFeature> segments = encode(Layer.BORDER_SEGMENT);
    Atlas atlas =
        new AtlasAssembler(AtlasFeatureDecoder.strict())
            .addAll(List.of(segments.get(2), segments.get(0), segments.get(1)), "segments.geojson")
            .addAll(encode(Layer.BORDER), "border.geojson")
            .build();
    assertThat(atlas.border().orElseThrow().segments())
        .extracting(BorderSegment::id)
        .containsExactly("border.segment.01", "border.segment.02", "border.segment.03");
  }

  @Test
  void segmentWithoutBorder_isAnError() {
    AtlasAssembler a =
        new AtlasAssembler(AtlasFeatureDecoder.strict())
            .addAll(encode(Layer.RIVER, Layer.BORDER_SEGMENT), "a.geojson");
    assertThatThrownBy(a::build)
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("feature \"border.segment.01\" (border-segment): has no border")
        .hasMessageContaining("first segment at a.geojson $.features[0]");
  }

  @Test
  void duplicateId_namesBothPlaces() {
    List<GeoJsonFeature> rivers = encode(Layer.RIVER);
    AtlasAssembler a =
        new AtlasAssembler(AtlasFeatureDecoder.strict()).addAll(rivers, "rivers.geojson");
    assertThatThrownBy(() -> a.addAll(rivers, "more-rivers.geojson"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessage(
            "more-rivers.geojson at $.features[0].properties.id: feature \"river.ili\""
                + " (river): property \"id\": duplicates the id of the feature at rivers.geojson"
                + " $.features[0]");
  }

  @Test
  void secondBorder_isAnError() {
    AtlasAssembler a =
        new AtlasAssembler(AtlasFeatureDecoder.strict())
            .addAll(encode(Layer.BORDER), "border.geojson");
    GeoJsonFeature other =
        AtlasFeatureDecoderTest.with(AtlasFixtures.border(), p -> p.put("id", "border.2"));
    assertThatThrownBy(
            () ->
                a.add(
                    new GeoJsonFeature(null, other.geometry(), other.properties()), "b.geojson", 2))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining(
            "b.geojson at $.features[2]: feature \"border.2\" (border): a second"
                + " border; the atlas has one border, already read from border.geojson $.features[0]");
  }

  @Test
  void build_canBeCalledAgain_withoutDuplicatingFigures() {
    AtlasAssembler a =
        new AtlasAssembler(AtlasFeatureDecoder.lenient())
            .addFigures(Figures.of(AtlasFixtures.atlasFigures()));
    assertThat(a.build().figures().all()).hasSize(4);
    assertThat(a.build().figures().all()).hasSize(4);
  }
}
