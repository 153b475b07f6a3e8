package io.github.borderatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.testkit.ChildTestRun.Outcome;
import io.github.borderatlas.testkit.ChildTestRun.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window-test guard on a JVM started the way a bare server starts it: {@code DISPLAY} unset.
 * Each case runs {@link SampleWindowCase} through {@link VirtualDisplayChild} in a child JVM with a
 * controlled environment.
 */
class VirtualDisplayGuardTest {

  @TempDir Path emptyBin;

  @Test
  void noDisplayAndNoXvfb_skipsWithTheReason() {
    Outcome o = runSample(Map.of("PATH", emptyBin.toString()));
    assertThat(o.status()).isEqualTo(Status.ABORTED);
    assertThat(o.detail()).contains("Xvfb").contains("apt-get install xvfb");
  }

  @Test
  void noDisplayAndNoXvfb_failsWhenCiIsTrue() {
    Outcome o = runSample(Map.of("PATH", emptyBin.toString(), "CI", "true"));
    assertThat(o.status()).isEqualTo(Status.FAILED);
    assertThat(o.detail()).contains("Xvfb").contains("CI=true");
  }

  @Test
  void noDisplayWithXvfb_runsTheWindowTestOnAVirtualDisplay() {
    ExternalTools.executable("Xvfb", "apt-get install xvfb");
    Outcome o = runSample(Map.of());
    assertThat(o.status()).as(o.detail()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  void xvfbServer_reportsADisplayAndStops() throws Exception {
    Path xvfb = ExternalTools.executable("Xvfb", "apt-get install xvfb");
    String display;
    try (XvfbServer server = XvfbServer.start(xvfb)) {
      display = server.display();
      assertThat(display).matches(":\\d+");
      assertThat(Path.of("/tmp/.X11-unix/X" + display.substring(1))).exists();
    }
    // Xvfb removes its socket when it stops
    Path socket = Path.of("/tmp/.X11-unix/X" + display.substring(1));
    for (int i = 0; i < 50 && Files.exists(socket); i++) {
      Thread.sleep(100);
    }
    assertThat(socket).doesNotExist();
  }

  /** Runs the sample in a child JVM with DISPLAY and CI removed, then {@code env} applied. */
  private static Outcome runSample(Map<String, String> env) {
    ProcessBuilder pb =
        new ProcessBuilder(ChildTestRun.command(SampleWindowCase.class.getName(), false));
    pb.environment().remove("DISPLAY");
    pb.environment().remove("CI");
    pb.environment().putAll(env);
    return ChildTestRun.collect(pb, "SampleWindowCase").outcome("opensAWindow");
  }
}
