package io.github.borderatlas.core.io.geojson;

import static io.github.borderatlas.core.io.geojson.RoundTripTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The writer's output. Expected JSON texts are written by hand from RFC 7946 (member layout,
 * winding §3.1.6, bbox §5) and the rounding rules of {@link FixedDecimalTest}.
 */
class GeoJsonWriterTest {

  private final GeoJsonWriter writer = new GeoJsonWriter();

  private static GeoJsonFeature feature(String id, String wkt, Map<String, Object> props) {
    return new GeoJsonFeature(id, wkt == null ? null : wkt(wkt), props);
  }

  @Test
  void writesCollection_withBboxFirst_oneFeaturePerLine() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("id", "crossing.khorgos");
    props.put("layer", "place");
    props.put("accuracy_m", 250L);
    String json =
        writer.writeToString(
            List.of(
                feature("crossing.khorgos", "POINT (80.4167 44.2083)", props),
                feature("event.1994", null, Map.of())));
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"bbox\":[80.4167,44.2083,80.4167,44.2083],\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"crossing.khorgos\",\"bbox\":[80.4167,44.2083,80.4167,44.2083],\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.4167,44.2083]},\"properties\":{\"id\":\"crossing.khorgos\",\"layer\":\"place\",\"accuracy_m\":250}},\n"
                + "{\"type\":\"Feature\",\"id\":\"event.1994\",\"geometry\":null,\"properties\":{}}\n"
                + "]}\n");
  }

  @Test
  void writesOneLine_whenFeaturePerLineIsOff() {
    GeoJsonWriter compact = GeoJsonWriter.builder().featurePerLine(false).build();
    String json = compact.writeToString(List.of(feature(null, "POINT (1 2)", null)));
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"bbox\":[1,2,1,2],\"features\":[{\"type\":\"Feature\",\"bbox\":[1,2,1,2],\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{}}]}\n");
  }

  @Test
  void writesEmptyCollection_withoutBbox() {
    assertThat(writer.writeToString(List.of()))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
  }

  @Test
  void streamingWriter_putsCollectionBboxAfterFeatures() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FeatureCollectionWriter w = writer.open(out, "stream")) {
      w.write(feature("a", "POINT (80.5 44)", null));
      w.write(feature("b", "LINESTRING (82 46, 83 47.25)", null));
      assertThat(w.count()).isEqualTo(2);
    }
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"features\":[\n");
    assertThat(json).endsWith("\n],\"bbox\":[80.5,44,83,47.25]}\n");
    assertThat(new GeoJsonReader().readString(json)).hasSize(2);
  }

  @Test
  void orientsRings_exteriorCounterClockwise_holesClockwise_whateverTheInput() {
    // shell given clockwise, hole given counter-clockwise: both must be reversed
    String cw =
        "POLYGON ((80 44, 80 45, 81 45, 81 44, 80 44), (80.2 44.2, 80.4 44.2, 80.4 44.4, 80.2"
            + " 44.2))";
    // shell given counter-clockwise, hole clockwise: kept as they are
    String ccw =
        "POLYGON ((80 44, 81 44, 81 45, 80 45, 80 44), (80.2 44.2, 80.4 44.4, 80.4 44.2, 80.2"
            + " 44.2))";
    for (String text :
        List.of(cw, ccw, "MULTIPOLYGON (" + cw.substring(8) + ", " + ccw.substring(8) + ")")) {
      String json = writer.writeToString(List.of(feature(null, text, null)));
      Geometry back = new GeoJsonReader().readString(json).get(0).geometry();
      for (int i = 0; i < back.getNumGeometries(); i++) {
        Polygon p = (Polygon) back.getGeometryN(i);
        assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinates())).as(json).isTrue();
        assertThat(Orientation.isCCW(p.getInteriorRingN(0).getCoordinates())).as(json).isFalse();
      }
      assertThat(back.norm().equalsExact(wkt(text).norm())).isTrue();
    }
    String json = writer.writeToString(List.of(feature(null, cw, null)));
    assertThat(json)
        .contains(
            "\"coordinates\":[[[80,44],[81,44],[81,45],[80,45],[80,44]],"
                + "[[80.2,44.2],[80.4,44.4],[80.4,44.2],[80.2,44.2]]]");
  }

  @Test
  void bbox_isComputedFromRoundedCoordinates() {
    // 80.0000005 is 80.00000049999999873... in binary: written as 80, so west is 80;
    // 44.1234565 is 44.12345650000000318...: written as 44.123457, so north is 44.123457
    String json =
        writer.writeToString(
            List.of(feature("a", "LINESTRING (80.0000005 44, 81.25 44.1234565)", null)));
    assertThat(json)
        .contains(
            "\"bbox\":[80,44,81.25,44.123457],\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[80,44],[81.25,44.123457]]}");
  }

  @Test
  void collectionBbox_coversAllFeatures_andSkipsEmptyAndNullGeometries() {
    String json =
        writer.writeToString(
            List.of(
                feature("a", "POINT (80.4 44.2)", null),
                feature("b", "POLYGON EMPTY", null),
                feature("c", null, null),
                feature("d", "LINESTRING (85.5 47.9, 87.3 49.1)", null)));
    assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"bbox\":[80.4,44.2,87.3,49.1],");
    assertThat(json)
        .contains(
            "{\"type\":\"Feature\",\"id\":\"b\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]},");
    assertThat(json).contains("{\"type\":\"Feature\",\"id\":\"c\",\"geometry\":null,");
  }

  @Test
  void bbox_crossesTheAntimeridian_forDataCutThere() {
    // RFC 7946 §5.2: a feature cut at the antimeridian gets west > east
    String cut =
        "MULTIPOLYGON (((177 -20, 180 -20, 180 -16, 177 -16, 177 -20)), ((-180 -20, -178 -20, -178"
            + " -16, -180 -16, -180 -20)))";
    String json = writer.writeToString(List.of(feature("fiji", cut, null)));
    assertThat(json).contains("\"bbox\":[177,-20,-178,-16]");
    // an ordinary feature spanning lon 0 keeps west < east
    String json2 = writer.writeToString(List.of(feature("x", "LINESTRING (-10 0, 10 1)", null)));
    assertThat(json2).contains("\"bbox\":[-10,0,10,1]");
  }

  @Test
  void decimals_areConfigurable() {
    GeoJsonFeature f = feature(null, "POINT (80.12345678912 44.98765432198)", null);
    assertThat(GeoJsonWriter.builder().decimals(0).build().writeToString(List.of(f)))
        .contains("\"coordinates\":[80,45]");
    assertThat(GeoJsonWriter.builder().decimals(7).build().writeToString(List.of(f)))
        .contains("\"coordinates\":[80.1234568,44.9876543]");
    assertThat(GeoJsonWriter.builder().decimals(12).build().writeToString(List.of(f)))
        .contains("\"coordinates\":[80.12345678912,44.98765432198]");
    // at 15 decimals the binary value shows: 80.12345678912 is 80.12345678911999868...
    assertThat(GeoJsonWriter.builder().decimals(15).build().writeToString(List.of(f)))
        .contains("\"coordinates\":[80.123456789119999,44.987654321980003]");
    assertThatThrownBy(() -> GeoJsonWriter.builder().decimals(16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..15");
    assertThatThrownBy(() -> GeoJsonWriter.builder().decimals(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameInput_givesByteIdenticalOutput() {
    SplittableRandom random = new SplittableRandom(2024);
    List<GeoJsonFeature> features = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Coordinate[] line = new Coordinate[20];
      for (int k = 0; k < line.length; k++) {
        line[k] = new Coordinate(73.5 + random.nextDouble() * 23, 35 + random.nextDouble() * 20);
      }
      LineString g = ReadOptions.DEFAULT_FACTORY.createLineString(line);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("id", "river." + i);
      props.put("length_km", random.nextDouble() * 1000);
      props.put("figures", List.of(Map.of("value", random.nextInt(100))));
      features.add(new GeoJsonFeature("river." + i, g, props));
    }
    byte[] first = bytes(features);
    byte[] second = bytes(new ArrayList<>(features));
    assertThat(second).isEqualTo(first);
    assertThat(bytes(new GeoJsonReader().readString(new String(first, StandardCharsets.UTF_8))))
        .as("reading and writing again changes nothing")
        .isEqualTo(first);
  }

  private byte[] bytes(List<GeoJsonFeature> features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(features, out);
    return out.toByteArray();
  }

  @Test
  void writesPropertyValues_ofEverySupportedType_inOrder() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("s", "Алаколь / 阿拉湖 \"quoted\"");
    props.put("long", 1_215_860L);
    props.put("int", 7);
    props.put("double", 1782.75);
    props.put("integralDouble", 566.0);
    props.put("float", 0.1f);
    props.put("big", new BigDecimal("1215.86"));
    props.put("bool", false);
    props.put("nil", null);
    props.put("enum", Thread.State.NEW);
    props.put("list", Arrays.asList(1L, "two", null, List.of()));
    props.put("array", new Object[] {"a", 2L});
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("z", 1L);
    nested.put("a", Map.of());
    props.put("nested", nested);
    String json = writer.writeToString(List.of(new GeoJsonFeature(null, null, props)));
    assertThat(json)
        .contains(
            "\"properties\":{\"s\":\"Алаколь / 阿拉湖 \\\"quoted\\\"\",\"long\":1215860,\"int\":7,"
                + "\"double\":1782.75,\"integralDouble\":566.0,\"float\":0.1,\"big\":1215.86,"
                + "\"bool\":false,\"nil\":null,\"enum\":\"NEW\",\"list\":[1,\"two\",null,[]],"
                + "\"array\":[\"a\",2],\"nested\":{\"z\":1,\"a\":{}}}");
  }

  @Test
  void writesZ_whenPresent() {
    String json =
        writer.writeToString(
            List.of(feature(null, "LINESTRING Z (80 44 512.25, 81 45 600)", null)));
    assertThat(json).contains("\"coordinates\":[[80,44,512.25],[81,45,600]]");
  }

  @Test
  void writesEveryGeometryType() {
    assertThat(geometryJson("MULTIPOINT ((1 2), (3 4))"))
        .isEqualTo("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}");
    assertThat(geometryJson("MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))"))
        .isEqualTo("{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]],[[5,6],[7,8]]]}");
    assertThat(geometryJson("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))"))
        .isEqualTo(
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]},"
                + "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}");
    assertThat(geometryJson("LINEARRING (1 2, 3 4, 3 2, 1 2)"))
        .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4],[3,2],[1,2]]}");
    assertThat(geometryJson("POINT EMPTY")).isEqualTo("{\"type\":\"Point\",\"coordinates\":[]}");
    assertThat(geometryJson("GEOMETRYCOLLECTION EMPTY"))
        .isEqualTo("{\"type\":\"GeometryCollection\",\"geometries\":[]}");
    // empty parts of a multi-geometry cannot be written in GeoJSON and are left out
    assertThat(geometryJson("MULTIPOINT ((1 2), EMPTY)"))
        .isEqualTo("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2]]}");
  }

  private String geometryJson(String text) {
    String json = writer.writeToString(List.of(feature(null, text, null)));
    int start = json.indexOf("\"geometry\":") + "\"geometry\":".length();
    int end = json.lastIndexOf(",\"properties\"");
    return json.substring(start, end);
  }

  @Test
  void longCoordinateLists_spanSeveralRawChunks() {
    Coordinate[] line = new Coordinate[5000];
    for (int i = 0; i < line.length; i++) {
      line[i] = new Coordinate(80 + i * 1e-4, 44 + i * 1e-4);
    }
    GeoJsonFeature f =
        new GeoJsonFeature("long", ReadOptions.DEFAULT_FACTORY.createLineString(line), null);
    String json = writer.writeToString(List.of(f, f));
    List<GeoJsonFeature> back = new GeoJsonReader().readString(json);
    assertThat(back).hasSize(2);
    assertThat(back.get(1).geometry().equalsExact(f.geometry(), 1e-9)).isTrue();
  }

  @Test
  void rejectsOutOfRangeCoordinate_beforeWritingAnyOfTheFeature_andStaysUsable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FeatureCollectionWriter w = writer.open(out, "out.geojson")) {
      w.write(feature("ok", "POINT (80 44)", null));
      assertThatThrownBy(
              () -> w.write(feature("bad", "POLYGON ((80 44, 81 44, 81 91, 80 44))", null)))
          .isInstanceOf(GeoJsonException.class)
          .hasMessage(
              "out.geojson at $.features[1].geometry.coordinates[0][2]: latitude 91.0 is not"
                  + " within [-90, 90] (feature id bad)");
      w.write(feature("ok2", "POINT (81 45)", null));
    }
    List<GeoJsonFeature> back =
        new GeoJsonReader().readString(out.toString(StandardCharsets.UTF_8));
    assertThat(back).extracting(GeoJsonFeature::id).containsExactly("ok", "ok2");
  }

  @Test
  void rejectsWhatJsonCannotHold_withThePath() {
    assertThatThrownBy(
            () -> writer.writeToString(List.of(feature(null, "MULTIPOINT ((1 2), (200 3))", null))))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining(
            "at $.features[0].geometry.coordinates[1]: longitude 200.0 is not within [-180, 180]");
    Coordinate nan = new Coordinate(Double.NaN, 3);
    GeoJsonFeature nanPoint =
        new GeoJsonFeature(null, ReadOptions.DEFAULT_FACTORY.createPoint(nan), null);
    assertThatThrownBy(() -> writer.writeToString(List.of(nanPoint)))
        .hasMessageContaining("at $.features[0].geometry.coordinates: longitude NaN");
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("figures", List.of(Map.of("value", Double.POSITIVE_INFINITY)));
    assertThatThrownBy(() -> writer.writeToString(List.of(new GeoJsonFeature(null, null, props))))
        .hasMessageContaining(
            "at $.features[0].properties.figures[0].value: number Infinity cannot be written as"
                + " JSON");
    assertThatThrownBy(
            () ->
                writer.writeToString(
                    List.of(new GeoJsonFeature(null, null, Map.of("when", new Object())))))
        .hasMessageContaining(
            "at $.features[0].properties.when: property value of type java.lang.Object cannot be"
                + " written");
    String gc = "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 -95))";
    assertThatThrownBy(() -> writer.writeToString(List.of(feature(null, gc, null))))
        .hasMessageContaining(
            "at $.features[0].geometry.geometries[1].coordinates[1]: latitude -95.0");
  }

  @Test
  void closedWriter_refusesFeatures() {
    FeatureCollectionWriter w = writer.open(new ByteArrayOutputStream(), null);
    w.close();
    w.close(); // idempotent
    assertThatThrownBy(() -> w.write(feature(null, "POINT (1 2)", null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectsCyclicPropertyValues_insteadOfOverflowingTheStack() {
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("loop", cycle);
    assertThatThrownBy(() -> writer.writeToString(List.of(new GeoJsonFeature("c", null, props))))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("at $.features[0].properties.loop[0][0]")
        .hasMessageContaining("nested deeper than 64 levels (a cycle?) (feature id c)");
  }
}
