package io.github.borderatlas.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code convert} killed with SIGKILL in the middle leaves the destination exactly as it was (the
 * complete old file) or, once the conversion got through, the complete new one; never a partial
 * file. An ordinary failure (bad input midway) leaves the old file and no temporary file. The child
 * JVM ({@link ConvertChild}) converts a trickle of {@value #FEATURES} generated features ({@value
 * #PAUSE_MS} ms apart, so about 1.5 s) to the destination.
 */
class ConvertKillTest {

  static final int FEATURES = 300;
  static final int PAUSE_MS = 5;
  static final String OLD = "{\"type\":\"FeatureCollection\",\"features\":[]}\n";

  @TempDir Path dir;

  private Path dest() throws IOException {
    return Files.writeString(dir.resolve("out.geojson"), OLD);
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  /** Whether {@code file} is the old content or a complete conversion of all features. */
  private static boolean oldOrCompleteNew(Path file) throws IOException {
    String text = Files.readString(file);
    return text.equals(OLD) || new GeoJsonReader().readString(text).size() == FEATURES;
  }

  @Test
  void killedWhileWriting_leavesTheCompleteOldFile() throws Exception {
    Path dest = dest();
    Process child = ChildJvm.start("64m", "slow:" + FEATURES + ":" + PAUSE_MS, dest.toString());
    // the temporary file appears when the conversion starts writing; then let it run a while
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaryFiles().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(temporaryFiles()).as("conversion started").hasSize(1);
    Thread.sleep(300);
    assertThat(child.isAlive()).as("still converting when killed").isTrue();
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dest)).isEqualTo(OLD);
    // a killed process cannot delete its temporary file; it never has the destination's name
    assertThat(temporaryFiles())
        .hasSize(1)
        .allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith(".out.geojson."));
  }

  @Test
  void killedAtAnyMoment_leavesTheOldOrTheCompleteNewFile() throws Exception {
    // kill after 0.4 s, 1.0 s and 2.5 s (the last usually after the rename)
    for (long delay : new long[] {400, 1000, 2500}) {
      Path dest = dest();
      Process child = ChildJvm.start("64m", "slow:" + FEATURES + ":" + PAUSE_MS, dest.toString());
      Thread.sleep(delay);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(oldOrCompleteNew(dest)).as("after a kill at %d ms", delay).isTrue();
      for (Path tmp : temporaryFiles()) {
        Files.delete(tmp);
      }
    }
  }

  @Test
  void completedRun_replacesTheFileWithTheCompleteNewOne() throws Exception {
    Path dest = dest();
    Process child = ChildJvm.start("64m", "slow:" + FEATURES + ":0", dest.toString());
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).startsWith("OK " + FEATURES);
    assertThat(new GeoJsonReader().readAll(dest)).hasSize(FEATURES);
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void ordinaryFailure_leavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path dest = dest();
    // feature 250 has latitude 91; features start on line 2, so it is on line 252
    Process child = ChildJvm.start("64m", "bad:" + FEATURES + ":250", dest.toString());
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(output).isEqualTo(2);
    assertThat(output)
        .startsWith("ERROR bad:" + FEATURES + ":250.geojson:252:")
        .contains("$.features[250].geometry.coordinates[0][0][1]", "latitude 91");
    assertThat(Files.readString(dest)).isEqualTo(OLD);
    assertThat(temporaryFiles()).isEmpty();
  }
}
