package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks of plain GeoJSON features, as the CLI's validate command uses them. */
class GeoJsonFeatureValidatorTest {

  private static GeoJsonFeature feature(String id, String wkt) {
    return new GeoJsonFeature(id, wkt == null ? null : wkt(wkt), Map.of("name", "x"));
  }

  @Test
  void cleanFeatures_andFeaturesWithoutGeometry_haveNoFindings() {
    ValidationReport r =
        GeoJsonFeatureValidator.validate(
            List.of(
                feature("a", "POLYGON ((74 44, 75 44, 75 45, 74 45, 74 44))"),
                feature("b", null),
                feature(null, "LINESTRING (80 44, 81 45)")));
    assertThat(r.isClean()).isTrue();
  }

  @Test
  void findings_nameTheIdOrTheIndex() {
    GeoJsonFeatureValidator v = new GeoJsonFeatureValidator();
    v.accept(feature("lake.cw", "POLYGON ((74 44, 74 45, 75 45, 75 44, 74 44))"));
    List<Finding> second = v.accept(feature(null, "POINT (80 95)"));
    v.accept(feature("lake.cw", "POLYGON ((74 44, 75 45, 75 44, 74 45, 74 44))"));
    ValidationReport r = v.report();
    assertThat(v.featureCount()).isEqualTo(3);
    assertThat(r.findings())
        .extracting(Finding::code)
        .containsExactly(
            FindingCodes.RING_WINDING, FindingCodes.COORDINATE_OUT_OF_RANGE,
            FindingCodes.DUPLICATE_ID, FindingCodes.INVALID_GEOMETRY);
    assertThat(second).hasSize(1);
    assertThat(second.get(0).location().featureIndex()).isEqualTo(1);
    assertThat(second.get(0).location().describe()).startsWith("feature #1, vertex 0");
    assertThat(r.findings().get(2).message()).contains("also used by feature #0");
    assertThat(r.findings().get(3).location().featureId()).isEqualTo("lake.cw");
    assertThat(r.findings().get(3).location().featureIndex()).isEqualTo(2);
  }

  /** Twelve bad vertices: ten findings, then one that counts the other two. */
  @Test
  void manyBadCoordinates_areCapped() {
    StringBuilder wkt = new StringBuilder("LINESTRING (");
    for (int i = 0; i < 12; i++) {
      wkt.append(i == 0 ? "" : ", ").append(200 + i).append(" 44");
    }
    ValidationReport r = GeoJsonFeatureValidator.validate(List.of(feature("x", wkt + ")")));
    assertThat(r.withCode(FindingCodes.COORDINATE_OUT_OF_RANGE)).hasSize(11);
    assertThat(r.findings().get(10).message()).isEqualTo("2 more coordinates like this");
  }
}
