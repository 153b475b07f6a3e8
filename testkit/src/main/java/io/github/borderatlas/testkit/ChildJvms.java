package io.github.borderatlas.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for child JVMs that tests start: this JVM's {@code java}, the test run's class
 * path, the given options, a main class and its arguments. Stateless and thread-safe.
 */
public final class ChildJvms {

  private ChildJvms() {}

  /**
   * The command {@code java OPTIONS -cp <this class path> MAIN ARGS}.
   *
   * @param main the class whose {@code main} the child runs
   * @param jvmOptions options before the class path, e.g. {@code -Xmx256m}
   * @param args the child's arguments
   * @return a new mutable list
   */
  public static List<String> command(Class<?> main, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }
}
