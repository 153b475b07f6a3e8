package io.github.borderatlas.core.io.geojson;

import static io.github.borderatlas.core.io.geojson.RoundTripTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.testkit.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What we write is accepted by real consumers: GDAL ({@code ogrinfo}, {@code ogr2ogr}, Debian
 * gdal-bin) and {@code @mapbox/geojsonhint} (pinned in {@code tools/interop}, installed with {@code
 * npm ci}), found through the testkit's {@link ExternalTools}: a missing tool skips the test, or
 * fails it when the environment variable {@code CI} is {@code true}.
 */
class InteropTest {

  @TempDir Path dir;

  private static final String POLYGON_WITH_HOLE =
      "POLYGON ((81.5 45.9, 82 45.9, 82 46.3, 81.5 46.3, 81.5 45.9), (81.7 46, 81.7 46.1, 81.8"
          + " 46.1, 81.7 46))";

  /** Non-empty features of every geometry type, rings given clockwise to exercise orientation. */
  private static List<GeoJsonFeature> everyType(boolean withCollection) {
    List<String> wkts =
        new ArrayList<>(
            List.of(
                "POINT (80.4167 44.2083)",
                "POINT Z (87.286361 49.115499 3327)",
                "LINESTRING (81.3 43.9, 80.53 43.81, 78.3 43.87)",
                "POLYGON ((80 44, 80 45, 81 45, 81 44, 80 44))",
                POLYGON_WITH_HOLE,
                "MULTIPOINT ((87.286361 49.115499), (80.174866 42.210402))",
                "MULTILINESTRING ((82.72 46.49, 82 46.42), (85.55 47.97, 84.6 47.75))",
                "MULTIPOLYGON (((80 44, 81 44, 81 45, 80 45, 80 44)), ((85 47, 86 48, 86 47, 85"
                    + " 47)))"));
    if (withCollection) {
      wkts.add("GEOMETRYCOLLECTION (POINT (80.4 44.2), LINESTRING (80.1 44.1, 80.2 44.15))");
    }
    List<GeoJsonFeature> features = new ArrayList<>();
    for (int i = 0; i < wkts.size(); i++) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("id", "f" + i);
      props.put("name", "Хоргос " + i);
      props.put("rank", (long) i);
      props.put("share", i / 8.0);
      features.add(new GeoJsonFeature("f" + i, wkt(wkts.get(i)), props));
    }
    features.add(new GeoJsonFeature("no-geometry", null, Map.of("id", "no-geometry")));
    return features;
  }

  // ---- GDAL ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POINT (80.4167 44.2083) | Point",
        "LINESTRING (81.3 43.9, 80.53 43.81) | Line String",
        POLYGON_WITH_HOLE + " | Polygon",
        "MULTIPOINT ((87.28 49.11), (80.17 42.21)) | Multi Point",
        "MULTILINESTRING ((82.72 46.49, 82 46.42), (85.55 47.97, 84.6 47.75)) | Multi Line String",
        "MULTIPOLYGON (((80 44, 81 44, 81 45, 80 44))) | Multi Polygon",
        "GEOMETRYCOLLECTION (POINT (80.4 44.2), LINESTRING (80.1 44.1, 80.2 44.15)) | Geometry"
            + " Collection"
      })
  void ogrinfo_reportsOurFeatureCountAndGeometryType(String text, String gdalType)
      throws IOException {
    String ogrinfo = tool("ogrinfo");
    Path file = dir.resolve("layer.geojson");
    List<GeoJsonFeature> features = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      features.add(new GeoJsonFeature("f" + i, wkt(text), Map.of("rank", (long) i)));
    }
    new GeoJsonWriter().writeTo(file, features);
    String info = run(List.of(ogrinfo, "-ro", "-al", "-so", file.toString())).output;
    assertThat(info).contains("Geometry: " + gdalType + "\n").contains("Feature Count: 3\n");
  }

  @Test
  void ogrinfo_readsEveryTypeInOneLayer() throws IOException {
    String ogrinfo = tool("ogrinfo");
    Path file = dir.resolve("mixed.geojson");
    List<GeoJsonFeature> features = everyType(true);
    new GeoJsonWriter().writeTo(file, features);
    Result r = run(List.of(ogrinfo, "-ro", "-al", "-so", file.toString()));
    assertThat(r.output)
        .contains("Geometry: Unknown (any)\n")
        .contains("Feature Count: " + features.size() + "\n");
    assertThat(r.output).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning");

    // the streamed form, with the collection's bbox after the features array
    Path streamed = dir.resolve("streamed.geojson");
    new GeoJsonWriter()
        .writeTo(
            streamed,
            out -> {
              for (GeoJsonFeature f : features) {
                out.write(f);
              }
            });
    // west 78.3 (Ili), south 42.210402 and north 49.115499 (the two tripoints), east 87.286361
    assertThat(Files.readString(streamed))
        .endsWith("\n],\"bbox\":[78.3,42.210402,87.286361,49.115499]}\n");
    Result s = run(List.of(ogrinfo, "-ro", "-al", "-so", streamed.toString()));
    assertThat(s.output).contains("Feature Count: " + features.size() + "\n");
    assertThat(s.output).contains("Extent: (78.300000, 42.210402) - (87.286361, 49.115499)");
  }

  @Test
  void ogr2ogrRfc7946_givesBackOurGeometries() throws IOException {
    String ogr2ogr = tool("ogr2ogr");
    // GDAL 3.6 in RFC7946 mode drops members of GeometryCollections, so they are checked apart
    List<GeoJsonFeature> features = everyType(false);
    Path in = dir.resolve("in.geojson");
    Path out = dir.resolve("gdal.geojson");
    new GeoJsonWriter().writeTo(in, features);
    run(List.of(ogr2ogr, "-f", "GeoJSON", "-lco", "RFC7946=YES", out.toString(), in.toString()));
    assertSameFeatures(new GeoJsonReader().readAll(out), features);

    List<GeoJsonFeature> collection =
        List.of(
            new GeoJsonFeature(
                "gc",
                wkt("GEOMETRYCOLLECTION (POINT (80.4 44.2), LINESTRING (80.1 44.1, 80.2 44.15))"),
                Map.of("id", "gc")));
    Path gcIn = dir.resolve("gc.geojson");
    Path gcOut = dir.resolve("gc-gdal.geojson");
    new GeoJsonWriter().writeTo(gcIn, collection);
    run(List.of(ogr2ogr, "-f", "GeoJSON", gcOut.toString(), gcIn.toString()));
    assertSameFeatures(new GeoJsonReader().readAll(gcOut), collection);
  }

  private static void assertSameFeatures(List<GeoJsonFeature> back, List<GeoJsonFeature> expected) {
    assertThat(back).hasSameSizeAs(expected);
    for (int i = 0; i < back.size(); i++) {
      GeoJsonFeature b = back.get(i);
      GeoJsonFeature e = expected.get(i);
      assertThat(b.id()).isEqualTo(e.id());
      // GDAL turns an "id" property into the feature id (which we check above) and drops it
      Map<String, Object> props = new LinkedHashMap<>(e.properties());
      props.remove("id");
      assertThat(b.properties()).containsExactlyEntriesOf(props);
      if (e.geometry() == null) {
        assertThat(b.geometry()).isNull();
      } else {
        // our writer oriented the rings; compare with the input put in RFC 7946 order the same way
        assertThat(b.geometry().norm().equalsExact(e.geometry().norm(), 1e-6))
            .as("%s vs %s", b.geometry(), e.geometry())
            .isTrue();
      }
    }
  }

  // ---- geojsonhint ----

  @Test
  void geojsonhint_findsNoErrorAndNoWarning() throws IOException {
    Path hint = ExternalTools.npmTool("@mapbox/geojsonhint/bin/geojsonhint");
    String node = tool("node");
    Path file = dir.resolve("all.geojson");
    new GeoJsonWriter().writeTo(file, everyType(true));
    Result r = run(List.of(node, hint.toString(), "-f", "json", file.toString()));
    assertThat(r.output.trim()).as("geojsonhint output").isEmpty();
    assertThat(r.exit).isZero();

    Path streamed = dir.resolve("streamed.geojson");
    new GeoJsonWriter()
        .writeTo(
            streamed,
            out -> {
              for (GeoJsonFeature f : everyType(true)) {
                out.write(f);
              }
            });
    Result rs = run(List.of(node, hint.toString(), "-f", "json", streamed.toString()));
    assertThat(rs.output.trim()).as("geojsonhint output, streamed form").isEmpty();
    assertThat(rs.exit).isZero();

    // the library itself, with the precision warning (above 6 decimals) switched on
    Path lib = ExternalTools.npmTool("@mapbox/geojsonhint");
    String script =
        "const h=require(process.argv[1]);const fs=require('fs');"
            + "process.stdout.write(JSON.stringify(h.hint(fs.readFileSync(process.argv[2],'utf8'),{precisionWarning:true})))";
    Result lint = run(List.of(node, "-e", script, lib.toString(), file.toString()));
    assertThat(lint.output.trim()).isEqualTo("[]");
  }

  @Test
  void geojsonhint_flagsWhatWeWouldNotWrite() throws IOException {
    // guards the check above: the tool really reports a clockwise shell and too many decimals
    Path lib = ExternalTools.npmTool("@mapbox/geojsonhint");
    String node = tool("node");
    Path file = dir.resolve("bad.geojson");
    Files.writeString(
        file,
        "{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[80,45.12345678],[81,45],[81,44],[80,44]]]}");
    String script =
        "const h=require(process.argv[1]);const fs=require('fs');"
            + "process.stdout.write(JSON.stringify(h.hint(fs.readFileSync(process.argv[2],'utf8'),{precisionWarning:true})))";
    String out = run(List.of(node, "-e", script, lib.toString(), file.toString())).output;
    assertThat(out)
        .contains("right-hand rule")
        .contains("precision of coordinates should be reduced");
  }

  // ---- tools ----

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (!command.get(0).endsWith("node")) {
      assertThat(p.exitValue()).as("%s: %s", command, output).isZero();
    }
    return new Result(p.exitValue(), output);
  }

  private static String tool(String name) {
    String remedy = name.equals("node") ? "apt-get install nodejs" : "apt-get install gdal-bin";
    return ExternalTools.executable(name, remedy).toString();
  }
}
