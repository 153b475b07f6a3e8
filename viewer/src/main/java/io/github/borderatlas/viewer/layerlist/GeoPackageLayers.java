package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.geopackage.FeatureTableInfo;
import io.github.borderatlas.geopackage.GeoPackageException;
import io.github.borderatlas.geopackage.GeoPackageReader;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A GeoPackage's vector tables as layers: each table is read with {@link GeoPackageReader} (its SRS
 * honoured: EPSG:4326 as is, any other reprojected to WGS84 lon/lat with proj4j) and projected for
 * drawing. Stateless and thread-safe; call it off the event dispatch thread.
 */
final class GeoPackageLayers {

  private GeoPackageLayers() {}

  /** Every vector table, in the order the GeoPackage lists them. */
  static List<LayerFileReader.FileLayer> readAll(
      Path file, MapProjection projection, LayerFileReader.Monitor monitor) {
    List<FeatureTableInfo> tables;
    try {
      tables = GeoPackageReader.featureTables(file);
    } catch (GeoPackageException e) {
      throw new LayerFileException(e.getMessage(), e);
    }
    if (tables.isEmpty()) {
      throw new LayerFileException(file + ": the GeoPackage has no vector (features) table", null);
    }
    long total = tables.stream().mapToLong(FeatureTableInfo::featureCount).sum();
    long[] done = {0};
    List<LayerFileReader.FileLayer> layers = new ArrayList<>();
    for (FeatureTableInfo t : tables) {
      layers.add(
          new LayerFileReader.FileLayer(
              t.name(), read(file, t.name(), projection, monitor, done, total)));
    }
    return layers;
  }

  /** One vector table. */
  static ProjectedFeatures read(
      Path file, String table, MapProjection projection, LayerFileReader.Monitor monitor) {
    return read(file, table, projection, monitor, new long[] {0}, -1);
  }

  private static ProjectedFeatures read(
      Path file,
      String table,
      MapProjection projection,
      LayerFileReader.Monitor monitor,
      long[] rowsDone,
      long rowsTotal) {
    ProjectedFeatures.Builder layer = new ProjectedFeatures.Builder(projection);
    try {
      GeoPackageReader.read(
          file,
          table,
          f -> {
            layer.add(f.id(), f.geometry(), f.properties());
            if (++rowsDone[0] % 1000 == 0) {
              monitor.progress(rowsDone[0], rowsTotal);
            }
          },
          monitor::isCancelled);
    } catch (GeoPackageException e) {
      throw new LayerFileException(e.getMessage(), e);
    }
    return layer.build();
  }
}
