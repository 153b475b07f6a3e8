package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Without arguments (or with files to open) and without a display, the jar prints one line and
 * exits with code 2.
 */
class MainHeadlessTest {

  @Test
  void noDisplay_printsOneLinePointingAtTheCommands() {
    Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "unit tests run headless");
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.run(new String[0]);
    } finally {
      System.setErr(saved);
    }
    String err = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(2);
    assertThat(err.strip()).isEqualTo(Main.NO_DISPLAY);
    assertThat(err).contains("--help", "stats", "export", "render", "validate");
  }

  @Test
  void fileArguments_withoutDisplay_printTheSameLine() throws Exception {
    Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "unit tests run headless");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("layer", ".geojson");
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      java.nio.file.Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.run(new String[] {file.toString()});
    } finally {
      System.setErr(saved);
      java.nio.file.Files.deleteIfExists(file);
    }
    assertThat(code).isEqualTo(2);
    assertThat(buf.toString(StandardCharsets.UTF_8).strip()).isEqualTo(Main.NO_DISPLAY);
  }
}
