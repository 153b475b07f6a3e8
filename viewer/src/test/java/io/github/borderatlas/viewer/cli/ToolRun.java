package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.testkit.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: runs an external program (skipped, or failed under CI, when it is not installed) and
 * keeps its exit code and output (standard output and error merged, UTF-8).
 */
record ToolRun(int code, String output) {

  /** The Debian package that holds each tool, for the skip message. */
  static String packageOf(String tool) {
    return switch (tool) {
      case "xmllint" -> "libxml2-utils";
      case "rsvg-convert" -> "librsvg2-bin";
      case "fc-list" -> "fontconfig";
      default -> "poppler-utils";
    };
  }

  static ToolRun run(String tool, String... args) throws IOException, InterruptedException {
    Path exe = ExternalTools.executable(tool, "apt-get install " + packageOf(tool));
    List<String> cmd = new ArrayList<>();
    cmd.add(exe.toString());
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile("toolrun", ".txt");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(tool + " did not finish in 120 s");
      }
      return new ToolRun(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
