package io.github.borderatlas.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Main class of the child JVM that {@link ChildTestRun} starts: runs one test class with the JUnit
 * Platform and prints one result line per finished test method ({@link ChildTestRun#RESULT_PREFIX},
 * method name, status, Base64 detail).
 */
public final class VirtualDisplayChild {

  private VirtualDisplayChild() {}

  /**
   * Runs the test class named by {@code args[0]} and exits 0 (outcomes are in the output).
   *
   * @param args one fully qualified test class name
   */
  public static void main(String[] args) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(args[0]))
            .build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new ResultPrinter());
    System.out.flush();
    System.exit(0);
  }

  private static final class ResultPrinter implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      methodName(id).ifPresent(m -> print(m, ChildTestRun.Status.ABORTED, "disabled: " + reason));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      Optional<String> method = methodName(id);
      if (method.isEmpty()) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          // a class-level failure (e.g. in @BeforeAll): say so on stdout; methods report none
          System.out.println(describe(result));
        }
        return;
      }
      ChildTestRun.Status status =
          switch (result.getStatus()) {
            case SUCCESSFUL -> ChildTestRun.Status.SUCCESSFUL;
            case ABORTED -> ChildTestRun.Status.ABORTED;
            case FAILED -> ChildTestRun.Status.FAILED;
          };
      print(method.get(), status, describe(result));
    }

    private static Optional<String> methodName(TestIdentifier id) {
      if (!id.isTest()) {
        return Optional.empty();
      }
      return id.getSource()
          .filter(MethodSource.class::isInstance)
          .map(s -> ((MethodSource) s).getMethodName());
    }

    private static String describe(TestExecutionResult result) {
      return result
          .getThrowable()
          .map(
              t -> {
                if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                  return String.valueOf(t.getMessage());
                }
                StringWriter w = new StringWriter();
                t.printStackTrace(new PrintWriter(w));
                return w.toString();
              })
          .orElse("");
    }

    private static void print(String method, ChildTestRun.Status status, String detail) {
      System.out.println(
          ChildTestRun.RESULT_PREFIX
              + method
              + "\t"
              + status.name()
              + "\t"
              + ChildTestRun.encode(detail));
    }
  }
}
