package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.viewer.TestAtlas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * IN and OUT as a Unix tool takes them: {@code -} for standard input and output, FIFOs and devices
 * written through, and a failed standard output reported (a broken pipe quietly).
 */
class StandardStreamsTest {

  /** Two points near Khorgos (80.4 E, 44.2 N) and Almaty (76.9 E, 43.2 N). */
  static final String TWO_POINTS =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.4,44.2]},"
          + "\"properties\":{\"name\":\"Khorgos\"}},"
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[76.9,43.2]},"
          + "\"properties\":{\"name\":\"Almaty\"}}]}";

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<GeoJsonFeature> parse(byte[] json) {
    return new GeoJsonReader().readAll(new ByteArrayInputStream(json), "stdout");
  }

  /** An output that fails every write with {@code reason}, as a full disk or closed pipe does. */
  private static OutputStream failing(String reason) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(reason);
      }
    };
  }

  private static CliRunner runFailing(String reason, String... args) {
    StringWriter err = new StringWriter();
    int code =
        CliRunner.run(
            TestAtlas::atlas,
            new ByteArrayInputStream(utf8(TWO_POINTS)),
            failing(reason),
            err,
            args);
    return new CliRunner(code, "", err.toString(), new byte[0]);
  }

  /** The help of {@code command}, its lines joined (picocli wraps at 80 columns). */
  private static String help(String command) {
    return CliRunner.run(command, "--help").out().replaceAll("\\s+", " ");
  }

  @Test
  void help_tellsOfDashAndTheLimits() {
    assertThat(help("convert"))
        .contains("- reads standard input", "- writes standard output", "no temporary file");
    assertThat(help("validate")).contains("- reads standard input");
    assertThat(help("export")).contains("- writes standard output");
    assertThat(help("render"))
        .contains("- writes standard output", "at most 100 megapixels", "at least 16 pixels");
  }

  @Test
  void convert_dashDash_readsStandardInput_writesStandardOutput_reportsOnStandardError() {
    CliRunner r = CliRunner.withInput(utf8(TWO_POINTS), "convert", "-", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(parse(r.outBytes()))
        .extracting(f -> f.string("name"))
        .containsExactly("Khorgos", "Almaty");
    assertThat(r.err()).contains("(standard output): 2 features written");
  }

  @Test
  void validate_dash_readsStandardInput() {
    CliRunner r = CliRunner.withInput(utf8(TWO_POINTS), "validate", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("(standard input): 2 features, 0 findings\n");
  }

  @Test
  void validate_badInputOnStandardInput_namesIt() {
    CliRunner r =
        CliRunner.withInput(
            // broken JSON is unreadable (exit 2); a structure error would be a finding (exit 1)
            utf8("{\"type\":\"FeatureCollection\",\"features\":[}"), "validate", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("borderatlas: (standard input):1:");
  }

  @Test
  void export_outDash_writesTheGeoJsonToStandardOutput() {
    CliRunner r = CliRunner.run("export", "--out", "-", "--layers", "river");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(parse(r.outBytes())).isNotEmpty();
    assertThat(r.err()).startsWith("Wrote ").contains("to (standard output)");
  }

  @Test
  void render_outDash_writesThePngToStandardOutput() throws IOException {
    CliRunner r =
        CliRunner.run("render", "--out", "-", "--width", "64", "--height", "48", "--scale", "2");
    assertThat(r.code()).as(r.err()).isZero();
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.outBytes()));
    assertThat(img.getWidth()).isEqualTo(128);
    assertThat(img.getHeight()).isEqualTo(96);
    assertThat(r.err()).startsWith("Wrote (standard output) (128x96 px");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stats --json", "stats", "convert - -", "export --out -"})
  void fullStandardOutput_exitsTwo_withOneLine(String args) {
    CliRunner r = runFailing("No space left on device", args.split(" "));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("borderatlas: cannot write standard output: no space left on device\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stats --json", "convert - -", "validate -"})
  void brokenPipe_isQuiet(String args) {
    CliRunner r = runFailing("Broken pipe", args.split(" "));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void fifoIn_works() throws Exception {
    Path in = dir.resolve("in.fifo");
    Process mk = new ProcessBuilder("mkfifo", in.toString()).inheritIO().start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
    CompletableFuture<Path> writer =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.write(in, utf8(TWO_POINTS));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Path out = dir.resolve("out.geojson");
    CliRunner r = CliRunner.run("convert", in.toString(), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    writer.get(30, TimeUnit.SECONDS);
    assertThat(new GeoJsonReader().readAll(out)).hasSize(2);
  }

  @Test
  void devNullOut_staysADevice() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(
        Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
            .isOther(),
        "/dev/null is a device");
    Path in = Files.writeString(dir.resolve("in.geojson"), TWO_POINTS);
    CliRunner r = CliRunner.run("convert", in.toString(), "/dev/null");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("/dev/null: 2 features written");
    assertThat(
            Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther())
        .as("/dev/null is still a device")
        .isTrue();
  }

  @Test
  void symlinkOut_staysALink_andItsTargetGetsTheData() throws IOException {
    Path in = Files.writeString(dir.resolve("in.geojson"), TWO_POINTS);
    Path real = Files.writeString(dir.resolve("real.geojson"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.geojson"), real.getFileName());
    CliRunner r = CliRunner.run("convert", in.toString(), link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(new GeoJsonReader().readAll(real)).hasSize(2);
  }
}
