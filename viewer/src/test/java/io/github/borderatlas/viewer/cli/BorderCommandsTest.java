package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code border} and {@code borders} end to end on a hand-made country set: A (west) and B (east)
 * share the meridian 80.5 E between 44 and 45 N; C lies north of both and meets them at 80.5 E 45
 * N; a river flows east to west across the A–B line. Expected lengths are GeographicLib inverse
 * solutions of the shared edge.
 */
class BorderCommandsTest {

  private static final String COUNTRIES =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"A3":"AAA"},"geometry":{"type":"Polygon","coordinates":[[[80,44],[80.5,44],[80.5,45],[80,45],[80,44]]]}},
      {"type":"Feature","properties":{"A3":"BBB"},"geometry":{"type":"Polygon","coordinates":[[[80.5,44],[81,44],[81,45],[80.5,45],[80.5,44]]]}},
      {"type":"Feature","properties":{"A3":"CCC"},"geometry":{"type":"Polygon","coordinates":[[[80,45],[80.5,45],[81,45],[81,46],[80,46],[80,45]]]}},
      {"type":"Feature","properties":{"A3":"ISL"},"geometry":{"type":"Polygon","coordinates":[[[90,10],[91,10],[91,11],[90,10]]]}}
      ]}
      """;

  private static final String RIVERS =
      """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Testriver"},"geometry":{"type":"LineString","coordinates":[[80.8,44.5],[80.2,44.5]]}}
      ]}
      """;

  /** The A–B edge, metres (GeographicLib). */
  private static final double EDGE = Geodesic.WGS84.Inverse(44, 80.5, 45, 80.5).s12;

  @TempDir Path dir;

  private Path countries() throws IOException {
    return Files.writeString(dir.resolve("countries.geojson"), COUNTRIES);
  }

  @Test
  void borderWritesAnAtlasThatStatsOpens() throws IOException {
    Path rivers = Files.writeString(dir.resolve("rivers.geojson"), RIVERS);
    Path out = dir.resolve("ab.geojson");
    CliRunner r =
        CliRunner.run(
            "border",
            "AAA",
            "BBB",
            "--countries",
            countries().toString(),
            "--rivers",
            rivers.toString(),
            "--date",
            "2017-12-01",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(String.format(java.util.Locale.ROOT, "%.3f km in 1 part(s)", EDGE / 1000))
        .contains("tripoint AAA–BBB–CCC at 80.50000, 45.00000")
        .contains("Testriver crosses at 80.50000, 44.50000")
        .contains("from BBB to AAA");
    Atlas atlas = AtlasGeoJson.readFiles(List.of(out), null);
    assertThat(atlas.border()).isPresent();
    assertThat(atlas.countries()).hasSize(2);
    assertThat(atlas.rivers()).hasSize(1);
    CliRunner stats = CliRunner.run("stats", "--atlas", out.toString());
    assertThat(stats.code()).as(stats.err()).isZero();
    assertThat(stats.out())
        .contains(String.format(java.util.Locale.ROOT, "%.2f", EDGE / 1000))
        .contains("Testriver");
  }

  @Test
  void viewReadsTheAtlasAndNeedsADisplayOrAViewer() throws IOException {
    Path out = dir.resolve("ab.geojson");
    CliRunner.run(
        "border", "AAA", "BBB", "--countries", countries().toString(), "--out", out.toString());
    CliRunner r = CliRunner.run("view", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE); // no display here, or no viewer given
    assertThat(r.err()).containsAnyOf("no display", "viewer is not available");
    CliRunner missing = CliRunner.run("view", dir.resolve("none.geojson").toString());
    assertThat(missing.err()).contains("none.geojson: no such file");
  }

  @Test
  void borderErrorsNameThePlace() throws IOException {
    Path c = countries();
    Path out = dir.resolve("x.geojson");
    CliRunner missing =
        CliRunner.run("border", "AAA", "QQQ", "--countries", c.toString(), "--out", out.toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("A3 = QQQ").contains("countries.geojson");
    assertThat(missing.noStackTrace()).isTrue();
    CliRunner apart =
        CliRunner.run("border", "AAA", "ISL", "--countries", c.toString(), "--out", out.toString());
    assertThat(apart.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(apart.err()).contains("share no boundary");
    CliRunner noFile =
        CliRunner.run(
            "border",
            "AAA",
            "BBB",
            "--countries",
            dir.resolve("nope.geojson").toString(),
            "--out",
            out.toString());
    assertThat(noFile.err()).contains("nope.geojson: no such file");
    CliRunner badTolerance =
        CliRunner.run(
            "border",
            "AAA",
            "BBB",
            "--countries",
            c.toString(),
            "--out",
            out.toString(),
            "--tolerance",
            "0");
    assertThat(badTolerance.err()).contains("--tolerance");
    CliRunner badBridge =
        CliRunner.run(
            "borders", "--countries", c.toString(), "--out", out.toString(), "--bridge", "-1");
    assertThat(badBridge.err()).contains("--bridge");
    CliRunner badAtlas = CliRunner.run("stats", "--atlas", dir.resolve("none.geojson").toString());
    assertThat(badAtlas.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void bordersWritesOneRowPerPairWithPublishedColumns() throws IOException {
    Path csv = dir.resolve("borders.csv");
    Path lines = dir.resolve("lines.geojson");
    CliRunner r =
        CliRunner.run(
            "borders",
            "--countries",
            countries().toString(),
            "--out",
            csv.toString(),
            "--geojson",
            lines.toString(),
            "--published");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 shared boundaries among 4 countries");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0))
        .isEqualTo(
            "first,second,length_km,parts,tripoints,second_side_km,max_gap_m,"
                + "published_km,diff_km,diff_pct,source");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1))
        .startsWith(String.format(java.util.Locale.ROOT, "AAA,BBB,%.3f,1,1,", EDGE / 1000))
        .endsWith(",,,,");
    assertThat(Files.readString(lines)).contains("\"AAA-BBB\"");
  }
}
