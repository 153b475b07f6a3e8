package io.github.borderatlas.core.io.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonStructureException;
import io.github.borderatlas.core.io.geojson.JsonNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} copies data exactly: ids keep their JSON type, numbers in properties keep their
 * digits (the three numbers are the issue's: 30 digits beyond any long, 2^53 + 1 which a double
 * rounds to 2^53, and the exact decimal value of the double nearest 0.1), and a geometry that
 * degenerates at the output precision is reported with the feature's place.
 */
class ConvertExactDataTest {

  @TempDir Path dir;

  private static String feature(String idAndProperties) {
    return "{\"type\":\"Feature\","
        + idAndProperties
        + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.5,44.2]}}";
  }

  private static String convert(String json) {
    return GeoJsonConverterTest.convert(ConvertOptions.defaults(), json);
  }

  /** Progress that only collects the warnings. */
  private static ConvertProgress collecting(List<String> warnings) {
    return new ConvertProgress() {
      @Override
      public void update(long bytesRead, long totalBytes, long written, long skipped) {}

      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
  }

  @Test
  void ids_keepTheirJsonType() {
    String in =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature("\"id\":7,\"properties\":{}")
            + ","
            + feature("\"id\":\"7\",\"properties\":{}")
            + ","
            + feature("\"id\":1e3,\"properties\":{}")
            + ","
            + feature("\"id\":-0.50,\"properties\":{}")
            + "]}";
    String out = convert(in);
    assertThat(out)
        .contains("\"id\":7,")
        .contains("\"id\":\"7\",")
        .contains("\"id\":1e3,")
        .contains("\"id\":-0.50,");
  }

  @Test
  void propertyNumbers_keepTheirDigits() {
    String numbers =
        "{\"big\":123456789012345678901234567890,\"odd\":9007199254740993,"
            + "\"tenth\":0.1000000000000000055511151231257827,\"e\":1E+2,\"neg\":-0.0,"
            + "\"list\":[1.50,2e-7],\"huge\":1e400}";
    String out = convert(feature("\"properties\":" + numbers));
    assertThat(out).contains("\"properties\":" + numbers);
    // the same through a double would be 1.2345678901234568E29, 9007199254740992 and 0.1
    assertThat((double) 9007199254740993L).isEqualTo(9007199254740992.0);
    assertThat(Double.parseDouble("0.1000000000000000055511151231257827")).isEqualTo(0.1);
  }

  @Test
  void whereFilter_stillMatchesNumbersAsBefore() {
    String in =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature("\"properties\":{\"n\":5}")
            + ","
            + feature("\"properties\":{\"n\":5.5}")
            + ","
            + feature("\"properties\":{\"n\":1e1}")
            + ","
            + feature("\"properties\":{\"n\":6}")
            + "]}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConvertResult r =
        new GeoJsonConverter(ConvertOptions.builder().where("n=5,5.5,10.0").build())
            .convert(
                new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "in", out, "out");
    // 5 and 5.5 by their text; 1e1 as the Double 10.0 it was before exact numbers
    assertThat(r.featuresWritten()).isEqualTo(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"n\":1e1").doesNotContain(":6}");
    assertThat(new JsonNumber("1e1").readValue()).isEqualTo(10.0);
    assertThat(new JsonNumber("12").readValue()).isEqualTo(12L);
    assertThat(new JsonNumber("12345678901234567890").readValue()).isEqualTo(1.2345678901234567e19);
  }

  /** A triangle 0.001° high: at 2 decimals its three corners fall on one line (zero area). */
  private static final String THIN =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + feature("\"properties\":{}")
          + ",\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
          + "\"coordinates\":[[[80,44],[81,44],[80.5,44.001],[80,44]]]}},\n"
          + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
          + "\"coordinates\":[[80.001,44.001],[80.002,44.002]]}}\n]}";

  @Test
  void geometryThatDegeneratesWhenRounded_isAWarningWithThePlace() throws Exception {
    List<String> warnings = new ArrayList<>();
    ConvertProgress progress = collecting(warnings);
    Path out = dir.resolve("out.geojson");
    ConvertResult r =
        new GeoJsonConverter(ConvertOptions.builder().decimals(2).build())
            .convert(
                new ByteArrayInputStream(THIN.getBytes(StandardCharsets.UTF_8)),
                "thin.geojson",
                -1,
                out,
                progress);
    assertThat(r.featuresWritten()).isEqualTo(3);
    assertThat(r.warnings()).isEqualTo(2);
    // the polygon is feature 1 on line 3, the line feature 2 on line 4; both start in column 1
    assertThat(warnings)
        .containsExactly(
            "thin.geojson:3:1 at $.features[1]: the geometry degenerates: exterior ring of polygon"
                + " 0 has zero area once rounded to 2 decimals (written anyway; --strict refuses"
                + " it)",
            "thin.geojson:4:1 at $.features[2]: the geometry degenerates: line 0: its 2 positions"
                + " merge into one once rounded to 2 decimals (written anyway; --strict refuses"
                + " it)");
    // at 3 decimals nothing degenerates
    List<String> none = new ArrayList<>();
    new GeoJsonConverter(ConvertOptions.builder().decimals(3).build())
        .convert(
            new ByteArrayInputStream(THIN.getBytes(StandardCharsets.UTF_8)),
            "thin.geojson",
            -1,
            dir.resolve("out3.geojson"),
            collecting(none));
    assertThat(none).isEmpty();
  }

  @Test
  void strict_makesADegeneratedGeometryAnError_andLeavesTheOutputUntouched() throws Exception {
    Path out = dir.resolve("out.geojson");
    Files.writeString(out, "old");
    GeoJsonException e =
        catchThrowableOfType(
            () ->
                new GeoJsonConverter(ConvertOptions.builder().decimals(2).strict(true).build())
                    .convert(
                        new ByteArrayInputStream(THIN.getBytes(StandardCharsets.UTF_8)),
                        "thin.geojson",
                        -1,
                        out,
                        ConvertProgress.NONE),
            GeoJsonStructureException.class);
    assertThat(e.getMessage())
        .startsWith("thin.geojson:3:1 at $.features[1]: the geometry degenerates: exterior ring")
        .doesNotContain("written anyway");
    assertThat(Files.readString(out)).isEqualTo("old");
  }
}
