package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasDiff;
import io.github.borderatlas.geopackage.AtlasGeoPackage;
import io.github.borderatlas.testkit.ExternalTools;
import io.github.borderatlas.viewer.TestAtlas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with GeoPackages: export, stats/render/view --atlas, and GDAL's copies. */
class GeoPackageCommandsTest {

  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void exportGpkg_byExtension_readsBackAsTheAtlas() {
    Path gpkg = dir.resolve("atlas.gpkg");

    CliRunner r = CliRunner.run("export", "--out", gpkg.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Atlas atlas = TestAtlas.atlas();
    assertThat(r.out())
        .startsWith("Wrote " + atlas.features().size() + " features to " + gpkg + " (GeoPackage)");
    AtlasDiff diff = AtlasDiff.between(atlas, AtlasGeoPackage.read(gpkg));
    assertThat(diff.isEmpty()).as("%s", diff).isTrue();
  }

  @Test
  void exportGpkg_toStandardOutput_withFormat() throws IOException {
    CliRunner r = CliRunner.run("export", "--format", "gpkg", "--layers", "river", "--out", "-");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Arrays.copyOf(r.outBytes(), SQLITE.length)).isEqualTo(SQLITE);
    assertThat(r.err()).contains("(standard output) (GeoPackage)");
    Path gpkg = Files.write(dir.resolve("rivers.gpkg"), r.outBytes());
    assertThat(AtlasGeoPackage.read(gpkg).rivers()).isEqualTo(TestAtlas.atlas().rivers());
  }

  @Test
  void exportGeoJson_whenAsked_evenToAGpkgName() throws IOException {
    Path out = dir.resolve("really-json.gpkg");

    CliRunner r = CliRunner.run("export", "--format", "geojson", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{");
  }

  @Test
  void unknownFormat_isAUsageError() {
    CliRunner r = CliRunner.run("export", "--format", "shp", "--out", dir.resolve("x").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("--format: unknown format \"shp\"; expected one of: geojson, gpkg");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void statsRenderAndView_acceptAGeoPackage() {
    Path gpkg = dir.resolve("atlas.gpkg");
    assertThat(CliRunner.run("export", "--out", gpkg.toString()).code()).isZero();
    Path png = dir.resolve("map.png");

    CliRunner bundled = CliRunner.run("stats");
    CliRunner fromGpkg = CliRunner.run("stats", "--atlas", gpkg.toString());
    CliRunner render =
        CliRunner.run(
            "render",
            "--atlas",
            gpkg.toString(),
            "--out",
            png.toString(),
            "--width",
            "64",
            "--height",
            "48");
    CliRunner view = CliRunner.run("view", gpkg.toString());

    assertThat(fromGpkg.code()).as(fromGpkg.err()).isZero();
    assertThat(fromGpkg.out()).isEqualTo(bundled.out());
    assertThat(render.code()).as(render.err()).isZero();
    assertThat(png).isNotEmptyFile();
    // the tests run headless: view read the file, then says there is no display
    assertThat(view.err()).contains("no display: try 'stats --atlas " + gpkg + "'");
  }

  @Test
  void brokenGeoPackage_givesTheLocatedMessage() throws IOException {
    Path gpkg = dir.resolve("atlas.gpkg");
    assertThat(CliRunner.run("export", "--out", gpkg.toString()).code()).isZero();
    Path cut = Files.write(dir.resolve("cut.gpkg"), Arrays.copyOf(Files.readAllBytes(gpkg), 3000));

    CliRunner stats = CliRunner.run("stats", "--atlas", cut.toString());
    CliRunner view = CliRunner.run("view", cut.toString());

    assertThat(stats.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(stats.err()).startsWith("borderatlas: --atlas " + cut + ": ");
    assertThat(stats.noStackTrace()).as(stats.err()).isTrue();
    assertThat(view.err()).startsWith("borderatlas: view " + cut + ": ");
  }

  @Test
  void gdalCopies_giveTheSameStats() {
    // issue 9 §4: an atlas GeoJSON through ogr2ogr to GeoJSON and to GPKG
    Path geojson = dir.resolve("atlas.geojson");
    assertThat(CliRunner.run("export", "--out", geojson.toString()).code()).isZero();
    Path viaGeoJson = dir.resolve("gdal.geojson");
    Path viaGpkg = dir.resolve("gdal.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GeoJSON", viaGeoJson.toString(), geojson.toString());
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", viaGpkg.toString(), geojson.toString());

    CliRunner original = CliRunner.run("stats", "--atlas", geojson.toString());
    CliRunner copyGeoJson = CliRunner.run("stats", "--atlas", viaGeoJson.toString());
    CliRunner copyGpkg = CliRunner.run("stats", "--atlas", viaGpkg.toString());

    assertThat(original.code()).as(original.err()).isZero();
    assertThat(original.out()).contains("Border length");
    assertThat(copyGeoJson.err()).isEmpty();
    assertThat(copyGeoJson.out()).isEqualTo(original.out());
    assertThat(copyGpkg.err()).isEmpty();
    assertThat(copyGpkg.out()).isEqualTo(original.out());
  }
}
