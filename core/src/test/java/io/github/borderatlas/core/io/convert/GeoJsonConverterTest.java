package io.github.borderatlas.core.io.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link GeoJsonConverter} end to end on small hand-written inputs around Khorgos (80.4 E, 44.2 N;
 * lon differs from lat so a swapped axis would show). Expected values are hand computations noted
 * at each assertion.
 */
class GeoJsonConverterTest {

  /** A clockwise square 80..81 E, 44..45 N (north, east, south), 8 decimals, a crs, an id 7. */
  static final String CW_FEATURE =
      "{\"type\":\"Feature\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4326\"}},"
          + "\"id\":7,\"properties\":{\"z\":1,\"a\":\"x\",\"m\":null},\"geometry\":{\"type\":"
          + "\"Polygon\",\"coordinates\":[[[80.12345678,44],[80.12345678,45],[81,45],[81,44],"
          + "[80.12345678,44]]]}}";

  @TempDir Path dir;

  static String convert(ConvertOptions options, String json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GeoJsonConverter(options)
        .convert(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            "in.json",
            out,
            "out.json");
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<GeoJsonFeature> read(String json) {
    return new GeoJsonReader().readString(json);
  }

  @Test
  void feature_becomesACollection_rewoundRoundedWithBboxAndNoCrs() {
    String out = convert(ConvertOptions.defaults(), CW_FEATURE);
    assertThat(out).startsWith("{\"type\":\"FeatureCollection\"").doesNotContain("crs");
    // 80.12345678 at 6 decimals: the 7th decimal is 7, so ...456 rounds up to 80.123457
    assertThat(out).contains("\"bbox\":[80.123457,44,81,45]").doesNotContain("80.1234567");
    List<GeoJsonFeature> features = read(out);
    assertThat(features).hasSize(1);
    GeoJsonFeature f = features.get(0);
    assertThat(f.id()).isEqualTo("7"); // a number id becomes a string
    // properties keep the input order z, a, m (not sorted), and the null value
    assertThat(f.properties().keySet()).containsExactly("z", "a", "m");
    assertThat(f.properties().values()).containsExactly(1L, "x", null);
    Polygon p = (Polygon) f.geometry();
    // the input went north first (clockwise); RFC 7946 wants the exterior counter-clockwise
    assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence())).isTrue();
    assertThat(p.getExteriorRing().getCoordinates())
        .containsExactly(
            new Coordinate(80.123457, 44),
            new Coordinate(81, 44),
            new Coordinate(81, 45),
            new Coordinate(80.123457, 45),
            new Coordinate(80.123457, 44));
  }

  @Test
  void holes_areWrittenClockwise() {
    // exterior given clockwise, hole given counter-clockwise: both the wrong way round
    String json =
        "{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[80,45],[81,45],[81,44],[80,44]],"
            + "[[80.2,44.2],[80.4,44.2],[80.4,44.4],[80.2,44.2]]]}";
    Polygon p = (Polygon) read(convert(ConvertOptions.defaults(), json)).get(0).geometry();
    assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence())).isTrue();
    assertThat(Orientation.isCCW(p.getInteriorRingN(0).getCoordinateSequence())).isFalse();
  }

  @Test
  void winding_isDecidedOnTheRoundedRing() {
    // fuzz finding: unrounded, A(80.0000001 44) B(81.0000004 44.0000501) C(80.002 44.0000004) turns
    // left (cross product (B-A)x(C-A) = +3.0e-7: counter-clockwise); rounded to 6 decimals,
    // A'(80 44) B'(81 44.00005) C'(80.002 44) turns right ((1, 5e-5) x (0.002, 0) = -1e-7). As
    // written it must be counter-clockwise, so the rounded ring is reversed.
    String json =
        "{\"type\":\"Polygon\",\"coordinates\":[[[80.0000001,44],[81.0000004,44.0000501],"
            + "[80.002,44.0000004],[80.0000001,44]]]}";
    String once = convert(ConvertOptions.defaults(), json);
    assertThat(once).contains("\"coordinates\":[[[80,44],[80.002,44],[81,44.00005],[80,44]]]");
    Polygon p = (Polygon) read(once).get(0).geometry();
    assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence())).isTrue();
    assertThat(convert(ConvertOptions.defaults(), once)).isEqualTo(once);
  }

  @Test
  void hugeZ_isWrittenWithAnExponent_soItReadsBack() {
    // fuzz finding: 1e40 in plain digits has 41, beyond a reader's 40-char number limit
    String out =
        convert(ConvertOptions.defaults(), "{\"type\":\"Point\",\"coordinates\":[80,44,1e40]}");
    assertThat(out).contains("\"coordinates\":[80,44,1.0E40]");
    assertThat(read(out).get(0).geometry().getCoordinate().getZ()).isEqualTo(1e40);
  }

  @Test
  void bareGeometry_becomesOneFeatureWithoutProperties() {
    String out =
        convert(ConvertOptions.defaults(), "{\"type\":\"Point\",\"coordinates\":[80.4,44.2]}");
    List<GeoJsonFeature> features = read(out);
    assertThat(features).hasSize(1);
    assertThat(features.get(0).properties()).isEmpty();
    assertThat(features.get(0).geometry().getCoordinate()).isEqualTo(new Coordinate(80.4, 44.2));
    // a point's bbox is the point twice
    assertThat(out).contains("\"bbox\":[80.4,44.2,80.4,44.2]");
  }

  @Test
  void precision_roundsToTheGivenDecimals() {
    String out = convert(ConvertOptions.builder().decimals(2).build(), CW_FEATURE);
    // 80.12345678 at 2 decimals is 80.12 (third decimal 3 rounds down)
    assertThat(out).contains("[80.12,44]").doesNotContain("80.123");
  }

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private static String point(String a3, double lon, double lat) {
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
        + lon
        + ","
        + lat
        + "]},\"properties\":{\"A3\":\""
        + a3
        + "\",\"n\":"
        + (int) lon
        + "}}";
  }

  @Test
  void where_takesAnImmutableList_andRefusesANullValue() {
    // List.of(..).contains(null) throws NullPointerException: the check must not use it
    ConvertOptions o = ConvertOptions.builder().where("A3", List.of("CHN", "KAZ")).build();
    assertThat(o.whereValues()).containsExactly("CHN", "KAZ");
    List<String> withNull = new ArrayList<>(List.of("CHN"));
    withNull.add(null);
    assertThatThrownBy(() -> ConvertOptions.builder().where("A3", withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-null");
  }

  @Test
  void where_keepsTheFeaturesWithOneOfTheValues_inInputOrder() {
    String in =
        collection(
            point("KAZ", 76.9, 43.2),
            point("RUS", 37.6, 55.7),
            point("CHN", 116.4, 39.9),
            point("MNG", 106.9, 47.9));
    List<GeoJsonFeature> out =
        read(convert(ConvertOptions.builder().where("A3=CHN,KAZ").build(), in));
    assertThat(out).extracting(f -> f.string("A3")).containsExactly("KAZ", "CHN");
    // a number property is compared as Java prints it: n = 37 for Moscow's 37.6
    assertThat(read(convert(ConvertOptions.builder().where("n=37").build(), in)))
        .extracting(f -> f.string("A3"))
        .containsExactly("RUS");
  }

  @Test
  void bbox_keepsOnlyWhatIntersectsTheBox_notJustItsEnvelope() {
    // an L along the south and east edges of 80..82 E, 44..46 N: its envelope covers the box
    // 80.2..80.8 E, 45.2..45.8 N, its shape does not (it stays south of 44.5 and east of 81.5)
    String ell =
        "{\"type\":\"Feature\",\"properties\":{\"A3\":\"L\"},\"geometry\":{\"type\":"
            + "\"Polygon\",\"coordinates\":[[[80,44],[82,44],[82,46],[81.5,46],[81.5,44.5],"
            + "[80,44.5],[80,44]]]}}";
    String in =
        collection(
            ell, point("IN", 80.5, 45.5), point("EDGE", 80.8, 45.0), point("OUT", 79.0, 45.5));
    List<GeoJsonFeature> out =
        read(convert(ConvertOptions.builder().bbox("80.2,45.2,80.8,45.8").build(), in));
    // EDGE lies on the box's east edge (80.8) but south of it (45.0 < 45.2): out
    assertThat(out).extracting(f -> f.string("A3")).containsExactly("IN");
    // the box 81..83 E, 45..45.5 N reaches into the L's eastern arm
    assertThat(read(convert(ConvertOptions.builder().bbox("81,45,83,45.5").build(), in)))
        .extracting(f -> f.string("A3"))
        .containsExactly("L");
    // a point exactly on the box's corner intersects it (edges included)
    assertThat(read(convert(ConvertOptions.builder().bbox("80.5,45.5,81,46").build(), in)))
        .extracting(f -> f.string("A3"))
        .containsExactly("IN");
  }

  @Test
  void bbox_acrossTheAntimeridian_keepsBothSides() {
    String in =
        collection(
            point("FJI", 178.4, -18.1), point("WSM", -172.1, -13.8), point("AUS", 149.1, -35.3));
    // west 170 > east -170: the box spans 170 E .. 180 .. 170 W
    List<GeoJsonFeature> out =
        read(convert(ConvertOptions.builder().bbox("170,-30,-170,0").build(), in));
    assertThat(out).extracting(f -> f.string("A3")).containsExactly("FJI", "WSM");
  }

  @Test
  void result_countsFeaturesAndBytes() throws IOException {
    String in = collection(point("KAZ", 76.9, 43.2), point("RUS", 37.6, 55.7));
    Path src = Files.writeString(dir.resolve("in.json"), in);
    Path dst = dir.resolve("out.json");
    List<long[]> updates = new ArrayList<>();
    ConvertResult r =
        new GeoJsonConverter(ConvertOptions.builder().where("A3=KAZ").build())
            .convert(
                src,
                dst,
                (read, total, written, skipped) ->
                    updates.add(new long[] {read, total, written, skipped}));
    assertThat(r.featuresWritten()).isEqualTo(1);
    assertThat(r.featuresSkipped()).isEqualTo(1);
    assertThat(r.featuresRead()).isEqualTo(2);
    assertThat(r.bytesRead()).isEqualTo(in.length());
    assertThat(r.bytesWritten()).isEqualTo(Files.size(dst));
    // the last report has the final counts; the first comes as the parser reads its first chunk
    assertThat(updates).hasSizeGreaterThanOrEqualTo(2);
    assertThat(updates.get(updates.size() - 1)).containsExactly(in.length(), in.length(), 1, 1);
    assertThat(updates.get(0)[2]).isZero();
  }

  @Test
  void badInput_isLocated_andLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path src =
        Files.writeString(
            dir.resolve("bad.json"),
            collection(
                point("KAZ", 76.9, 43.2),
                "\n{\"type\":\"Feature\",\"properties\":{},"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.4,91]}}"));
    Path dst = Files.writeString(dir.resolve("out.json"), "old content");
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class, () -> new GeoJsonConverter().convert(src, dst));
    // latitude 91 is out of [-90, 90]; the second feature starts on line 2
    assertThat(e.getMessage())
        .startsWith(src + ":2:")
        .contains("$.features[1].geometry.coordinates[1]")
        .contains("latitude 91");
    assertThat(Files.readString(dst)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("bad.json", "out.json");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing.json", "."})
  void unreadableInput_isAGeoJsonExceptionNamingTheFile(String name) {
    Path src = dir.resolve(name);
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class,
            () -> new GeoJsonConverter().convert(src, dir.resolve("out.json")));
    assertThat(e.source()).isEqualTo(src.toString());
    assertThat(e.problem()).startsWith("cannot open");
  }

  @Test
  void sameFileInAndOut_isReplacedOnlyOnceConverted() throws IOException {
    Path file = Files.writeString(dir.resolve("f.json"), CW_FEATURE);
    new GeoJsonConverter().convert(file, file);
    assertThat(read(Files.readString(file))).hasSize(1);
    assertThat(Files.readString(file)).startsWith("{\"type\":\"FeatureCollection\"");
  }

  @Test
  void outputDirectoryMissing_isAGeoJsonExceptionNamingTheOutput() throws IOException {
    Path src = Files.writeString(dir.resolve("in.json"), CW_FEATURE);
    Path dst = dir.resolve("no/such/dir/out.json");
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class, () -> new GeoJsonConverter().convert(src, dst));
    assertThat(e.source()).isEqualTo(dst.toString());
    assertThat(e.problem()).isEqualTo("cannot write: no such file or directory");
  }
}
