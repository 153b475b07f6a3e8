package io.github.borderatlas.core.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link ConvertChild} (or another main class) in a new JVM with this test run's class path.
 */
final class ChildJvm {

  private ChildJvm() {}

  /**
   * @param maxHeap e.g. {@code "256m"}
   * @param args the child's arguments
   * @return the started process, its standard error merged into its output
   */
  static Process start(String maxHeap, String... args) throws IOException {
    return start(ConvertChild.class, maxHeap, args);
  }

  /**
   * @param main the class whose {@code main} the child runs
   * @param maxHeap e.g. {@code "256m"}
   * @param args the child's arguments
   * @return the started process, its standard error merged into its output
   */
  static Process start(Class<?> main, String maxHeap, String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
