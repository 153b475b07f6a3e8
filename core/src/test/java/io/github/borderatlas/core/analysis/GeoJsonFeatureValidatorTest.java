package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadNote;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  @Test
  void lineSpanningMoreThan180DegreesOfLongitude_isAnUnsplitAntimeridianCrossing() {
    ValidationReport r =
        GeoJsonFeatureValidator.validate(
            List.of(
                feature("cross", "LINESTRING (179 60, -179 61)"),
                feature("split", "MULTILINESTRING ((179 60, 180 60.5), (-180 60.5, -179 61))"),
                feature("wide", "LINESTRING (-170 60, 0 61, 170 60)")));
    assertThat(r.withCode(FindingCodes.ANTIMERIDIAN_NOT_SPLIT))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location().featureId()).isEqualTo("cross");
              assertThat(f.location().vertexIndex()).isZero();
              assertThat(f.message()).contains("from lon 179.0 to lon -179.0").contains("§3.1.9");
            });
  }

  @Test
  void readerNotes_becomeFindings_withTheirPlaceInTheFile() {
    GeoJsonFeatureValidator v = new GeoJsonFeatureValidator();
    List<Finding> found =
        v.accept(
            feature("a", "POINT (80 44)"),
            List.of(
                new ReadNote(ReadNote.CRS, "legacy crs", 1, 30, "$.crs"),
                new ReadNote(
                    ReadNote.BBOX_INVALID, "bbox has 3 numbers", 2, 17, "$.features[0].bbox"),
                new ReadNote(ReadNote.MISSING_MEMBER, "no properties", 2, 60, "$.features[0]")));
    assertThat(found)
        .extracting(Finding::code)
        .containsExactly(
            FindingCodes.CRS_MEMBER, FindingCodes.BBOX_INVALID, FindingCodes.MISSING_MEMBER);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).location().describe()).isEqualTo("1:30 at $.crs");
    assertThat(found.get(1).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(1).location().describe()).isEqualTo("2:17 at $.features[0].bbox, a");
    List<Finding> after =
        v.acceptNotes(
            List.of(
                new ReadNote(ReadNote.CRS_NOT_CRS84, "EPSG:3857", 9, 2, "$.crs"),
                new ReadNote(ReadNote.RING_NOT_CLOSED, "z", 3, 4, "$.features[1].geometry"),
                new ReadNote(ReadNote.BBOX_NOT_CONTAINING, "outside", 9, 9, "$.bbox")));
    assertThat(after)
        .extracting(Finding::code)
        .containsExactly(
            FindingCodes.CRS_NOT_CRS84,
            FindingCodes.RING_NOT_CLOSED,
            FindingCodes.BBOX_NOT_CONTAINING);
    assertThat(v.findingCount()).isEqualTo(6);
    assertThat(v.errorCount()).isEqualTo(5);
    assertThat(v.report().findings()).hasSize(6);
  }

  @Test
  void streamingValidator_countsButKeepsNothing() {
    GeoJsonFeatureValidator v = GeoJsonFeatureValidator.streaming();
    v.accept(feature("a", "POINT (80 95)"));
    v.accept(feature("a", "POINT (80 44)"));
    assertThat(v.findingCount()).isEqualTo(2);
    assertThat(v.errorCount()).isEqualTo(1);
    assertThatThrownBy(v::report).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void validateAll_turnsAStructureErrorIntoALastFinding() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"id\":1,\"geometry\":{\"type\":\"Point\",\"coordinates\":[181,44]},\"properties\":{}},\n"
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80]},\"properties\":{}}\n]}";
    GeoJsonFeatureValidator v = GeoJsonFeatureValidator.streaming();
    List<Finding> found = new ArrayList<>();
    GeoJsonReader reader = new GeoJsonReader(ReadOptions.builder().lenient(true).build());
    try (FeatureStream s =
        reader.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t")) {
      v.validateAll(s, found::add);
    }
    assertThat(found)
        .extracting(Finding::code)
        .containsExactly(FindingCodes.COORDINATE_OUT_OF_RANGE, FindingCodes.GEOJSON_STRUCTURE);
    // line 3, at the "]" that ends the one-number position [80]
    int column = json.split("\n")[2].indexOf("[80]") + 4;
    assertThat(found.get(1).location().describe())
        .isEqualTo("3:" + column + " at $.features[1].geometry.coordinates");
    assertThat(found.get(1).message()).contains("validation stopped here");
  }

  @Test
  void hugeLine_isCheckedWithoutCopyingItsCoordinates() {
    // a line of two distinct points only at its ends: valid; one of one repeated point: invalid
    StringBuilder same = new StringBuilder("LINESTRING (80 44");
    for (int i = 0; i < 1000; i++) {
      same.append(", 80 44");
    }
    ValidationReport r =
        GeoJsonFeatureValidator.validate(
            List.of(
                feature("same", same + ")"),
                feature("ends", same + ", 81 45)"),
                feature("mp", "MULTIPOINT ((80 44), (80 44))")));
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCodes.INVALID_GEOMETRY);
              assertThat(f.location().featureId()).isEqualTo("same");
              assertThat(f.message()).contains("Too few distinct points");
            });
  }
}
