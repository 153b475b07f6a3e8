package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.Validity;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;

/** Expected properties are written by hand from docs/geojson-schema.md and the fixtures. */
class AtlasFeatureEncoderTest {

  static Stream<AtlasFeature> everyFixtureFeature() {
    return AtlasFixtures.atlas().features().stream();
  }

  @ParameterizedTest
  @MethodSource("everyFixtureFeature")
  void propertiesFollowTheSchemaOrder_andIdEqualsIdProperty(AtlasFeature feature) {
    GeoJsonFeature gj = AtlasFeatureEncoder.encode(feature);

    List<String> schemaOrder = AtlasSchema.properties(feature.layer());
    List<String> keys = List.copyOf(gj.properties().keySet());
    assertThat(schemaOrder).containsSubsequence(keys);
    assertThat(keys).startsWith("id", "layer", "name", "source", "license");
    assertThat(gj.id()).isEqualTo(feature.id()).isEqualTo(gj.string("id"));
    assertThat(gj.string("layer")).isEqualTo(feature.layer().id());
    assertThat(gj.geometry()).isSameAs(feature.geometry());
  }

  @Test
  void river_writesNamesOutflowFlagAndFiguresAsObjects() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("id", "river.ili");
    expected.put("layer", "river");
    expected.put("name", "Ili");
    expected.put("source", "GSHHG 2.3.7 (Wessel & Smith)");
    expected.put("license", "LGPL-3.0-or-later");
    expected.put("name_kk", "Іле");
    expected.put("name_zh", "伊犁河");
    expected.put("name_ru", "Или");
    expected.put("outflow", "lake.balkhash");
    expected.put("transboundary", true);
    expected.put(
        "figures",
        List.of(
            Map.of(
                "quantity",
                "river.length",
                "value",
                1439.0,
                "unit",
                "km",
                "source",
                "S70 S71",
                "confidence",
                "firm"),
            Map.of(
                "quantity",
                "river.discharge.mean",
                "value",
                480.0,
                "unit",
                "m³/s",
                "source",
                "S70 S71",
                "confidence",
                "firm",
                "note",
                "about 480 m³/s"),
            Map.of(
                "quantity",
                "river.consumption.share.china",
                "value",
                38.0,
                "unit",
                "%",
                "source",
                "S77",
                "confidence",
                "single",
                "note",
                "in 2000; no water-allocation agreement")));

    Map<String, Object> actual = AtlasFeatureEncoder.encode(AtlasFixtures.ili()).properties();

    assertThat(actual).containsExactlyEntriesOf(expected);
    @SuppressWarnings("unchecked")
    Map<String, Object> firstFigure = ((List<Map<String, Object>>) actual.get("figures")).get(0);
    assertThat(firstFigure.keySet())
        .containsExactly("quantity", "value", "unit", "source", "confidence");
  }

  @Test
  void optionalValues_areLeftOut_butRequiredFlagsStay() {
    Map<String, Object> p = AtlasFeatureEncoder.encode(AtlasFixtures.emel()).properties();
    assertThat(p.keySet())
        .containsExactly(
            "id", "layer", "name", "source", "license", "valid_from", "valid_to", "transboundary");
    assertThat(p)
        .containsEntry("valid_from", "1900-01-01")
        .containsEntry("valid_to", "2100-01-01")
        .containsEntry("transboundary", false);
  }

  @Test
  void enums_areLowerCaseWithHyphens_andPartialDatesKeepTheirPrecision() {
    Map<String, Object> port = AtlasFeatureEncoder.encode(AtlasFixtures.khorgosPort()).properties();
    assertThat(port)
        .containsEntry("kind", "cross-border-centre")
        .containsEntry("opened", "1983-11")
        .containsEntry("valid_from", "1983-11-16")
        .containsEntry("accuracy_m", 1852.0)
        .containsEntry("accuracy_basis", "")
        .doesNotContainKeys("note", "name_kz_side", "name_cn_side", "name_kk");

    Map<String, Object> y1915 =
        AtlasFeatureEncoder.encode(AtlasFixtures.agreement1915()).properties();
    assertThat(y1915)
        .containsEntry("kind", "water-agreement")
        .containsEntry("date", "1915")
        .containsEntry("date_precision", "year")
        .containsEntry("summary", "")
        .doesNotContainKeys("parties", "concerns", "place_name");

    Map<String, Object> peking =
        AtlasFeatureEncoder.encode(AtlasFixtures.peking1860()).properties();
    assertThat(peking).containsEntry("date", "1860-11").containsEntry("date_precision", "month");
  }

  @Test
  void event_writesPartiesAndConcernsAsArrays() {
    Map<String, Object> p = AtlasFeatureEncoder.encode(AtlasFixtures.agreement1994()).properties();
    assertThat(p.keySet())
        .containsExactly(
            "id",
            "layer",
            "name",
            "source",
            "license",
            "valid_from",
            "date",
            "date_precision",
            "kind",
            "summary",
            "place_name",
            "parties",
            "concerns");
    assertThat(p)
        .containsEntry("name", "Agreement on the Kazakh–Chinese State Border")
        .containsEntry("date", "1994-04-26")
        .containsEntry("date_precision", "day")
        .containsEntry("valid_from", "1995-06-15")
        .containsEntry("parties", List.of("China", "Kazakhstan"))
        .containsEntry("concerns", List.of("border", "sector.chogan-obo"));
  }

  @Test
  void segment_writesChainageInMetres_andSectorWithoutGeometryHasNoAccuracy() {
    Map<String, Object> seg = AtlasFeatureEncoder.encode(AtlasFixtures.segment2()).properties();
    assertThat(seg.keySet())
        .containsExactly(
            "id",
            "layer",
            "name",
            "source",
            "license",
            "kind",
            "waterbody",
            "start_chainage_m",
            "end_chainage_m",
            "evidence");
    assertThat(seg)
        .containsEntry("layer", "border-segment")
        .containsEntry("kind", "river")
        .containsEntry("start_chainage_m", 1_000_000.0)
        .containsEntry("end_chainage_m", 1_350_250.5);

    GeoJsonFeature sector = AtlasFeatureEncoder.encode(AtlasFixtures.choganObo());
    assertThat(sector.geometry()).isNull();
    assertThat(sector.properties().keySet())
        .containsExactly(
            "id",
            "layer",
            "name",
            "source",
            "license",
            "valid_from",
            "valid_to",
            "name_zh",
            "treaty_points",
            "settled_by",
            "note");
  }

  @Test
  void border_isWrittenWithoutItsSegments_whichFollowAsFeatures() {
    List<GeoJsonFeature> all = AtlasFeatureEncoder.encode(AtlasFixtures.atlas());
    assertThat(all)
        .extracting(GeoJsonFeature::id)
        .containsExactly(
            "country.KAZ",
            "country.CHN",
            "border",
            "border.segment.01",
            "border.segment.02",
            "border.segment.03",
            "lake.balkhash",
            "lake.kapchagay",
            "river.ili",
            "river.emel",
            "sector.chogan-obo",
            "sector.tielieketi",
            "crossing.dostyk",
            "place.khorgos-port",
            "treaty.1860-peking",
            "treaty.1915",
            "treaty.1994-border-agreement",
            "treaty.1998-supplementary");
    assertThat(all.get(2).properties().keySet())
        .containsExactly("id", "layer", "name", "source", "license");
  }

  @Test
  void layerFilter_keepsAtlasOrder() {
    List<GeoJsonFeature> some =
        AtlasFeatureEncoder.encode(AtlasFixtures.atlas(), EnumSet.of(Layer.PLACE, Layer.LAKE));
    assertThat(some)
        .extracting(GeoJsonFeature::id)
        .containsExactly(
            "lake.balkhash", "lake.kapchagay", "crossing.dostyk", "place.khorgos-port");
    assertThat(AtlasFeatureEncoder.encode(AtlasFixtures.atlas(), EnumSet.noneOf(Layer.class)))
        .isEmpty();
  }

  @Test
  void foreignFeatureType_isRejectedByName() {
    AtlasFeature foreign =
        new AtlasFeature() {
          @Override
          public String id() {
            return "x.1";
          }

          @Override
          public Layer layer() {
            return Layer.PLACE;
          }

          @Override
          public String name() {
            return "x";
          }

          @Override
          public Geometry geometry() {
            return null;
          }

          @Override
          public Provenance provenance() {
            return Provenance.fact("t");
          }

          @Override
          public Validity validity() {
            return Validity.ALWAYS;
          }
        };
    assertThatThrownBy(() -> AtlasFeatureEncoder.encode(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.1")
        .hasMessageContaining("not an atlas model type");
  }
}
