package io.github.borderatlas.core.io.geojson;

import static io.github.borderatlas.core.io.geojson.RoundTripTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GeoJsonWriter#writeTo} replaces a file only when everything was written. */
class AtomicWriteTest {

  @TempDir Path dir;

  private final GeoJsonWriter writer = new GeoJsonWriter();

  private static GeoJsonFeature point(String id, double lon, double lat) {
    return new GeoJsonFeature(id, wkt("POINT (" + lon + " " + lat + ")"), Map.of("id", id));
  }

  private long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void writesList_atomically_andItReadsBack() {
    Path target = dir.resolve("places.geojson");
    writer.writeTo(target, List.of(point("a", 80.4, 44.2), point("b", 82.7, 46.5)));
    assertThat(new GeoJsonReader().readAll(target))
        .extracting(GeoJsonFeature::id)
        .containsExactly("a", "b");
  }

  @Test
  void bodyFailingMidway_leavesOldFileIntact_andNoTemporaryFile() throws IOException {
    Path target = dir.resolve("places.geojson");
    writer.writeTo(target, List.of(point("old", 80.4, 44.2)));
    byte[] before = Files.readAllBytes(target);
    assertThatThrownBy(
            () ->
                writer.writeTo(
                    target,
                    out -> {
                      for (int i = 0; i < 20_000; i++) { // about 2 MB: past every buffer
                        out.write(point("p" + i, 80 + i * 1e-5, 44));
                      }
                      throw new IOException("source vanished (simulated)");
                    }))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("places.geojson: cannot write: source vanished (simulated)");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void badFeatureMidway_leavesOldFileIntact_andNamesTheFeature() throws IOException {
    Path target = dir.resolve("places.geojson");
    writer.writeTo(target, List.of(point("old", 80.4, 44.2)));
    byte[] before = Files.readAllBytes(target);
    assertThatThrownBy(
            () ->
                writer.writeTo(
                    target,
                    out -> {
                      out.write(point("ok", 80, 44));
                      out.write(point("bad", 80, 95));
                    }))
        .isInstanceOf(GeoJsonException.class)
        .hasMessage(
            target
                + " at $.features[1].geometry.coordinates: latitude 95.0 is not within [-90, 90]"
                + " (feature id bad)");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
    assertThat(filesIn(dir)).isEqualTo(1);
    assertThatThrownBy(
            () -> writer.writeTo(target, List.of(point("ok", 80, 44), point("bad", 200, 0))))
        .hasMessageContaining("at $.features[1].geometry.coordinates: longitude 200.0");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
    assertThat(filesIn(dir)).isEqualTo(1);
  }
}
