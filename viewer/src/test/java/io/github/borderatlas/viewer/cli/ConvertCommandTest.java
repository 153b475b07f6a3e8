package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code borderatlas convert} end to end: options, output, progress-free runs (no terminal in
 * tests), bad arguments and bad input. Inputs are hand-written features near Khorgos (80.4 E, 44.2
 * N) and the countries' ISO codes as in the npm countries file (property {@code A3}).
 */
class ConvertCommandTest {

  private static final String INPUT =
      "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
          + "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[\n"
          // clockwise square (north first) with 7 decimals
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[80.1234567,44],[80.1234567,45],[81,45],[81,44],[80.1234567,44]]]},"
          + "\"properties\":{\"A3\":\"KAZ\",\"rank\":1}},\n"
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.4,39.9]},"
          + "\"properties\":{\"A3\":\"CHN\"}},\n"
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.6,55.7]},"
          + "\"properties\":{\"A3\":\"RUS\"}}\n]}";

  @TempDir Path dir;

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.geojson"), INPUT);
  }

  private static List<GeoJsonFeature> read(Path file) {
    return new GeoJsonReader().readAll(file);
  }

  @Test
  void convert_writesAnRfc7946Collection_andSaysWhatItDid() throws IOException {
    Path out = dir.resolve("out.geojson");
    CliRunner r = CliRunner.run("convert", input().toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 features written");
    String text = Files.readString(out);
    // no crs; 80.1234567 at the default 6 decimals: 7th decimal 7 rounds ...456 up to 80.123457
    assertThat(text).doesNotContain("crs").contains("80.123457").doesNotContain("80.1234567");
    List<GeoJsonFeature> features = read(out);
    assertThat(features).extracting(f -> f.string("A3")).containsExactly("KAZ", "CHN", "RUS");
    assertThat(features.get(0).properties().keySet()).containsExactly("A3", "rank");
    Polygon p = (Polygon) features.get(0).geometry();
    assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence())).isTrue();
    // collection bbox from Moscow's 37.6 E to Beijing's 116.4 E, 39.9 N to 55.7 N
    assertThat(text).contains("\"bbox\":[37.6,39.9,116.4,55.7]");
  }

  @Test
  void whereAndPrecision_keepTheChosenFeatures_rounded() throws IOException {
    Path out = dir.resolve("out.geojson");
    CliRunner r =
        CliRunner.run(
            "convert",
            input().toString(),
            out.toString(),
            "--where",
            "A3=CHN,KAZ",
            "--precision",
            "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 features written (1 left out)");
    assertThat(read(out)).extracting(f -> f.string("A3")).containsExactly("KAZ", "CHN");
    // 80.1234567 at 3 decimals is 80.123
    assertThat(Files.readString(out)).contains("[80.123,44]");
  }

  @Test
  void bbox_keepsWhatIntersects() throws IOException {
    Path out = dir.resolve("out.geojson");
    CliRunner r =
        CliRunner.run("convert", input().toString(), out.toString(), "--bbox", "73.5,35,96.5,55.5");
    assertThat(r.code()).as(r.err()).isZero();
    // only the square at 80..81 E lies in 73.5..96.5 E; Beijing (116.4) and Moscow (37.6) do not
    assertThat(read(out)).extracting(f -> f.string("A3")).containsExactly("KAZ");
  }

  @Test
  void help_describesTheOptions() {
    CliRunner r = CliRunner.run("convert", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "Usage: borderatlas convert",
            "IN",
            "OUT",
            "--precision=N",
            "--where=KEY=V1,V2,...",
            "--bbox=W,S,E,N");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--precision|16|--precision: decimals must be within 0..15, got 16",
        "--where|A3|--where must be KEY=VALUE",
        "--where|A3=CHN,,KAZ|--where A3: empty value",
        "--bbox|73.5,35,96.5|--bbox must be WEST,SOUTH,EAST,NORTH",
        "--bbox|73.5,35,east,55|--bbox: \"east\" is not a number",
        "--bbox|73.5,56,96.5,55|--bbox latitudes must satisfy -90 <= south <= north <= 90",
        "--precision|six|Invalid value for option '--precision'"
      })
  void badArguments_exit2WithOneLine(String option, String value, String message)
      throws IOException {
    Path out = Files.writeString(dir.resolve("out.geojson"), "old");
    CliRunner r = CliRunner.run("convert", input().toString(), out.toString(), option, value);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.noStackTrace()).isTrue();
    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @Test
  void badInput_exit2WithALocatedMessage_oldOutputUntouched_noTemporaryFile() throws IOException {
    Path in =
        Files.writeString(dir.resolve("bad.geojson"), INPUT.replace("[37.6,55.7]", "[37.6,95.7]"));
    Path out = Files.writeString(dir.resolve("out.geojson"), "old");
    CliRunner r = CliRunner.run("convert", in.toString(), out.toString());
    assertThat(r.code()).isEqualTo(2);
    // the third feature is on line 4 of the file; latitude 95.7 is outside [-90, 90]
    assertThat(r.err())
        .contains(in + ":4:", "$.features[2].geometry.coordinates[1]", "latitude 95.7");
    assertThat(r.noStackTrace()).isTrue();
    assertThat(Files.readString(out)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("bad.geojson", "out.geojson");
    }
  }

  @Test
  void missingInputOrOutputDirectory_exit2() throws IOException {
    CliRunner missing =
        CliRunner.run(
            "convert",
            dir.resolve("nope.geojson").toString(),
            dir.resolve("out.geojson").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.geojson: no such file");
    CliRunner noDir =
        CliRunner.run("convert", input().toString(), dir.resolve("no/dir/out.geojson").toString());
    assertThat(noDir.code()).isEqualTo(2);
    assertThat(noDir.err()).contains("out.geojson: no such file or directory");
    assertThat(missing.noStackTrace() && noDir.noStackTrace()).isTrue();
  }

  /** A triangle 0.001° high whose area is zero once rounded to 2 decimals (feature 0, line 2). */
  private static final String THIN =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"id\":\"thin\\u001b[2J\",\"properties\":{},\"geometry\":"
          + "{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[81,44],[80.5,44.001],[80,44]]]}}\n]}";

  @Test
  void degenerateGeometry_isAWarning_andStrictMakesItAnError() throws IOException {
    Path in = dir.resolve("thin\u001b[2J.geojson");
    Files.writeString(in, THIN);
    Path out = dir.resolve("out.geojson");
    CliRunner warn = CliRunner.run("convert", in.toString(), out.toString(), "--precision", "2");
    assertThat(warn.code()).as(warn.err()).isZero();
    assertThat(warn.err())
        .contains("borderatlas: warning: ")
        .contains("thin\\u001b[2J.geojson:2:1 at $.features[0]: the geometry degenerates")
        .doesNotContain("\u001b");
    assertThat(warn.out()).contains("1 feature written, 1 with a warning");
    Files.delete(out);
    CliRunner strict =
        CliRunner.run("convert", in.toString(), out.toString(), "--precision", "2", "--strict");
    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.err())
        .contains("exterior ring of polygon 0 has zero area")
        .doesNotContain("\u001b");
    assertThat(Files.exists(out)).isFalse();
  }
}
