package io.github.borderatlas.viewer.layerlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geopackage.AtlasGeoPackage;
import io.github.borderatlas.geopackage.FeatureTableInfo;
import io.github.borderatlas.geopackage.GeoPackageReader;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoPackage opens as one layer per vector table (issue 9 §1), through the same entry point as
 * GeoJSON, and a project file names the table so that reopening it gives the same layer.
 */
class GeoPackageLayersTest {

  @TempDir Path dir;

  /** A GeoPackage written by the atlas export: its tables are the expectation. */
  private Path gpkg() throws Exception {
    Path file = dir.resolve("study.gpkg");
    AtlasGeoPackage.write(
        TestAtlas.atlas(), EnumSet.of(Layer.RIVER, Layer.PLACE, Layer.BORDER), file);
    return file;
  }

  @Test
  void everyVectorTableIsALayer_withItsFeatures() throws Exception {
    Path file = gpkg();
    List<FeatureTableInfo> tables = GeoPackageReader.featureTables(file);
    List<LayerFileReader.FileLayer> layers =
        LayerFileReader.readLayers(file, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR);
    assertThat(layers)
        .extracting(LayerFileReader.FileLayer::table)
        .containsExactlyElementsOf(tables.stream().map(FeatureTableInfo::name).toList());
    for (int i = 0; i < layers.size(); i++) {
      assertThat((long) layers.get(i).features().features().size())
          .as(tables.get(i).name())
          .isEqualTo(tables.get(i).featureCount());
    }
    assertThat(layers.get(0).title(file)).isEqualTo("study.gpkg – " + tables.get(0).name());
    // told apart by content, not by name
    Path renamed = Files.copy(file, dir.resolve("study.data"));
    assertThat(
            LayerFileReader.readLayers(
                renamed, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR))
        .hasSameSizeAs(layers);
  }

  @Test
  void aProjectNamesTheTable_andReopensIt() throws Exception {
    Path file = gpkg();
    LayerList list = new LayerList();
    LayerFileReader.FileLayer last =
        LayerFileReader.readLayers(file, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR)
            .get(1);
    list.addFile(last.title(file), file, last.table(), last.features());
    Path project = dir.resolve("p.borderatlas.json");
    ProjectFile.write(project, list.snapshot());
    assertThat(Files.readString(project)).contains("\"table\" : \"" + last.table() + "\"");

    ProjectOpening.Result r =
        ProjectOpening.open(
            ProjectFile.read(project),
            (f, table) ->
                LayerFileReader.read(
                    f, table, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR));
    assertThat(r.problems()).isEmpty();
    LayerEntry back = r.layers().get(r.layers().size() - 1);
    LayerSource.File source = (LayerSource.File) back.source();
    assertThat(source.table()).isEqualTo(last.table());
    assertThat(source.features().features()).hasSameSizeAs(last.features().features());
  }

  @Test
  void aBrokenGeoPackage_givesALocatedMessage_andCancelStops() throws Exception {
    Path file = gpkg();
    byte[] bytes = Files.readAllBytes(file);
    Path broken = dir.resolve("broken.gpkg");
    // keep the SQLite header (so it is taken for a GeoPackage) and cut the rest
    Files.write(broken, java.util.Arrays.copyOf(bytes, 200));
    assertThatThrownBy(
            () ->
                LayerFileReader.readLayers(
                    broken, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR))
        .isInstanceOf(LayerFileException.class)
        .hasMessageContaining("broken.gpkg")
        .hasMessageNotContaining("Exception");
    LayerFileReader.Monitor cancelled =
        new LayerFileReader.Monitor() {
          @Override
          public void progress(long bytesRead, long totalBytes) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    assertThatThrownBy(
            () -> LayerFileReader.readLayers(file, RegionMapProjection.REGION, cancelled))
        .isInstanceOf(CancellationException.class);
  }
}
