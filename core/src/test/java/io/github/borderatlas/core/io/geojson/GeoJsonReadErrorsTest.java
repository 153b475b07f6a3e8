package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is reported with its exact place. Each case is one bad feature at index 3 on line 5 of
 * a FeatureCollection; the offending token is marked {@code ⟦…⟧} in the case text, and the expected
 * column is where that marker starts (1-based; the markers are removed before reading). Errors
 * found by the reader point at the start of the offending token (for a list rule, at the list's
 * closing bracket; when {@code coordinates} came before {@code type}, at the list's opening
 * bracket); syntax errors found by Jackson's tokenizer (NaN, duplicates) point just past the
 * offending text. Paths and the columns of the whole-document cases are counted by hand.
 */
class GeoJsonReadErrorsTest {

  private static final String HEAD =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":null},\n"
          + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":null},\n"
          + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":null},\n";

  private static final String TAIL = "\n]}\n";

  static Stream<Arguments> badFeatures() {
    return Stream.of(
        bad(
            "latitude out of range",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.5,⟦91⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "latitude 91 is not within [-90, 90]"),
        bad(
            "longitude out of range",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[80,44],[⟦-180.5⟧,44]]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1][0]",
            "longitude -180.5 is not within [-180, 180]"),
        bad(
            "number beyond the double range",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,⟦1e400⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "latitude 1e400 is not within [-90, 90]"),
        bad(
            "unclosed ring",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[81,44],[81,45],[80,45]⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[0]",
            "a linear ring must end where it starts: first position [80.0, 44.0], last [80.0,"
                + " 45.0]"),
        bad(
            "ring of 3 positions",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[80,44],[81,44],[80,44]⟦]⟧]]},\"properties\":null}",
            "$.features[3].geometry.coordinates[0][0]",
            "a linear ring needs at least 4 positions, found 3"),
        bad(
            "hole of 3 positions",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[81,44],[81,45],[80,44]],[[80.2,44.2],[80.3,44.2],[80.2,44.2]⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "a linear ring needs at least 4 positions, found 3"),
        bad(
            "line of 1 position",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[80,44]⟦]⟧},\"properties\":null}",
            "$.features[3].geometry.coordinates",
            "a line needs at least 2 positions, found 1"),
        bad(
            "line of 1 position in a MultiLineString",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[[[80,44],[81,45]],[[80,44]⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "a line needs at least 2 positions, found 1"),
        bad(
            "position of 1 number",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[80,44],[81⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "a position needs 2 or 3 numbers, found 1"),
        bad(
            "position of no number",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[80,44],[⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "a position needs 2 or 3 numbers, found 0"),
        bad(
            "string in a position",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,⟦\"44\"⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "expected a number in a position, found a string"),
        bad(
            "Point nested like a LineString",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[⟦[⟧80,44]]},\"properties\":null}",
            "$.features[3].geometry.coordinates[0]",
            "expected a number in a position, found an array"),
        bad(
            "Polygon nested like a LineString",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[⟦80⟧,44],[81,44]]},\"properties\":null}",
            "$.features[3].geometry.coordinates[0][0]",
            "expected a position (an array of numbers), found a number"),
        bad(
            "MultiPolygon part without rings",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[⟦]⟧]},\"properties\":null}",
            "$.features[3].geometry.coordinates[0]",
            "a polygon needs at least one ring, found none"),
        bad(
            "geometry type in the wrong case",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":⟦\"point\"⟧,\"coordinates\":[80,44]},\"properties\":null}",
            "$.features[3].geometry.type",
            "unknown geometry type \"point\" (names are case-sensitive)"),
        bad(
            "unknown feature type",
            "{\"type\":⟦\"Placemark\"⟧,\"geometry\":null,\"properties\":null}",
            "$.features[3].type",
            "expected type \"Feature\", found \"Placemark\""),
        bad(
            "feature without type",
            "{\"geometry\":null,\"properties\":null⟦}⟧",
            "$.features[3]",
            "feature has no \"type\" member"),
        bad(
            "geometry without coordinates",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"⟦}⟧,\"properties\":null}",
            "$.features[3].geometry",
            "Point has no \"coordinates\" member"),
        bad(
            "GeometryCollection without geometries",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"GeometryCollection\"⟦}⟧,\"properties\":null}",
            "$.features[3].geometry",
            "GeometryCollection has no \"geometries\" member"),
        bad(
            "non-object in geometries",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[⟦[⟧]]},\"properties\":null}",
            "$.features[3].geometry.geometries[0]",
            "expected a geometry object, found an array"),
        bad(
            "coordinates as a string",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":⟦\"80"
                + " 44\"⟧},\"properties\":null}",
            "$.features[3].geometry.coordinates",
            "\"coordinates\" must be an array, found a string"),
        bad(
            "geometry as a number",
            "{\"type\":\"Feature\",\"geometry\":⟦5⟧,\"properties\":null}",
            "$.features[3].geometry",
            "\"geometry\" must be an object or null, found a number"),
        bad(
            "properties as an array",
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":⟦[⟧]}",
            "$.features[3].properties",
            "\"properties\" must be an object or null, found an array"),
        bad(
            "id as a boolean",
            "{\"type\":\"Feature\",\"id\":⟦true⟧,\"geometry\":null,\"properties\":null}",
            "$.features[3].id",
            "\"id\" must be a string or a number, found a boolean"),
        bad(
            "NaN literal",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,NaN⟦]⟧},\"properties\":null}",
            "$.features[3].geometry.coordinates[1]",
            "'NaN' is not a JSON number"),
        bad(
            "Infinity literal",
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"area\":Infinity⟦}⟧}",
            "$.features[3].properties.area",
            "'Infinity' is not a JSON number"),
        bad(
            "number too large for a double in properties",
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"area\":⟦1.5e999⟧}}",
            "$.features[3].properties.area",
            "number 1.5e999 is too large for a double"),
        bad(
            "duplicate member",
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"Ili\",\"name\"⟦:⟧\"Ile\"}}",
            "$.features[3].properties.name",
            "Duplicate field 'name'"),
        bad(
            "missing comma",
            "{\"type\":\"Feature\" ⟦\"⟧geometry\":null,\"properties\":null}",
            "$.features[3].type",
            "Unexpected character ('\"' (code 34)): was expecting comma to separate Object"
                + " entries"),
        bad(
            "non-object feature",
            "⟦\"Feature\"⟧",
            "$.features[3]",
            "expected a Feature object, found a string"),
        bad(
            "coordinates before type: unclosed ring found once the type is known",
            "{\"type\":\"Feature\",\"geometry\":{\"coordinates\":[⟦[⟧[80,44],[81,44],[81,45],[80,45]]],\"type\":\"Polygon\"},\"properties\":null}",
            "$.features[3].geometry.coordinates[0]",
            "a linear ring must end where it starts: first position [80.0, 44.0], last [80.0,"
                + " 45.0]"),
        bad(
            "coordinates before type: depth does not fit the type",
            "{\"type\":\"Feature\",\"geometry\":{\"coordinates\":⟦[⟧[80,44],[81,44]],\"type\":\"Polygon\"},\"properties\":null}",
            "$.features[3].geometry.coordinates",
            "Polygon coordinates must hold positions at depth 2, found depth 1"),
        bad(
            "coordinates before type: short line",
            "{\"type\":\"Feature\",\"geometry\":{\"coordinates\":⟦[⟧[80,44]],\"type\":\"MultiLineString\"},\"properties\":null}",
            "$.features[3].geometry.coordinates",
            "MultiLineString coordinates must hold positions at depth 2, found depth 1"));
  }

  private static Arguments bad(String name, String marked, String path, String problem) {
    return Arguments.of(name, marked, path, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFeatures")
  void badFeature_isReportedAtItsToken(String name, String marked, String path, String problem) {
    int column = marked.indexOf('⟦') + 1;
    String line = marked.replace("⟦", "").replace("⟧", "");
    GeoJsonException e = read(HEAD + line + TAIL);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.source()).isEqualTo("case.geojson");
    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.getMessage())
        .isEqualTo("case.geojson:5:" + column + " at " + path + ": " + problem);
  }

  private static GeoJsonException read(String json) {
    return read(new GeoJsonReader(), json);
  }

  static GeoJsonException read(GeoJsonReader reader, String json) {
    return catchThrowableOfType(
        GeoJsonException.class,
        () ->
            reader.readAll(
                new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "case.geojson"));
  }

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of(
            "empty input", "", 1, 1, "$", "expected a GeoJSON object, found an empty input"),
        Arguments.of(
            "array at the root",
            "[{\"type\":\"Feature\"}]",
            1,
            1,
            "$",
            "expected a GeoJSON object, found an array"),
        Arguments.of(
            "unknown root type",
            "{\"type\":\"Topology\",\"objects\":{}}",
            1,
            9,
            "$.type",
            "unknown GeoJSON type \"Topology\" (expected FeatureCollection, Feature or a geometry"
                + " type; case-sensitive)"),
        Arguments.of(
            "collection without features",
            "{\"type\":\"FeatureCollection\"}",
            1,
            28,
            "$",
            "FeatureCollection has no \"features\" member"),
        Arguments.of(
            "features not an array",
            "{\"type\":\"FeatureCollection\",\"features\":{}}",
            1,
            40,
            "$.features",
            "\"features\" must be an array, found an object"),
        Arguments.of(
            "features on a Feature's type",
            "{\"features\":[],\"type\":\"Feature\"}",
            1,
            23,
            "$.type",
            "an object with \"features\" must be a FeatureCollection, found \"Feature\""),
        Arguments.of(
            "no type at all",
            "{\"title\":\"x\"}",
            1,
            13,
            "$",
            "GeoJSON object has no \"type\" member"),
        Arguments.of(
            "content after the root",
            "{\"type\":\"FeatureCollection\",\"features\":[]}\n{}",
            2,
            1,
            "$",
            "unexpected content after the GeoJSON object: an object"),
        Arguments.of(
            "truncated file",
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"geometry\":null",
            2,
            34,
            "$.features[0].geometry",
            "Unexpected end-of-input: expected close marker for Object (start marker at [line: 2,"
                + " column: 1])"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocument_isReportedWithItsPlace(
      String name, String json, int line, int column, String path, String problem) {
    GeoJsonException e = read(json);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }

  @org.junit.jupiter.api.Test
  void afterAnError_theStreamKeepsFailing_andEarlierFeaturesWereDelivered() {
    String json =
        HEAD
            + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,91]},\"properties\":null}"
            + TAIL;
    try (FeatureStream s =
        new GeoJsonReader()
            .open(
                new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "s")) {
      for (int i = 0; i < 3; i++) {
        assertThat(s.hasNext()).isTrue();
        assertThat(s.next().geometry()).isNull();
      }
      GeoJsonException first = catchThrowableOfType(GeoJsonException.class, s::hasNext);
      assertThat(first.jsonPath()).isEqualTo("$.features[3].geometry.coordinates[1]");
      assertThatThrownBy(s::next).isSameAs(first);
    }
  }

  @org.junit.jupiter.api.Test
  void missingFile_isReportedWithItsName() {
    java.nio.file.Path missing = java.nio.file.Path.of("no-such-dir", "missing.geojson");
    assertThatThrownBy(() -> new GeoJsonReader().readAll(missing))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageStartingWith(missing + ": cannot open: java.nio.file.NoSuchFileException");
  }

  @org.junit.jupiter.api.Test
  void column_countsCharacters_notBytesOfUtf8() {
    // "Хоргос" is 6 characters but 12 bytes in UTF-8: the column is the character index + 1
    String json =
        "{\"type\":\"Feature\",\"properties\":{\"n\":\"Хоргос\"},"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,91]}}";
    GeoJsonException e = read(json);
    assertThat(e.column()).isEqualTo(json.indexOf("91") + 1);
    assertThat(e.getMessage()).doesNotContain("bytes");
  }

  @org.junit.jupiter.api.Test
  void column_countsCharacters_onALineLongerThanTheKeptWindow() {
    // 20,000 x "Хоргос" = 240,000 bytes before the error on the same line, beyond the 64 KiB
    // window: the characters before the window are counted as they leave it
    String json =
        "\n{\"type\":\"Feature\",\"properties\":{\"n\":\""
            + "Хоргос".repeat(20_000)
            + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,91]}}";
    GeoJsonException e = read(json);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(json.indexOf("91") - 1 + 1); // minus the leading "\n"
  }

  @org.junit.jupiter.api.Test
  void column_saysBytes_whenThePlaceLeftTheWindow() {
    // the coordinates come before the type: the unclosed ring is found at the type, and reported
    // at the ring's "[", 100 KB back: only its byte column is known then
    StringBuilder ring = new StringBuilder("[[[80,44]");
    for (int i = 0; i < 10_000; i++) {
      ring.append(",[80.5,44.5]");
    }
    String json = "{\"n\":\"Хоргос\",\"coordinates\":" + ring + ",[81,45]]],\"type\":\"Polygon\"}";
    GeoJsonException e = read(json);
    assertThat(e.problem())
        .contains("must end where it starts")
        .endsWith("(column counted in bytes)");
    // 6 two-byte characters before the ring's second "[": the byte column is 6 more
    assertThat(e.column()).isEqualTo(json.indexOf("[[[") + 2 + 6);
  }

  @org.junit.jupiter.api.Test
  void undecodableBytes_areALocatedError() {
    // 00 00 00 7B makes Jackson read UTF-32BE; 21 FF 00 00 is then no Unicode character
    byte[] bytes = {0, 0, 0, '{', 0x21, (byte) 0xff, 0, 0};
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class,
            () ->
                new GeoJsonReader().readAll(new java.io.ByteArrayInputStream(bytes), "utf32.json"));
    assertThat(e.problem())
        .startsWith("not valid JSON text (RFC 8259 §8.1 requires UTF-8): Invalid UTF-32");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
    assertThat(e.jsonPath()).isEqualTo("$");
  }
}
