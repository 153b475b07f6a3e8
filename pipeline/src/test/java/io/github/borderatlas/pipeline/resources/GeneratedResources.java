package io.github.borderatlas.pipeline.resources;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates and reads (once) the committed generated resources of the geodata module. */
final class GeneratedResources {

  static final List<String> FILES =
      List.of("border.geojson", "rivers.geojson", "lakes.geojson", "countries.geojson");

  private static Atlas atlas;

  private GeneratedResources() {}

  /** geodata/src/main/resources/io/github/borderatlas/geodata, found from the working dir up. */
  static Path dir() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolve("geodata/src/main/resources/io/github/borderatlas/geodata");
      if (Files.isRegularFile(candidate.resolve("border.geojson"))) {
        return candidate;
      }
      p = p.getParent();
    }
    throw new AssertionError(
        "generated resources not found above " + System.getProperty("user.dir"));
  }

  static synchronized Atlas atlas() {
    if (atlas == null) {
      atlas = AtlasGeoJson.readFiles(FILES.stream().map(dir()::resolve).toList(), null);
    }
    return atlas;
  }
}
