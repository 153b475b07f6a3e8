package io.github.borderatlas.geopackage;

import io.github.borderatlas.testkit.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's command-line tools for the interop tests (skipped without GDAL, failed on CI). */
final class Gdal {

  private Gdal() {}

  /** Runs {@code tool args...} and returns its output; fails the test on a non-zero exit. */
  static String run(String tool, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ExternalTools.executable(tool, "apt-get install gdal-bin").toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(command + " exited with " + p.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
