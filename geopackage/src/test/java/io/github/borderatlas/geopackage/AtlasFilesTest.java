package io.github.borderatlas.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasDiff;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.geopackage.AtlasFiles.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Either atlas format, told apart by content rather than by name. */
class AtlasFilesTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @TempDir Path dir;

  @Test
  void readsBothFormats_whateverTheFileIsCalled() throws IOException {
    Path gpkg = dir.resolve("atlas.data"); // no telling extension
    AtlasGeoPackage.write(ATLAS, EnumSet.allOf(Layer.class), gpkg);
    Path geojson = dir.resolve("rivers.gpkg"); // a misleading one
    AtlasGeoJson.write(ATLAS, geojson, Set.of(Layer.RIVER), AtlasGeoJson.DEFAULT_PRECISION);

    assertThat(AtlasFiles.isGeoPackage(gpkg)).isTrue();
    assertThat(AtlasFiles.isGeoPackage(geojson)).isFalse();
    assertThat(AtlasFiles.isGeoPackage(dir.resolve("missing"))).isFalse();
    assertThat(AtlasDiff.between(ATLAS, AtlasFiles.read(gpkg)).isEmpty()).isTrue();
    assertThat(AtlasFiles.read(geojson).rivers()).hasSameSizeAs(ATLAS.rivers());
  }

  @Test
  void tooShortForTheHeader_isGeoJson() throws IOException {
    Path tiny = Files.writeString(dir.resolve("tiny.gpkg"), "SQLite");

    assertThat(AtlasFiles.isGeoPackage(tiny)).isFalse();
  }

  @Test
  void formats_byNameAndByExtension() {
    assertThat(Format.named("GPKG")).isEqualTo(Format.GPKG);
    assertThat(Format.named("geojson")).isEqualTo(Format.GEOJSON);
    assertThatThrownBy(() -> Format.named("shp"))
        .hasMessage("unknown format \"shp\"; expected one of: geojson, gpkg");
    assertThat(Format.ofFileName(Path.of("out/Atlas.GPKG"))).isEqualTo(Format.GPKG);
    assertThat(Format.ofFileName(Path.of("atlas.geojson"))).isEqualTo(Format.GEOJSON);
    assertThat(Format.ofFileName(Path.of("-"))).isEqualTo(Format.GEOJSON);
  }
}
