package io.github.borderatlas.core.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link ConvertChild} in a new JVM with this test run's class path. */
final class ChildJvm {

  private ChildJvm() {}

  /**
   * @param maxHeap e.g. {@code "256m"}
   * @param args the child's arguments
   * @return the started process, its standard error merged into its output
   */
  static Process start(String maxHeap, String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ConvertChild.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
