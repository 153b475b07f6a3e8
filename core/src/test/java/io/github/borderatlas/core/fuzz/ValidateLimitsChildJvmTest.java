package io.github.borderatlas.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code validate} in bounded memory, in a child JVM ({@link ValidateChild}) with a small heap: a
 * LineString of 5 million vertices (the default {@link
 * io.github.borderatlas.core.io.geojson.ReadLimits#maxVerticesPerFeature()}) in 256 MB, where
 * copying its coordinates into {@code Coordinate} objects ({@code getCoordinates()}, as JTS's
 * {@code IsValidOp} does) would need some 200 MB besides the 80 MB line; and duplicate-id detection
 * over a million features in 64 MB, where a {@code HashMap<String, Integer>} of a million ids needs
 * more than 100 MB. The inputs are generated while read ({@link GeneratedGeoJson}).
 */
class ValidateLimitsChildJvmTest {

  @Test
  void fiveMillionVertexLine_validatesIn256Megabytes() throws IOException, InterruptedException {
    String output = run("256m", "line:5000000");
    // the line is valid, its bbox contains it: no finding
    assertThat(output).as(output).isEqualTo("OK 1 0");
  }

  @Test
  void duplicateIdsOverAMillionFeatures_areFoundIn64Megabytes()
      throws IOException, InterruptedException {
    String output = run("64m", "ids:1000000:1000");
    // features 1000, 2000, ..., 999000 reuse their predecessor's id: 999 duplicates
    assertThat(output).as(output).isEqualTo("OK 1000000 999 DUPLICATE_ID=999");
  }

  private static String run(String heap, String mode) throws IOException, InterruptedException {
    Process child = ChildJvm.start(ValidateChild.class, heap, mode);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    return output.strip();
  }
}
