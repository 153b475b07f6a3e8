package io.github.borderatlas.core.fuzz;

import io.github.borderatlas.testkit.ChildJvms;
import java.io.IOException;
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
    List<String> command =
        ChildJvms.command(main, List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC"), args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
