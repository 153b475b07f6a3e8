package io.github.borderatlas.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One test class run in a child JVM on a given X display, and the outcome of each of its test
 * methods (see {@link VirtualDisplayExtension}). Immutable once {@link #run} returns.
 */
final class ChildTestRun {

  /** Prefix of the lines by which {@link VirtualDisplayChild} reports outcomes. */
  static final String RESULT_PREFIX = "##borderatlas-testkit-result## ";

  private static final long TIMEOUT_MINUTES = 10;
  private static final int OUTPUT_TAIL_CHARS = 4000;

  /** How one test method ended in the child. */
  enum Status {
    SUCCESSFUL,
    ABORTED,
    FAILED
  }

  /** The outcome of one test method: its status and, when not successful, the child's account. */
  record Outcome(Status status, String detail) {

    /** Returns normally when successful; otherwise aborts or fails the calling test likewise. */
    void report() {
      switch (status) {
        case SUCCESSFUL -> {}
        case ABORTED -> Assumptions.abort("in the virtual display: " + detail);
        case FAILED -> Assertions.fail("in the virtual display (child JVM): " + detail);
      }
    }

    Outcome worse(Outcome other) {
      return other.status.compareTo(status) > 0 ? other : this;
    }
  }

  private final Map<String, Outcome> outcomes;
  private final String outputTail;

  private ChildTestRun(Map<String, Outcome> outcomes, String outputTail) {
    this.outcomes = Map.copyOf(outcomes);
    this.outputTail = outputTail;
  }

  /** The outcome of {@code method}; FAILED with the child's output when it reported none. */
  Outcome outcome(String method) {
    Outcome o = outcomes.get(method);
    if (o == null) {
      return new Outcome(
          Status.FAILED, "no result for " + method + "; child output:\n" + outputTail);
    }
    return o.status() == Status.FAILED
        ? new Outcome(
            Status.FAILED, o.detail() + "\n--- end of the child JVM's output:\n" + outputTail)
        : o;
  }

  /**
   * Runs {@code testClass} in a child JVM with {@code DISPLAY=display}, this JVM's options and
   * class path, and waits (at most ten minutes).
   */
  static ChildTestRun run(Class<?> testClass, String display) {
    ProcessBuilder pb = new ProcessBuilder(command(testClass.getName(), true));
    pb.environment().put("DISPLAY", display);
    return collect(pb, testClass.getName());
  }

  /**
   * The command that runs {@code testClass} in a child JVM with this JVM's options (minus any
   * headless setting and debugger agent) and class path; {@code markChild} makes the child run the
   * tests in place rather than look for a display again.
   */
  static List<String> command(String testClass, boolean markChild) {
    List<String> options = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!option.startsWith("-Djava.awt.headless") && !option.startsWith("-agentlib:jdwp")) {
        options.add(option);
      }
    }
    options.add("-Djava.awt.headless=false");
    if (markChild) {
      options.add("-D" + VirtualDisplayExtension.CHILD_PROPERTY + "=true");
    }
    List<String> command = ChildJvms.command(VirtualDisplayChild.class, options, testClass);
    return command;
  }

  /** Starts {@code pb}, collects the outcomes it prints, and waits (at most ten minutes). */
  static ChildTestRun collect(ProcessBuilder pb, String what) {
    Map<String, Outcome> outcomes = new HashMap<>();
    StringBuilder output = new StringBuilder();
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.startsWith(RESULT_PREFIX)) {
            String[] f = line.substring(RESULT_PREFIX.length()).split("\t", 3);
            Outcome o = new Outcome(Status.valueOf(f[1]), decode(f[2]));
            outcomes.merge(f[0], o, Outcome::worse);
          } else {
            output.append(line).append('\n');
            if (output.length() > 4 * OUTPUT_TAIL_CHARS) {
              output.delete(0, output.length() - OUTPUT_TAIL_CHARS);
            }
          }
        }
      }
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        output.append("[child JVM for ").append(what).append(" timed out]\n");
      }
    } catch (IOException e) {
      output.append("[could not run the child JVM for ").append(what).append(": ");
      output.append(e.getMessage()).append("]\n");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      output.append("[interrupted]\n");
    }
    String tail =
        output.length() > OUTPUT_TAIL_CHARS
            ? output.substring(output.length() - OUTPUT_TAIL_CHARS)
            : output.toString();
    return new ChildTestRun(outcomes, tail);
  }

  static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
