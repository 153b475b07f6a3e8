package io.github.borderatlas.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource attacks on {@code convert} end in a located error, not an OutOfMemoryError, in a JVM
 * with a 256 MB heap and the default {@link io.github.borderatlas.core.io.geojson.ReadLimits}: a 60
 * MB string (limit 10,000,000 chars) and a ring of 10 million vertices (limit 5,000,000 per
 * feature). The inputs are generated while read ({@link GeneratedGeoJson}), never held as a String;
 * the destination is not created and no temporary file remains. And a big but honest input converts
 * in a heap smaller than the file: memory follows the largest feature.
 */
class ConvertLimitsChildJvmTest {

  @TempDir Path dir;

  @Test
  void manySmallFeatures_convertInAHeapSmallerThanTheFile()
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.geojson");
    // 250,000 features of about 156 bytes each: some 39 MB of input through a 16 MB heap
    Process child = ChildJvm.start("16m", "slow:250000:0", out.toString());
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(output).as(output).startsWith("OK 250000 ");
    assertThat(child.exitValue()).isZero();
    long bytesRead = Long.parseLong(output.strip().split(" ")[2]);
    assertThat(bytesRead).isGreaterThan(32L << 20);
    assertThat(Files.size(out)).isGreaterThan(32L << 20);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the feature starts on line 2; the string is the property "note"
        "string-60mb|string-60mb.geojson:2:|$.features[0].properties.note"
            + "|ReadLimits.maxStringLength",
        // positions 0..4,999,999 are within the limit; the 5,000,001st (index 5000000) is not
        "ring-10m|ring-10m.geojson:2:|$.features[0].geometry.coordinates[0][5000000]"
            + "|feature has more than 5000000 positions (ReadLimits.maxVerticesPerFeature)"
      })
  void hugeInput_failsWithALocatedError_in256MegabytesOfHeap(
      String mode, String place, String path, String problem)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.geojson");
    Process child = ChildJvm.start("256m", mode, out.toString());
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(output)
        .as(output)
        .startsWith("ERROR " + place)
        .contains(" at " + path + ": ")
        .contains(problem)
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("OOM");
    assertThat(child.exitValue()).as(output).isEqualTo(2);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no output and no temporary file").isEmpty();
    }
  }
}
