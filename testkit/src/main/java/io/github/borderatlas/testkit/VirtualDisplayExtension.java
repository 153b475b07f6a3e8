package io.github.borderatlas.testkit;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs window tests on a display even on a bare server (see {@link WindowTest}).
 *
 * <p>Why a child JVM: Xlib reads the display name from the process environment ({@code DISPLAY})
 * when AWT starts, and a running JVM cannot change its own environment. So when this JVM has no
 * reachable display, the extension starts one {@link XvfbServer} (per JVM, stopped when JUnit
 * closes the root store at the end of the run), runs each test class once in a child JVM whose
 * {@code DISPLAY} names it ({@link ChildTestRun}), and reports each test method's outcome from
 * there: passed, failed with the child's stack trace, or skipped with its reason. Lifecycle methods
 * are then not run in this JVM. The child inherits this JVM's options (heap, coverage agent) and
 * class path. With a display, or inside that child, tests run here as usual.
 *
 * <p>Thread-safety: JUnit calls extensions from its own threads; state is kept in the extension
 * context stores, which JUnit synchronises.
 */
public final class VirtualDisplayExtension implements InvocationInterceptor {

  /** Set to {@code true} in the child JVM, so it never forks again. */
  static final String CHILD_PROPERTY = "borderatlas.testkit.virtualDisplayChild";

  private static final Namespace NAMESPACE = Namespace.create(VirtualDisplayExtension.class);

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    runOrReport(invocation, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    runOrReport(invocation, extensionContext);
  }

  @Override
  public void interceptBeforeAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedOnlyWithDisplay(invocation, extensionContext);
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedOnlyWithDisplay(invocation, extensionContext);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedOnlyWithDisplay(invocation, extensionContext);
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedOnlyWithDisplay(invocation, extensionContext);
  }

  private static void proceedOnlyWithDisplay(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    if (displayHere(context)) {
      invocation.proceed();
    } else {
      invocation.skip();
    }
  }

  private static void runOrReport(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    if (displayHere(context)) {
      invocation.proceed();
      return;
    }
    invocation.skip();
    Class<?> testClass = context.getRequiredTestClass();
    String method = context.getRequiredTestMethod().getName();
    ChildTestRun run =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                "run:" + testClass.getName(),
                key -> ChildTestRun.run(testClass, server(context).display()),
                ChildTestRun.class);
    run.outcome(method).report();
  }

  /** The JVM-wide Xvfb, started on first use and stopped when the test run ends. */
  private static XvfbServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("xvfb", key -> startServer(), XvfbServer.class);
  }

  private static XvfbServer startServer() {
    var xvfb = ExternalTools.executable("Xvfb", "no display: apt-get install xvfb, or set DISPLAY");
    try {
      return XvfbServer.start(xvfb);
    } catch (IOException e) {
      throw new IllegalStateException("could not start a virtual display: " + e.getMessage(), e);
    }
  }

  /** Whether windows can be opened in this JVM; decided once per JVM. */
  private static boolean displayHere(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("displayHere", key -> probeDisplay(), Boolean.class);
  }

  /**
   * True when this JVM is not headless, {@code DISPLAY} is set, and AWT reaches a screen. AWT is
   * not touched when {@code DISPLAY} is unset (a failed start would poison it for the JVM).
   */
  static boolean probeDisplay() {
    if (Boolean.getBoolean(CHILD_PROPERTY)) {
      return true; // the child runs on the display its parent made; never fork again
    }
    if (GraphicsEnvironment.isHeadless()) {
      return false;
    }
    Optional<String> display = Optional.ofNullable(System.getenv("DISPLAY"));
    if (display.isEmpty() || display.get().isBlank()) {
      return false;
    }
    try {
      return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
    } catch (Error e) { // AWTError, NoClassDefFoundError: no X server reachable
      return false;
    }
  }
}
