package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real process ({@link CliProcess}): signals during {@code convert}, stale temporary files,
 * standard output on a full device or a closed pipe, {@code /dev/stdin}, and {@code render} at its
 * memory and disk limits. Linux only (/dev/full, /proc, kill).
 */
class CliProcessTest {

  static final String OLD = "{\"type\":\"FeatureCollection\",\"features\":[]}\n";

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private List<String> temporaryFiles() throws IOException {
    return names().stream().filter(n -> n.endsWith(".tmp")).toList();
  }

  private static String point(int i) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.5f,44.2]},"
            + "\"properties\":{\"i\":%d}}",
        80 + i * 1e-5,
        i);
  }

  /** Starts {@code convert - out.geojson} and feeds it the start of a collection, kept open. */
  private Process convertingFromAnOpenPipe(Path out) throws Exception {
    Process p =
        CliProcess.builder("64m", "convert", "-", out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
    in.write("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 2000; i++) {
      in.write((i == 0 ? "" : ",") + point(i) + "\n");
    }
    in.flush(); // no closing bracket: the child waits for more
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaryFiles().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(temporaryFiles()).as("writing has started").hasSize(1);
    return p;
  }

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"TERM, 15", "INT, 2", "HUP, 1"})
  void signalDuringConvert_removesTheTemporaryFile_keepsTheOldOut(String signal, int signo)
      throws Exception {
    Path out = Files.writeString(dir.resolve("out.geojson"), OLD);
    Process p = convertingFromAnOpenPipe(out);
    assumeFalse(
        CliProcess.ignores(p, signo),
        "SIG" + signal + " is ignored by this test's process (inherited), so the JVM keeps it so");
    CliProcess.signal(p, signal);
    int code = CliProcess.exitCode(p);
    assertThat(code)
        .as("the JVM's exit status for a signal: 128 + %d", signo)
        .isEqualTo(128 + signo);
    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).hasContent(OLD.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"export, out.geojson", "render, map.png"})
  void sigtermDuringExportOrRender_removesTheTemporaryFile(String command, String name)
      throws Exception {
    // OUT is opened first, then the bundled atlas loads (about a second): the signal comes then
    Process p = CliProcess.builder("256m", command, "--out", dir.resolve(name).toString()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaryFiles().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(temporaryFiles()).as("writing has started").hasSize(1);
    CliProcess.signal(p, "TERM");
    assertThat(CliProcess.exitCode(p)).as("ended by the signal, not done").isEqualTo(143);
    assertThat(names()).isEmpty();
  }

  @Test
  void staleTemporaryFileOfAKilledRun_isRemovedByTheNextRun() throws Exception {
    Path out = Files.writeString(dir.resolve("out.geojson"), OLD);
    Process killed = convertingFromAnOpenPipe(out);
    String stale = temporaryFiles().get(0);
    killed.destroyForcibly(); // SIGKILL: no hook runs
    CliProcess.exitCode(killed);
    assertThat(temporaryFiles()).as("SIGKILL leaves it").containsExactly(stale);

    Path in = Files.writeString(dir.resolve("in.geojson"), StandardStreamsTest.TWO_POINTS);
    Process next = CliProcess.builder("64m", "convert", in.toString(), out.toString()).start();
    assertThat(CliProcess.exitCode(next)).as(CliProcess.stderr(next)).isZero();
    assertThat(temporaryFiles()).isEmpty();
    assertThat(new GeoJsonReader().readAll(out)).hasSize(2);
  }

  @Test
  void statsJson_toAFullDevice_exitsTwoWithOneLine() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full (Linux)");
    Process p = CliProcess.builder("256m", "stats", "--json").redirectOutput(full).start();
    int code = CliProcess.exitCode(p);
    assertThat(CliProcess.stderr(p))
        .isEqualTo("borderatlas: cannot write standard output: no space left on device\n");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void closedStandardOutput_exitsTwoWithOneLine() throws Exception {
    List<String> command = CliProcess.builder("256m", "stats").command();
    List<String> viaShell = new java.util.ArrayList<>(List.of("sh", "-c", "exec \"$@\" >&-", "sh"));
    viaShell.addAll(command); // the shell closes descriptor 1, then runs java in its place
    Process p = new ProcessBuilder(viaShell).start();
    int code = CliProcess.exitCode(p);
    assertThat(CliProcess.stderr(p))
        .isEqualTo("borderatlas: cannot write standard output: bad file descriptor\n");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void convertToAPipeClosedEarly_endsQuietly() throws Exception {
    Path big = dir.resolve("big.geojson");
    try (Writer w = Files.newBufferedWriter(big)) {
      w.write("{\"type\":\"FeatureCollection\",\"features\":[");
      for (int i = 0; i < 40_000; i++) { // about 4 MB, far more than a pipe's 64 KB buffer
        w.write((i == 0 ? "" : ",") + point(i) + "\n");
      }
      w.write("]}");
    }
    Process p = CliProcess.builder("64m", "convert", big.toString(), "-").start();
    try (InputStream stdout = p.getInputStream()) {
      assertThat(stdout.readNBytes(100)).hasSize(100); // like head -c 100
    }
    int code = CliProcess.exitCode(p);
    assertThat(CliProcess.stderr(p)).isEmpty();
    assertThat(code).isZero();
  }

  @Test
  void devStdin_fromAPipe_isReadable() throws Exception {
    Process p = CliProcess.builder("64m", "validate", "/dev/stdin").start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(StandardStreamsTest.TWO_POINTS.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(CliProcess.exitCode(p)).as(CliProcess.stderr(p)).isZero();
    assertThat(out).isEqualTo("/dev/stdin: 2 features, 0 findings\n");
  }

  @Test
  void renderToAFullDisk_givesTheMessageOnly() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux)");
    Process p =
        CliProcess.builder(
                "256m", "render", "--out", "/dev/full", "--width", "400", "--height", "300")
            .start();
    int code = CliProcess.exitCode(p);
    assertThat(CliProcess.stderr(p))
        .isEqualTo("borderatlas: cannot write /dev/full: no space left on device\n");
    assertThat(code).isEqualTo(2);
  }

  @Test
  void renderLargerThanTheHeap_isRefusedWithAMessage_notAnOutOfMemoryError() throws Exception {
    // 6000 x 6000 x 4 bytes = 144 MB of image, more than a 96 MB heap holds
    Process p =
        CliProcess.builder(
                "96m",
                "render",
                "--out",
                dir.resolve("big.png").toString(),
                "--width",
                "6000",
                "--height",
                "6000")
            .start();
    int code = CliProcess.exitCode(p);
    String err = CliProcess.stderr(p);
    assertThat(err)
        .startsWith("borderatlas: a 6000 x 6000 image needs about 201 MB, more than Java can give")
        .doesNotContain("OutOfMemoryError");
    assertThat(err.lines().count()).isEqualTo(1);
    assertThat(code).isEqualTo(2);
    assertThat(names()).isEmpty();
  }
}
