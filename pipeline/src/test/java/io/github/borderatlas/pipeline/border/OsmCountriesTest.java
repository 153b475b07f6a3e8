package io.github.borderatlas.pipeline.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.pipeline.PipelineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** The layout of map.geo.json: one feature per line, geometry before properties, A3 codes. */
class OsmCountriesTest {

  @TempDir Path dir;

  private static String feature(String a3, double x) {
    return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[["
        + x
        + ",40],["
        + (x + 1)
        + ",40],["
        + (x + 1)
        + ",41],["
        + x
        + ",40]]]},"
        + "\"properties\":{\"A3\":\""
        + a3
        + "\"}}";
  }

  private Path file(String... features) throws IOException {
    Path f = dir.resolve("map.geo.json");
    Files.writeString(
        f,
        "{\"type\":\"FeatureCollection\", \"features\": [\n"
            + String.join(",\n", features)
            + "\n]}\n");
    return f;
  }

  @Test
  void keepsOnlyTheWantedCountries() throws IOException {
    Path f = file(feature("CPV", -24), feature("KAZ", 70), feature("CHN", 90));
    Map<String, Geometry> m = OsmCountries.read(f, Set.of("KAZ", "CHN", "MNG"));
    assertThat(m).containsOnlyKeys("CHN", "KAZ");
    assertThat(m.get("KAZ").getCoordinates()[0].x).isEqualTo(70.0);
    assertThat(m.get("KAZ").getSRID()).isEqualTo(4326);
  }

  @Test
  void duplicateCodeIsAnError() throws IOException {
    Path f = file(feature("KAZ", 70), feature("KAZ", 71));
    assertThatThrownBy(() -> OsmCountries.read(f, Set.of("KAZ")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("two features with A3 = KAZ");
  }

  @Test
  void malformedFileGivesALocatedGeoJsonError() throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[70,40],[71,40]]]},"
            + "\"properties\":{\"A3\":\"KAZ\"}}]}");
    assertThatThrownBy(() -> OsmCountries.read(f, Set.of("KAZ")))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("bad.json:2:")
        .hasMessageContaining("$.features[0].geometry.coordinates[0]");
  }
}
