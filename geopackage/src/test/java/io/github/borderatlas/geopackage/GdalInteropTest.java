package io.github.borderatlas.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasDiff;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.testkit.ExternalTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * Our GeoPackage as GDAL sees it (ogrinfo, ogr2ogr), and GDAL's copies of our atlas files read back
 * by us (issue 9 §4). Needs GDAL: skipped without it, failed on CI.
 */
class GdalInteropTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @TempDir static Path dir;
  private static Path gpkg;

  @BeforeAll
  static void writeAtlas() throws IOException {
    gpkg = dir.resolve("atlas.gpkg");
    AtlasGeoPackage.write(ATLAS, EnumSet.allOf(Layer.class), gpkg);
  }

  @Test
  void ogrinfo_listsEveryLayerWithCountTypeAndSrs() {
    String info = ExternalTools.gdal("ogrinfo", "-so", "-al", gpkg.toString());

    Map<String, String> blocks = new HashMap<>();
    for (String block : info.split("\n(?=Layer name: )")) {
      Matcher m = Pattern.compile("Layer name: (\\S+)").matcher(block);
      if (m.find()) {
        blocks.put(m.group(1), block);
      }
    }
    // GDAL's names for the geometry types (ogrinfo output)
    Map<Layer, String> gdalType =
        Map.of(
            Layer.BORDER, "Line String",
            Layer.BORDER_SEGMENT, "Line String",
            Layer.RIVER, "Line String",
            Layer.LAKE, "Polygon",
            Layer.PLACE, "Point",
            Layer.DISPUTED_SECTOR, "Point",
            Layer.EVENT, "Point",
            Layer.COUNTRY, "Unknown (any)");
    for (Layer layer : Layer.values()) {
      String block = blocks.get(AtlasTables.table(layer));
      assertThat(block).as(layer.id()).isNotNull();
      long count =
          layer == Layer.EVENT
              ? ATLAS.timeline().stream().filter(e -> e.place() != null).count()
              : ATLAS.features().stream().filter(f -> f.layer() == layer).count();
      assertThat(block)
          .as(layer.id())
          .contains("Geometry: " + gdalType.get(layer) + "\n")
          .contains("Feature Count: " + count + "\n")
          .contains("ID[\"EPSG\",4326]");
    }
    // attribute tables are layers without geometry for GDAL
    assertThat(blocks.get("timeline"))
        .contains("Geometry: None")
        .contains("Feature Count: " + ATLAS.timeline().size() + "\n");
    assertThat(blocks).containsKeys("figures", "sources");
  }

  @Test
  void everyFeatureTable_hasAnRtreeIndex() {
    for (Layer layer : Layer.values()) {
      String table = AtlasTables.table(layer);
      String out =
          ExternalTools.gdal(
              "ogrinfo", gpkg.toString(), "-sql", "SELECT HasSpatialIndex('" + table + "','geom')");
      assertThat(out).as(table).containsPattern("HasSpatialIndex\\S* \\(Integer\\) = 1");
    }
  }

  @Test
  void ogr2ogrToGeoJson_matchesOurGeoJsonExportWithin1e6Degrees() {
    Map<String, GeoJsonFeature> ours = new HashMap<>();
    AtlasFeatureEncoder.encode(ATLAS).forEach(f -> ours.put(f.id(), f));
    List<GeoJsonFeature> theirs = new ArrayList<>();
    for (Layer layer : Layer.values()) {
      String table = AtlasTables.table(layer);
      Path copy = dir.resolve("copy-" + table + ".geojson");
      ExternalTools.gdal("ogr2ogr", "-f", "GeoJSON", copy.toString(), gpkg.toString(), table);
      theirs.addAll(new GeoJsonReader().readAll(copy));
    }

    long unplaced = ATLAS.timeline().stream().filter(e -> e.place() == null).count();
    assertThat(theirs).hasSize(ours.size() - (int) unplaced);
    for (GeoJsonFeature f : theirs) {
      String id = f.string("id");
      GeoJsonFeature mine = ours.get(id);
      assertThat(mine).as(id).isNotNull();
      assertThat(f.geometry() == null).as(id).isEqualTo(mine.geometry() == null);
      if (mine.geometry() == null) {
        continue;
      }
      assertThat(f.geometry().getGeometryType())
          .as(id)
          .isEqualTo(mine.geometry().getGeometryType());
      Coordinate[] a = mine.geometry().getCoordinates();
      Coordinate[] b = f.geometry().getCoordinates();
      assertThat(b).as(id).hasSameSizeAs(a);
      for (int i = 0; i < a.length; i++) {
        assertThat(Math.abs(a[i].x - b[i].x)).as(id).isLessThanOrEqualTo(1e-6);
        assertThat(Math.abs(a[i].y - b[i].y)).as(id).isLessThanOrEqualTo(1e-6);
      }
    }
  }

  @Test
  void gdalCopiesOfTheAtlasGeoJson_readBackAsTheSameAtlas() {
    Path geojson = dir.resolve("atlas.geojson");
    AtlasGeoJson.write(ATLAS, geojson, EnumSet.allOf(Layer.class), 15);
    Path viaGeoJson = dir.resolve("gdal.geojson");
    Path viaGpkg = dir.resolve("gdal.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GeoJSON", viaGeoJson.toString(), geojson.toString());
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", viaGpkg.toString(), geojson.toString());

    Atlas fromGeoJson = AtlasGeoJson.readFiles(List.of(viaGeoJson), null);
    Atlas fromGpkg = AtlasGeoPackage.read(viaGpkg);

    // the atlas-wide figures are not in a layer file; everything else must be as exported
    Atlas withoutWideFigures = AtlasGeoJson.readFiles(List.of(geojson), null);
    assertThat(AtlasDiff.between(withoutWideFigures, fromGeoJson).isEmpty()).isTrue();
    assertThat(AtlasDiff.between(withoutWideFigures, fromGpkg).isEmpty()).isTrue();
    assertThat(AtlasDiff.between(ATLAS, fromGpkg).isEmpty()).isTrue();
  }
}
