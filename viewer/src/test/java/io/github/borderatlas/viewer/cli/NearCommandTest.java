package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.viewer.TestAtlas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code borderatlas near} on the {@link TestAtlas} (border vertices TestAtlas.BORDER, the Khorgos
 * crossing at 80.35 44.05, Kazakhstan west and China east of the line).
 */
class NearCommandTest {

  @TempDir Path dir;

  /**
   * Four features: on the border vertex 80.45 44.6 (vertex 7), Almaty's position in Kazakhstan, a
   * point in China with a name holding an escape character, comma and quotes, and one without
   * geometry.
   */
  static final String FEATURES =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"id\":\"on\",\"properties\":{\"name\":\"Vertex\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.45,44.6]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"id\":\"almaty\",\"name\":\"Almaty\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[76.95,43.25]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"name\":\"\\u001b[2J \\\"Yi\\\", ning\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[81.3,43.9]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Ghost\"},\"geometry\":null}"
          + "]}";

  private Path input() throws IOException {
    Path f = dir.resolve("in.geojson");
    Files.writeString(f, FEATURES);
    return f;
  }

  /** Chainage of border vertex {@code n}: the sum of GeographicLib lengths of the edges before. */
  private static double chainageOfVertex(int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double[] a = TestAtlas.BORDER[i];
      double[] b = TestAtlas.BORDER[i + 1];
      s += Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
    }
    return s;
  }

  @Test
  void text_isOneTerminalSafeRowPerFeature() throws IOException {
    CliRunner r = CliRunner.run("near", input().toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("id").contains("distance_to_border_m", "nearest_crossing_id");
    assertThat(lines[1]).startsWith("on").contains("on border", "0.0", "yes");
    assertThat(lines[2]).startsWith("almaty").contains("kazakhstan", "crossing.khorgos");
    assertThat(lines[3]).startsWith("3").contains("china", "\\u001b[2J");
    assertThat(r.out()).doesNotContain("\u001b");
    assertThat(lines[4]).startsWith("4").contains("Ghost", "no geometry");
  }

  @Test
  void csv_isRfc4180WithTheVertexChainage() throws IOException {
    CliRunner r = CliRunner.run("near", input().toString(), "--csv");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "id,name,side,distance_to_border_m,border_lon,border_lat,chainage_m,crosses,"
                + "crossing_points,nearest_crossing_id,nearest_crossing_name,"
                + "nearest_crossing_distance_m");
    String chainage = String.format(Locale.ROOT, "%.1f", chainageOfVertex(7));
    assertThat(lines[1])
        .startsWith(
            "on,Vertex,on border,0.0,80.450000,44.600000,"
                + chainage
                + ",yes,80.450000 44.600000,crossing.khorgos,Khorgos,");
    // the name's quotes doubled and the field quoted; the control character kept as data
    assertThat(lines[3]).startsWith("3,\"\u001b[2J \"\"Yi\"\", ning\",china,");
    assertThat(lines[4]).isEqualTo("4,Ghost,no geometry,,,,,,,,,");
    assertThat(r.err()).contains("4 of 4 features written to (standard output)");
  }

  @Test
  void json_isAnArrayOfObjects_withTheNearestCrossingDistance() throws IOException {
    CliRunner r = CliRunner.run("near", input().toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    List<?> rows = (List<?>) parse(r.out());
    assertThat(rows).hasSize(4);
    Map<?, ?> almaty = (Map<?, ?>) rows.get(1);
    assertThat(almaty.get("id")).isEqualTo("almaty");
    assertThat(almaty.get("side")).isEqualTo("kazakhstan");
    assertThat(almaty.get("crosses")).isEqualTo(false);
    // GeographicLib from Almaty's position to the Khorgos crossing point (TestAtlas)
    double expected = Geodesic.WGS84.Inverse(43.25, 76.95, 44.05, 80.35).s12;
    assertThat((Double) almaty.get("nearest_crossing_distance_m"))
        .isCloseTo(expected, org.assertj.core.api.Assertions.within(0.051));
    Map<?, ?> on = (Map<?, ?>) rows.get(0);
    assertThat(((List<?>) ((List<?>) on.get("crossing_points")).get(0)).get(0)).isEqualTo(80.45);
    Map<?, ?> ghost = (Map<?, ?>) rows.get(3);
    assertThat(ghost.containsKey("distance_to_border_m")).isTrue();
    assertThat(ghost.get("distance_to_border_m")).isNull();
    assertThat(ghost.get("name")).isEqualTo("Ghost");
  }

  /** JSON text as maps, lists, strings, doubles, booleans and nulls (Jackson streaming). */
  private static Object parse(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      Object v = value(p);
      assertThat(p.nextToken()).isNull();
      return v;
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(p));
      }
      return list;
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      while (p.nextToken() != JsonToken.END_OBJECT) {
        String key = p.currentName();
        p.nextToken();
        map.put(key, value(p));
      }
      return map;
    }
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> null;
    };
  }

  @Test
  void within_keepsOnlyFeaturesThatClose() throws IOException {
    CliRunner r = CliRunner.run("near", input().toString(), "--csv", "--within", "100");
    assertThat(r.code()).as(r.err()).isZero();
    // the vertex (0 km) and the Chinese point (81.3 43.9, about 80 km east of the line) stay;
    // Almaty (about 270 km) and the feature without geometry go
    assertThat(r.out().split("\r\n")).hasSize(3);
    assertThat(r.out()).contains("\r\non,", "\r\n3,").doesNotContain("almaty", "Ghost");
    assertThat(r.err()).contains("2 of 4 features within 100.0 km");
  }

  @Test
  void out_writesTheFileAndReportsOnStandardOutput() throws IOException {
    Path out = dir.resolve("near.csv");
    CliRunner r = CliRunner.run("near", input().toString(), "--csv", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("4 of 4 features written to " + out);
    CliRunner stdout = CliRunner.run("near", input().toString(), "--csv");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(stdout.out());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in.geojson", "near.csv"); // no temporary file left
    }
  }

  @Test
  void standardInput_isRead() {
    CliRunner r =
        CliRunner.withInput(FEATURES.getBytes(StandardCharsets.UTF_8), "near", "-", "--csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().split("\r\n")).hasSize(5);
  }

  @Test
  void badFile_givesTheLocatedMessageAndExit2() throws IOException {
    Path bad = dir.resolve("bad.geojson");
    Files.writeString(
        bad, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",]}");
    CliRunner r = CliRunner.run("near", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("borderatlas: ").contains(bad.toString() + ":2:");
    assertThat(r.noStackTrace()).isTrue();
    CliRunner validate = CliRunner.run("validate", bad.toString());
    assertThat(r.err()).isEqualTo(validate.err()); // the same located message as validate
  }

  @Test
  void badArguments_areUsageErrors() throws IOException {
    String in = input().toString();
    assertThat(CliRunner.run("near", in, "--json", "--csv").code()).isEqualTo(2);
    CliRunner negative = CliRunner.run("near", in, "--within", "-1");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("--within");
    CliRunner missing = CliRunner.run("near", dir.resolve("none.geojson").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.geojson", "no such file");
    assertThat(CliRunner.run("near", "--help").out()).contains("Usage: borderatlas near");
  }
}
