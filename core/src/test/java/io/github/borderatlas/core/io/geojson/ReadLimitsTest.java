package io.github.borderatlas.core.io.geojson;

import static io.github.borderatlas.core.io.geojson.GeoJsonReadErrorsTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hostile or oversized input fails with a located {@link GeoJsonException}, never with an
 * OutOfMemoryError, a StackOverflowError or a hang. Limits are set small so the cases stay fast.
 */
class ReadLimitsTest {

  private static GeoJsonReader reader(ReadLimits limits) {
    return new GeoJsonReader(ReadOptions.builder().limits(limits).build());
  }

  @Test
  void sixtyMegabyteString_failsAtTheLimit_withoutBufferingIt() {
    GeoJsonReader small = reader(ReadLimits.builder().maxStringLength(1_000_000).build());
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class,
            () -> small.readAll(HugeInput.stringProperty(60L << 20), "huge.geojson"));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(e.source()).isEqualTo("huge.geojson");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.jsonPath()).isEqualTo("$.features[0].properties.note");
    assertThat(e.problem())
        .contains("exceeds the maximum allowed (1000000, ReadLimits.maxStringLength)");
    // Jackson keeps a string in char segments: well under 60 MB were buffered, not 120 MB of chars
    assertThat(allocated).isLessThan(32L << 20);
  }

  @Test
  void sixtyMegabyteString_withDefaultLimits_failsCleanlyIn256MegabytesOfHeap()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                HugeInput.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(output)
        .contains("huge.geojson:2:")
        .contains("at $.features[0].properties.note")
        .contains("ReadLimits.maxStringLength")
        .doesNotContain("OutOfMemoryError");
    assertThat(process.exitValue()).as(output).isZero();
  }

  @Test
  void tooLongString_messageGivesItsRealLength() {
    // 2,000 times: 6 Cyrillic letters, an escaped quote, an escaped "A", a G clef (a surrogate
    // pair): 10 characters (24 bytes) each once decoded, 20,000 in all; Java's String.length()
    // agrees. The string (48,000 bytes) starts within the reader's 64 KiB window: counted exactly
    // (ConvertLimitsChildJvmTest covers a 60 MB one, given as "at least")
    String piece = "Хоргос\\\"\\u0041\uD834\uDD1E";
    String decoded = "Хоргос\"A\uD834\uDD1E".repeat(2000);
    assertThat(decoded.length()).isEqualTo(20_000);
    GeoJsonException e =
        read(
            reader(ReadLimits.builder().maxStringLength(1000).build()),
            "{\"type\":\"Feature\",\"properties\":{\"n\":\""
                + piece.repeat(2000)
                + "\"},\"geometry\":null}");
    assertThat(e.problem())
        .startsWith("String value length (20000) exceeds the maximum allowed (1000")
        .contains("ReadLimits.maxStringLength");
    // plain ASCII: Jackson stops after some 1,450 of the 5,000 characters and says so
    GeoJsonException ascii =
        read(
            reader(ReadLimits.builder().maxStringLength(1000).build()),
            "{\"type\":\"Feature\",\"properties\":{\"n\":\""
                + "x".repeat(5000)
                + "\"},\"geometry\":null}");
    assertThat(ascii.problem()).startsWith("String value length (5000) exceeds");
    GeoJsonException name =
        read(
            reader(ReadLimits.builder().maxNameLength(1000).build()),
            "{\"type\":\"Feature\",\"properties\":{\"" + "k".repeat(5000) + "\":1}}");
    assertThat(name.problem()).startsWith("Name length (at least ");
  }

  @Test
  void hugeMemberName_failsAtTheNameLimit() {
    GeoJsonException e =
        read(
            reader(ReadLimits.builder().maxNameLength(1000).build()),
            "{\"type\":\"Feature\",\"properties\":{\""
                + "k".repeat(5000)
                + "\":1},\"geometry\":null}");
    assertThat(e.problem()).contains("ReadLimits.maxNameLength");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void deepNesting_failsAtTheDepthLimit_withoutStackOverflow() {
    GeoJsonException props =
        read(
            new GeoJsonReader(),
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"p\":"
                + "[".repeat(100_000)
                + "}}");
    assertThat(props.problem())
        .contains(
            "nesting depth (65) exceeds the maximum allowed (64, ReadLimits.maxNestingDepth)");
    assertThat(props.jsonPath()).startsWith("$.properties.p[0][0]");

    StringBuilder gc = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      gc.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
    }
    GeoJsonException nested = read(new GeoJsonReader(), gc.toString());
    assertThat(nested.problem()).contains("ReadLimits.maxNestingDepth");
    assertThat(nested.line()).isEqualTo(1);
  }

  @Test
  void longNumber_failsAtTheNumberLimit() {
    GeoJsonException e =
        read(
            new GeoJsonReader(),
            "{\"type\":\"Point\",\"coordinates\":[80." + "1".repeat(500) + ",44]}");
    assertThat(e.problem())
        .contains("exceeds the maximum allowed (100, ReadLimits.maxNumberLength)");
    assertThat(e.jsonPath()).isEqualTo("$.coordinates[0]");
  }

  @Test
  void tooManyVertices_failAtTheFirstPositionOverTheLimit() {
    StringBuilder line =
        new StringBuilder(
            "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
    for (int i = 0; i < 11; i++) {
      line.append(i == 0 ? "" : ",").append("[80.").append(i).append(",44]");
    }
    line.append("]}}");
    GeoJsonException e =
        read(reader(ReadLimits.builder().maxVerticesPerFeature(10).build()), line.toString());
    assertThat(e.problem())
        .isEqualTo("feature has more than 10 positions (ReadLimits.maxVerticesPerFeature)");
    // reported at the closing bracket of the 11th position
    assertThat(e.jsonPath()).isEqualTo("$.geometry.coordinates[10]");
    assertThat(e.column()).isEqualTo(line.indexOf("[80.10,44]") + "[80.10,44]".length());
    // the limit is per feature: ten positions in each of two features are fine
    String two =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + line.substring(0, line.lastIndexOf(",[80.10"))
            + "]}},"
            + line.substring(0, line.lastIndexOf(",[80.10"))
            + "]}}]}";
    assertThat(reader(ReadLimits.builder().maxVerticesPerFeature(10).build()).readString(two))
        .hasSize(2);
  }

  @Test
  void bigFeature_failsAtTheByteLimit() {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null,"
            + "\"properties\":{\"a\":\""
            + "x".repeat(300)
            + "\"}}]}";
    GeoJsonException e = read(reader(ReadLimits.builder().maxFeatureBytes(200).build()), json);
    assertThat(e.problem())
        .isEqualTo("feature is larger than 200 bytes (ReadLimits.maxFeatureBytes)");
    assertThat(e.jsonPath()).isEqualTo("$.features[0].properties.a");
  }

  @Test
  void manyPropertyValues_failAtTheValueLimit() {
    GeoJsonException e =
        read(
            reader(ReadLimits.builder().maxPropertyValues(5).build()),
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":[1,2,3],\"b\":{\"c\":4}}}");
    assertThat(e.problem())
        .isEqualTo("feature has more than 5 property values (ReadLimits.maxPropertyValues)");
    assertThat(e.jsonPath()).isEqualTo("$.properties.b.c");
  }

  @Test
  void ringAtTheVertexLimit_growsItsScratchOnlyUpToTheLimit() {
    // 1,000,001 positions against a limit of 1,000,000. Scratch arrays double from 2,048 doubles
    // to 2^20 (16.8 MB allocated in all), then grow to the limit's 2,000,002 doubles (16 MB):
    // about 33 MB. Doubling on to 2^22 doubles would have allocated about 67 MB.
    GeoJsonReader limited = reader(ReadLimits.builder().maxVerticesPerFeature(1_000_000).build());
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class,
            () ->
                limited.readAll(
                    new HugeInput(
                        "{\"type\":\"LineString\",\"coordinates\":[",
                        "[80.123456,44.654321],",
                        1_000_000,
                        "[80,44]]}"),
                    "long.geojson"));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(e.jsonPath()).isEqualTo("$.coordinates[1000000]");
    assertThat(allocated).isBetween(24L << 20, 42L << 20);
  }
}
