package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/**
 * What RFC 7946 forbids but reading survives is noted ({@link ReadNote}) with its place: bbox
 * members (§5), the Feature members {@code geometry} and {@code properties} (§3.2), rings whose
 * ends differ in z, and the legacy {@code crs} member (§4). Lenient reading keeps out-of-range
 * coordinates and closes unclosed rings with a note. Columns are 1-based, where the bbox's {@code
 * [} (or the offending value) starts, found with {@code indexOf} in the text.
 */
class ReadNotesTest {

  private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[80.5,44.2]}";

  @Test
  void bboxOfWrongLength_isNoted_withItsPlace() {
    String json =
        "{\"type\":\"Feature\",\"bbox\":[80,44,81],\"geometry\":" + POINT + ",\"properties\":{}}";
    List<ReadNote> notes = notes(json, false);
    assertThat(notes).hasSize(1);
    ReadNote n = notes.get(0);
    assertThat(n.code()).isEqualTo(ReadNote.BBOX_INVALID);
    assertThat(n.message()).contains("has 3 numbers").contains("4 or 6");
    assertThat(n.line()).isEqualTo(1);
    assertThat(n.column()).isEqualTo(json.indexOf("[80,44,81]") + 1);
    assertThat(n.jsonPath()).isEqualTo("$.bbox");
  }

  @Test
  void bboxWithANonNumber_orNotAnArray_isNoted() {
    assertThat(codes(feature("\"bbox\":[80,\"44\",81,45],")))
        .containsExactly(ReadNote.BBOX_INVALID);
    assertThat(notes(feature("\"bbox\":[80,\"44\",81,45],"), false).get(0).message())
        .contains("numbers only, found a string");
    assertThat(notes(feature("\"bbox\":\"80,44,81,45\","), false).get(0).message())
        .contains("must be an array of 4 or 6 numbers, found a string");
    assertThat(codes(feature("\"bbox\":{\"w\":80},"))).containsExactly(ReadNote.BBOX_INVALID);
  }

  @Test
  void bboxThatDoesNotContainTheGeometry_isNoted_andOneThatDoes_isNot() {
    assertThat(notes(feature("\"bbox\":[80,44,80.4,45],"), false))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.code()).isEqualTo(ReadNote.BBOX_NOT_CONTAINING);
              assertThat(n.message()).contains("position [80.5, 44.2] lies outside");
            });
    assertThat(notes(feature("\"bbox\":[80,44,81,45],"), false)).isEmpty();
    assertThat(notes(feature("\"bbox\":[80,44,0,81,45,0],"), false)).isEmpty(); // 6 numbers
    // a bbox crossing the antimeridian (west > east, §5.2) contains 80.5 when west <= 80.5
    assertThat(notes(feature("\"bbox\":[70,44,-170,45],"), false)).isEmpty();
    assertThat(codes(feature("\"bbox\":[90,44,-170,45],")))
        .containsExactly(ReadNote.BBOX_NOT_CONTAINING);
  }

  @Test
  void bboxOfAGeometryObject_andOfTheCollection_areChecked() {
    String geometryBox =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
            + "{\"type\":\"Point\",\"bbox\":[0,0,1,1],\"coordinates\":[80.5,44.2]}}";
    assertThat(notes(geometryBox, false))
        .singleElement()
        .satisfies(n -> assertThat(n.jsonPath()).isEqualTo("$.geometry.bbox"));
    String f = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POINT + "}";
    String before = "{\"type\":\"FeatureCollection\",\"bbox\":[0,0,1,1],\"features\":[" + f + "]}";
    String after = "{\"type\":\"FeatureCollection\",\"features\":[" + f + "],\"bbox\":[0,0,1,1]}";
    assertThat(codes(before)).containsExactly(ReadNote.BBOX_NOT_CONTAINING);
    assertThat(codes(after)).containsExactly(ReadNote.BBOX_NOT_CONTAINING);
    assertThat(
            codes(
                "{\"type\":\"FeatureCollection\",\"features\":[" + f + "],\"bbox\":[80,44,81,45]}"))
        .isEmpty();
  }

  @Test
  void featureWithoutGeometryOrProperties_isNoted_aMisspeltGeometryIsAForeignMember() {
    ReadNote n =
        notes("{\"type\":\"Feature\",\"geometr\":" + POINT + ",\"properties\":{}}", false).get(0);
    assertThat(n.code()).isEqualTo(ReadNote.MISSING_MEMBER);
    assertThat(n.message()).contains("no \"geometry\" member").contains("§3.2");
    assertThat(notes("{\"type\":\"Feature\",\"geometry\":null}", false).get(0).message())
        .contains("no \"properties\" member");
    assertThat(notes("{\"type\":\"Feature\"}", false).get(0).message())
        .contains("no \"geometry\" member and no \"properties\" member");
    assertThat(notes("{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}", false))
        .isEmpty();
  }

  @Test
  void ringWhoseEndsDifferInZ_isNoted_typeFirstOrLast() {
    String ring = "[[[80,44,1],[81,44,1],[81,45,1],[80,44,2]]]";
    String typeFirst =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + ring
            + "}}";
    String typeLast =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"coordinates\":"
            + ring
            + ",\"type\":\"Polygon\"}}";
    for (String json : List.of(typeFirst, typeLast)) {
      assertThat(notes(json, false))
          .as(json)
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.code()).isEqualTo(ReadNote.RING_NOT_CLOSED);
                assertThat(n.message()).contains("z included: first z 1.0, last z 2.0");
                assertThat(n.jsonPath()).startsWith("$.geometry.coordinates");
              });
    }
    String noZAtEnd = ring.replace("[80,44,2]", "[80,44]");
    assertThat(notes(typeFirst.replace(ring, noZAtEnd), false).get(0).message())
        .contains("first z 1.0, last z absent");
  }

  @Test
  void lenientReading_keepsOutOfRangeValues_andClosesRingsWithANote() {
    String far =
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[181,91]}}";
    GeoJsonException strict =
        catchThrowableOfType(() -> read(far, false), GeoJsonStructureException.class);
    assertThat(strict.problem()).contains("longitude 181 is not within");
    assertThat(read(far, true).get(0).geometry().getCoordinate().x).isEqualTo(181);

    String open = "[[[80,44],[81,44],[81,45],[80,45]]]";
    for (String json :
        List.of(
            "{\"type\":\"Polygon\",\"coordinates\":" + open + "}",
            "{\"coordinates\":" + open + ",\"type\":\"Polygon\"}")) {
      assertThat(catchThrowableOfType(() -> read(json, false), GeoJsonStructureException.class))
          .hasMessageContaining("must end where it starts");
      List<ReadNote> notes = new ArrayList<>();
      List<GeoJsonFeature> fs = read(json, true, notes);
      Polygon p = (Polygon) fs.get(0).geometry();
      assertThat(p.getExteriorRing().getNumPoints()).isEqualTo(5);
      assertThat(p.getExteriorRing().isClosed()).isTrue();
      assertThat(notes)
          .singleElement()
          .satisfies(n -> assertThat(n.message()).contains("(read as closed)"));
    }
  }

  @Test
  void crsMember_isNotedAndExposed_crs84ApartFromOthers() {
    String crs84 =
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
            + "{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[]}";
    String mercator = crs84.replace("urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:3857");
    try (FeatureStream s = reader(false).open(bytes(mercator), "m.geojson")) {
      assertThat(s.hasNext()).isFalse();
      assertThat(s.crs()).contains("EPSG:3857");
      assertThat(LegacyCrs.isCrs84(s.crs().orElseThrow())).isFalse();
      ReadNote n = s.takeNotes().get(0);
      assertThat(n.code()).isEqualTo(ReadNote.CRS_NOT_CRS84);
      assertThat(n.message()).contains("legacy").contains("RFC 7946 §4 removed it");
      assertThat(n.jsonPath()).isEqualTo("$.crs");
    }
    assertThat(codes(crs84)).containsExactly(ReadNote.CRS);
    assertThat(codes("{\"type\":\"FeatureCollection\",\"crs\":null,\"features\":[]}"))
        .containsExactly(ReadNote.CRS_NOT_CRS84);
    try (FeatureStream s = reader(false).open(bytes(feature("")), "f")) {
      s.hasNext();
      assertThat(s.crs()).isEmpty();
    }
  }

  @Test
  void structureErrors_andLimitErrors_areDifferentExceptions() {
    assertThat(
            catchThrowableOfType(
                () -> read("{\"type\":\"Pointy\",\"coordinates\":[1,2]}", false),
                GeoJsonException.class))
        .isInstanceOf(GeoJsonStructureException.class);
    assertThat(catchThrowableOfType(() -> read("{\"type\":", false), GeoJsonException.class))
        .isNotInstanceOf(GeoJsonStructureException.class);
    GeoJsonReader tiny =
        new GeoJsonReader(
            ReadOptions.builder()
                .limits(ReadLimits.builder().maxVerticesPerFeature(2).build())
                .build());
    assertThat(
            catchThrowableOfType(
                () ->
                    tiny.readString(
                        "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4],[5,6]]}"),
                GeoJsonException.class))
        .hasMessageContaining("maxVerticesPerFeature")
        .isNotInstanceOf(GeoJsonStructureException.class);
  }

  @Test
  void untakenNotes_areBounded() {
    StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    int n = ParseSession.MAX_PENDING_NOTES + 5;
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":null}");
    }
    try (FeatureStream s = reader(false).open(bytes(sb.append("]}").toString()), "many")) {
      while (s.hasNext()) {
        s.next();
      }
      assertThat(s.takeNotes()).hasSize(ParseSession.MAX_PENDING_NOTES);
      assertThat(s.droppedNotes()).isEqualTo(5);
    }
  }

  private static String feature(String members) {
    return "{\"type\":\"Feature\"," + members + "\"geometry\":" + POINT + ",\"properties\":{}}";
  }

  private static List<String> codes(String json) {
    return notes(json, false).stream().map(ReadNote::code).toList();
  }

  private static List<ReadNote> notes(String json, boolean lenient) {
    List<ReadNote> notes = new ArrayList<>();
    read(json, lenient, notes);
    return notes;
  }

  private static List<GeoJsonFeature> read(String json, boolean lenient) {
    return read(json, lenient, new ArrayList<>());
  }

  private static List<GeoJsonFeature> read(String json, boolean lenient, List<ReadNote> notes) {
    List<GeoJsonFeature> out = new ArrayList<>();
    try (FeatureStream s = reader(lenient).open(bytes(json), "t.geojson")) {
      while (s.hasNext()) {
        out.add(s.next());
        notes.addAll(s.takeNotes());
      }
      notes.addAll(s.takeNotes());
    }
    return out;
  }

  private static GeoJsonReader reader(boolean lenient) {
    return new GeoJsonReader(ReadOptions.builder().lenient(lenient).build());
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
