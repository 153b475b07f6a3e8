package io.github.borderatlas.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one guard for tests that need something the JVM does not bring: a display, GDAL, the pinned
 * npm tools, a downloaded data file.
 *
 * <p>An unmet requirement aborts the test (JUnit reports it as skipped, with the reason) on a
 * developer machine, and fails it when the environment variable {@code CI} is {@code true}: CI
 * installs everything the tests need ({@code .ci/run}), so a missing tool there is a broken build,
 * not a skip. Stateless and thread-safe.
 */
public final class Requirement {

  /** Name of the environment variable that makes unmet requirements fail instead of skip. */
  public static final String CI_VARIABLE = "CI";

  private Requirement() {}

  /**
   * Does nothing when {@code met}; otherwise skips the calling test, or fails it under CI.
   *
   * @param met whether the requirement holds
   * @param what what the test needs, e.g. {@code "ogrinfo (GDAL) on the PATH"}
   * @param remedy how to get it, e.g. {@code "apt-get install gdal-bin"}
   */
  public static void require(boolean met, String what, String remedy) {
    if (!met) {
      unmet(what, remedy);
    }
  }

  /**
   * Skips the calling test (or fails it under CI) because {@code what} is missing; never returns
   * normally.
   *
   * @return never; declared so callers can write {@code throw Requirement.unmet(..)} where a value
   *     is expected
   */
  public static AssertionError unmet(String what, String remedy) {
    String message = "needs " + what + " (" + remedy + ")";
    if (onCi()) {
      Assertions.fail(message + "; CI=true, so this test may not be skipped");
    }
    Assumptions.abort(message);
    throw new AssertionError(message); // not reached: abort throws
  }

  /** True when the environment variable {@code CI} is {@code true} (any case). */
  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv(CI_VARIABLE));
  }
}
