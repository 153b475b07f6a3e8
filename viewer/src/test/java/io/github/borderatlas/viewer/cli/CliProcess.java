package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.testkit.ChildJvms;
import io.github.borderatlas.viewer.app.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: runs {@code borderatlas} ({@link Main}) in a child JVM with this test run's class
 * path, headless, so that signals, exit codes and the real standard streams can be tested.
 */
final class CliProcess {

  private CliProcess() {}

  /** A builder for the child; the caller sets redirections and starts it. */
  static ProcessBuilder builder(String maxHeap, String... args) {
    List<String> command =
        ChildJvms.command(
            Main.class,
            List.of(
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true"),
            args);
    return new ProcessBuilder(command);
  }

  /** Waits up to 120 s for {@code p} and returns its exit code. */
  static int exitCode(Process p) throws InterruptedException {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("borderatlas did not end within 120 s");
    }
    return p.exitValue();
  }

  /** Everything the child wrote to standard error (after it ended). */
  static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Sends signal {@code name} (TERM, INT, HUP, KILL) to {@code p} with kill(1). */
  static void signal(Process p, String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(p.pid())).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new AssertionError("kill -s " + name + " failed");
    }
  }

  /**
   * Whether {@code p} ignores signal number {@code signo} (inherited SIG_IGN, as for background
   * jobs of a non-interactive shell: the JVM then leaves it ignored), from /proc/PID/status.
   */
  static boolean ignores(Process p, int signo) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring(7).strip(), 16);
        return (mask & (1L << (signo - 1))) != 0;
      }
    }
    return false;
  }
}
