package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.viewer.TestAtlas;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI end to end on the {@link TestAtlas}: each command, its help and its errors. */
class CliCommandsTest {

  @TempDir Path dir;

  @Test
  void help_listsTheCommands() {
    CliRunner r = CliRunner.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("stats", "export", "render", "validate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats", "export", "render", "validate"})
  void eachCommand_hasHelp(String command) {
    CliRunner r = CliRunner.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: borderatlas " + command);
  }

  @Test
  void stats_showsMeasuredAndPublishedLengths_crossings_andSources() {
    CliRunner r = CliRunner.run("stats");
    assertThat(r.code()).isZero();
    // published total 1,782.75 km: facts.md S1/S3/S4 (the test atlas carries that figure)
    assertThat(r.out()).contains("Total", "1782.75", "facts.md S1");
    assertThat(r.out()).contains("Ili: 1 crossing", "flows China → Kazakhstan");
    assertThat(r.out())
        .contains("ODbL-1.0", "LGPL-3.0-or-later", "© OpenStreetMap contributors, GSHHG (LGPL)");
  }

  @Test
  void stats_listsAtMostThreeCrossingsOfARiverAlongTheLine() {
    // a hand-made river zigzagging over the test border's Khorgos stretch (lon 80.45) 5 times
    var zigzag =
        new io.github.borderatlas.core.model.River(
            "river.zigzag",
            io.github.borderatlas.core.model.Names.english("Zigzag"),
            TestAtlas.wkt(
                "LINESTRING(80.5 44.55, 80.4 44.5, 80.5 44.45, 80.4 44.4, 80.5 44.35,"
                    + " 80.4 44.3)"),
            null,
            false,
            null,
            TestAtlas.GSHHG,
            null);
    CliRunner r = CliRunner.run(() -> TestAtlas.atlas().toBuilder().river(zigzag).build(), "stats");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Zigzag: 5 crossings", "… and 2 more");
  }

  /**
   * A river drawn on the test border's Khorgos vertices (80.45 44.6)–(80.45 44.2)–(80.52 43.82)
   * follows the border over its whole geodesic length instead of crossing it.
   */
  @Test
  void stats_showsARiverOnTheBorderLineAsFollowingIt() {
    var line = TestAtlas.wkt("LINESTRING(80.45 44.6, 80.45 44.2, 80.52 43.82)");
    var boundary =
        new io.github.borderatlas.core.model.River(
            "river.boundary",
            io.github.borderatlas.core.model.Names.english("Boundary"),
            line,
            null,
            false,
            null,
            TestAtlas.OSM,
            null);
    CliRunner r =
        CliRunner.run(() -> TestAtlas.atlas().toBuilder().river(boundary).build(), "stats");
    assertThat(r.code()).isZero();
    String km =
        String.format(
            java.util.Locale.ROOT,
            "%.1f",
            io.github.borderatlas.core.geodesy.GeodesicMeasure.lengthMetres(line) / 1000);
    assertThat(r.out())
        .contains("Boundary: 0 crossings, runs along the border, river " + km)
        .contains("follows the border for " + km + " km between border km ");
  }

  @Test
  void statsJson_isOneJsonObjectWithThePublishedTotal() throws IOException {
    CliRunner r = CliRunner.run("stats", "--json");
    assertThat(r.code()).isZero();
    double published = Double.NaN;
    int crossings = 0;
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME
            && p.currentName().equals("published_km")
            && Double.isNaN(published)) {
          p.nextToken();
          published = p.getDoubleValue();
        } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("border_chainage_km")) {
          crossings++;
        }
      }
    }
    assertThat(published).isEqualTo(1782.75);
    assertThat(crossings).isEqualTo(1);
  }

  /**
   * Issue 13: stretches that may hold unlocated water boundary are their own kind, shown as such in
   * the stats (text and JSON) and written as such by export.
   */
  @Test
  void landOrUnlocatedWater_isNamedInStatsAndExport() {
    Supplier<Atlas> atlas =
        () -> {
          Atlas a = TestAtlas.atlas();
          Border b = a.border().orElseThrow();
          List<BorderSegment> segments =
              b.segments().stream()
                  .map(
                      s ->
                          s.kind() != SegmentKind.LAND
                              ? s
                              : new BorderSegment(
                                  s.id(),
                                  SegmentKind.LAND_OR_UNLOCATED_WATER,
                                  s.name(),
                                  s.waterbody(),
                                  s.geometry(),
                                  s.startChainageMetres(),
                                  s.endChainageMetres(),
                                  s.evidence(),
                                  s.provenance(),
                                  s.validity()))
                  .toList();
          Border changed =
              new Border(b.id(), b.name(), b.line(), segments, b.provenance(), b.validity());
          return a.toBuilder().border(changed).build();
        };
    assertThat(CliRunner.run(atlas, "stats").out()).contains("Land, or water not located");
    assertThat(CliRunner.run(atlas, "stats", "--json").out())
        .contains("\"label\" : \"Land, or water not located\"");
    Path out = dir.resolve("segments.geojson");
    assertThat(
            CliRunner.run(atlas, "export", "--out", out.toString(), "--layers", "border-segment")
                .code())
        .isZero();
    assertThat(new GeoJsonReader().readAll(out))
        .extracting(f -> f.properties().get("kind"))
        .contains("land-or-unlocated-water");
  }

  @Test
  void export_writesEveryFeature_andReadsBack() {
    Path out = dir.resolve("atlas.geojson");
    CliRunner r = CliRunner.run("export", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<GeoJsonFeature> read = new GeoJsonReader().readAll(out);
    assertThat(read).hasSize(TestAtlas.atlas().features().size());
    assertThat(r.out()).contains("Wrote " + read.size() + " features");
  }

  @Test
  void export_ofChosenLayersAtADate_keepsOnlyThose() {
    Path out = dir.resolve("sectors.geojson");
    CliRunner before =
        CliRunner.run(
            "export",
            "--out",
            out.toString(),
            "--layers",
            "disputed-sector,river",
            "--date",
            "1995-06-15");
    assertThat(before.code()).isZero();
    List<String> ids = new GeoJsonReader().readAll(out).stream().map(GeoJsonFeature::id).toList();
    assertThat(ids).containsExactly("river.ili", "sector.chogan-obo");
    // the test sector is valid 1992-01-01 .. 1998-07-04
    CliRunner after =
        CliRunner.run(
            "export",
            "--out",
            out.toString(),
            "--layers",
            "disputed-sector",
            "--date",
            "2005-01-01");
    assertThat(after.code()).isZero();
    assertThat(new GeoJsonReader().readAll(out)).isEmpty();
  }

  @Test
  void render_writesAPngOfTheAskedSize() throws IOException {
    Path out = dir.resolve("map.png");
    CliRunner r =
        CliRunner.run(
            "render",
            "--out",
            out.toString(),
            "--width",
            "320",
            "--height",
            "200",
            "--scale",
            "2",
            "--bbox",
            "79,43,82,45",
            "--date",
            "2000-01-01");
    assertThat(r.code()).as(r.err()).isZero();
    BufferedImage img = ImageIO.read(out.toFile());
    assertThat(img.getWidth()).isEqualTo(640);
    assertThat(img.getHeight()).isEqualTo(400);
  }

  @Test
  void validate_cleanFile_exitsZero() {
    Path out = dir.resolve("clean.geojson");
    assertThat(CliRunner.run("export", "--out", out.toString(), "--layers", "river").code())
        .isZero();
    CliRunner r = CliRunner.run("validate", out.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("1 feature, 0 findings");
  }

  @Test
  void validate_badGeometry_exitsOne_andNamesTheFeature() throws IOException {
    Path bowtie = dir.resolve("bowtie.geojson");
    Files.writeString(
        bowtie,
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "lake.bowtie", "properties": {},
           "geometry": {"type": "Polygon",
             "coordinates": [[[80, 44], [81, 45], [81, 44], [80, 45], [80, 44]]]}}
        ]}
        """);
    CliRunner r = CliRunner.run("validate", bowtie.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("lake.bowtie").contains("1 feature, ");
  }

  @Test
  void validate_malformedJson_exitsTwo_withLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.geojson");
    Files.writeString(bad, "{\"type\": \"FeatureCollection\",\n \"features\": [ {,] }");
    CliRunner r = CliRunner.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.geojson:2:");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.noStackTrace()).isTrue();
  }

  @Test
  void validate_hostileText_isEscaped_andCannotForgeALine() throws IOException {
    // ESC[2J clears the screen; the CR and LF would forge an output line of their own
    Path file = dir.resolve("evil\u001b[2J\n.geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"id\":\"a\\u001b[2J\\r\\nOK fake\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,95]}}\n]}");
    CliRunner r = CliRunner.run("validate", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(r.out().lines())
        .hasSize(2)
        .allSatisfy(
            l ->
                assertThat(l)
                    .startsWith(file.toString().replace("\u001b", "\\u001b").replace("\n", "\\n")));
    assertThat(r.out()).contains("a\\u001b[2J\\r\\nOK fake, vertex 0");
    // an unknown type: a structure error, escaped, a finding (exit 1), not unreadable
    Files.writeString(file, "{\"type\":\"Feat\\u001bure\"}");
    CliRunner type = CliRunner.run("validate", file.toString());
    assertThat(type.code()).as(type.out() + type.err()).isEqualTo(1);
    assertThat(type.out())
        .contains("GEOJSON_STRUCTURE")
        .contains("Feat\\u001bure")
        .doesNotContain("\u001b");
  }

  @Test
  void validate_rfc7946Findings_exitOne_withFileLineColumn() throws IOException {
    Path file = dir.resolve("rfc.geojson");
    String text =
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
            + "{\"name\":\"EPSG:3857\"}},\"features\":[\n"
            + "{\"type\":\"Feature\",\"bbox\":[1,2,3],\"geometr\":null,\"properties\":{}},\n"
            + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[80,44,0],[81,44,0],[81,45,0],[80,44,5]]]}},\n"
            + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
            + "\"coordinates\":[181,44]}},\n"
            + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
            + "\"coordinates\":[[179,60],[-179,61]]}}\n]}";
    Files.writeString(file, text);
    CliRunner r = CliRunner.run("validate", file.toString());
    // columns: where the crs object and the bbox array start (1-based)
    int crs = text.indexOf("{\"type\":\"name\"") + 1;
    int bbox = text.split("\n")[1].indexOf("[1,2,3]") + 1;
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    String f = file.toString();
    assertThat(r.out())
        .contains(f + ":1:" + crs + " at $.crs: error CRS_NOT_CRS84: ")
        .contains(f + ":2:" + bbox + " at $.features[0].bbox, feature #0: error BBOX_INVALID: ")
        .contains(f + ":2:")
        .contains("error MISSING_MEMBER: feature has no \"geometry\" member")
        .contains(f + ":3:")
        .contains("error RING_NOT_CLOSED")
        .contains("feature #2, vertex 0 (181.000000, 44.000000): error COORDINATE_OUT_OF_RANGE")
        .contains("feature #3, vertex 0: warning ANTIMERIDIAN_NOT_SPLIT")
        .contains("4 features, 6 findings");
  }
}
