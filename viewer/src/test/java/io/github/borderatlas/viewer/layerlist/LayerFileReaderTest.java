package io.github.borderatlas.viewer.layerlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.viewer.draw.GeometryKind;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerFileReaderTest {

  @TempDir Path dir;

  private static ProjectedFeatures read(Path file) {
    return LayerFileReader.read(file, RegionMapProjection.REGION, LayerFileReader.NO_MONITOR);
  }

  @Test
  void readsFeaturesWithTheirPropertiesAndProjectsThem() throws Exception {
    ProjectedFeatures points = read(LayerFixtures.write(dir, "p.geojson", LayerFixtures.POINTS));
    assertThat(points.features()).hasSize(2);
    assertThat(points.features().get(0).text("name")).isEqualTo("A");
    assertThat(points.features().get(1).points()).hasSize(4); // the MultiPoint's two points
    double[] xy = new double[2];
    RegionMapProjection.REGION.project(80.5, 44.0, xy);
    assertThat(points.features().get(0).points()).containsExactly(xy[0], xy[1]);
    ProjectedFeatures square = read(LayerFixtures.write(dir, "s.json", LayerFixtures.POLYGON));
    assertThat(square.kind()).isEqualTo(GeometryKind.POLYGON);
    assertThat(square.vertexCount()).isEqualTo(5);
  }

  @Test
  void aProjectedCrs_isRefusedWithAClearMessage() throws Exception {
    Path metres =
        LayerFixtures.write(
            dir,
            "metres.geojson",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[8905559.0,5465442.0]}}]}");
    assertThatThrownBy(() -> read(metres))
        .isInstanceOf(LayerFileException.class)
        .hasMessageStartingWith(metres + ": its crs member names urn:ogc:def:crs:EPSG::3857")
        .hasMessageContaining("only WGS84 longitude/latitude");
    Path crs84 =
        LayerFixtures.write(
            dir,
            "crs84.geojson",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[]}");
    assertThat(read(crs84).features()).isEmpty();
  }

  @Test
  void aBadFile_givesTheLocatedMessage() throws Exception {
    Path bad =
        LayerFixtures.write(
            dir,
            "bad.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[80,95]},\"properties\":{}}]}");
    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(LayerFileException.class)
        .hasMessageStartingWith(bad + ":2:")
        .hasMessageContaining("$.features[0].geometry.coordinates");
    assertThatThrownBy(() -> read(dir.resolve("none.geojson")))
        .hasMessageStartingWith("cannot read " + dir.resolve("none.geojson") + ": no such file");
    assertThatThrownBy(() -> read(dir)).hasMessageContaining("is a directory");
  }

  @Test
  void aCancelledRead_stopsWithCancellation() throws Exception {
    StringBuilder big = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 5000; i++) {
      big.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"properties\":{\"i\":")
          .append(i)
          .append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.1,44.2]}}");
    }
    Path file = LayerFixtures.write(dir, "big.geojson", big.append("]}").toString());
    AtomicLong lastProgress = new AtomicLong();
    LayerFileReader.Monitor cancelAfterSomeBytes =
        new LayerFileReader.Monitor() {
          @Override
          public void progress(long bytesRead, long totalBytes) {
            lastProgress.set(bytesRead);
          }

          @Override
          public boolean isCancelled() {
            return lastProgress.get() > 0;
          }
        };
    assertThatThrownBy(
            () -> LayerFileReader.read(file, RegionMapProjection.REGION, cancelAfterSomeBytes))
        .isInstanceOf(CancellationException.class);
    assertThat(lastProgress.get()).isPositive();
  }

  @Test
  void aMissingFile_isNamedWithTheReason_whateverItsExtension() {
    // GeoPackages are told by content (GeoPackageLayersTest); a missing one cannot be told
    assertThatThrownBy(() -> read(dir.resolve("x.gpkg")))
        .isInstanceOf(LayerFileException.class)
        .hasMessageContaining("x.gpkg")
        .hasMessageContaining("no such file");
  }
}
