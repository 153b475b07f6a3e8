package io.github.borderatlas.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written by this process, deleted by a shutdown hook when the JVM ends
 * before they were renamed or deleted: on {@code System.exit} and on SIGINT, SIGTERM and SIGHUP,
 * which the JVM turns into an orderly shutdown (exit status 128 + signal) unless it runs with
 * {@code -Xrs}. SIGKILL cannot be caught; {@link TempNames#removeStale} cleans up after it.
 *
 * <p>Thread safety: thread-safe; the hook is installed once, on the first registration.
 */
final class PendingTempFiles {

  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static volatile boolean hookInstalled;

  private PendingTempFiles() {}

  /** Registers {@code tmp} for deletion at shutdown; call before creating it. */
  static void add(Path tmp) {
    installHook();
    PENDING.add(tmp);
  }

  /** Forgets {@code tmp} once it was renamed or deleted. */
  static void remove(Path tmp) {
    PENDING.remove(tmp);
  }

  /** Whether {@code tmp} is registered (for tests). */
  static boolean contains(Path tmp) {
    return PENDING.contains(tmp);
  }

  private static synchronized void installHook() {
    if (hookInstalled) {
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(PendingTempFiles::deleteAll, "borderatlas-temp-cleanup"));
    hookInstalled = true;
  }

  /** Deletes every registered file (the shutdown hook's work). */
  static void deleteAll() {
    for (Path tmp : PENDING) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException | SecurityException e) {
        // shutting down: nothing more can be done about it
      }
      PENDING.remove(tmp);
    }
  }
}
