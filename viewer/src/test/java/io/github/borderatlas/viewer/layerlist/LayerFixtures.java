package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: small GeoJSON layers near the border, as text, files and projected features. */
public final class LayerFixtures {

  /** A line across the Ili valley, 79.0..81.0 E at 44.5 N (coordinates made up for the test). */
  public static final String LINE =
      "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"l1\","
          + "\"properties\":{\"name\":\"Test line\"},\"geometry\":{\"type\":\"LineString\","
          + "\"coordinates\":[[79.0,44.5],[80.0,44.5],[81.0,44.5]]}}]}";

  /** A polygon 78..79 E, 45..46 N (made up). */
  public static final String POLYGON =
      "{\"type\":\"Feature\",\"properties\":{\"name\":\"Square\"},\"geometry\":{\"type\":"
          + "\"Polygon\",\"coordinates\":[[[78,45],[79,45],[79,46],[78,46],[78,45]]]}}";

  /** Two points (made up). */
  public static final String POINTS =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.5,44.0]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"name\":\"B\"},"
          + "\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[81,45],[81.5,45.5]]}}]}";

  private LayerFixtures() {}

  /** The features of a GeoJSON text, projected with the map's projection. */
  public static ProjectedFeatures features(String json) {
    ProjectedFeatures.Builder b = new ProjectedFeatures.Builder(RegionMapProjection.REGION);
    for (GeoJsonFeature f : new GeoJsonReader().readString(json)) {
      b.add(f.id(), f.geometry(), f.properties());
    }
    return b.build();
  }

  /** Writes a text to {@code dir/name}. */
  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
