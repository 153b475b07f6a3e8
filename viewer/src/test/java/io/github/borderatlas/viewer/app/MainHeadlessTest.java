package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Without arguments and without a display, the jar prints one line and exits with code 2. */
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
}
