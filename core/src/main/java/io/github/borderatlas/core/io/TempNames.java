package io.github.borderatlas.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the temporary files {@link AtomicOutput} writes next to a target, and the removal of
 * those left behind by a killed process.
 *
 * <p>A name is {@code "." + target name (cut to at most }{@value #MAX_NAME_BYTES}{@code bytes of
 * UTF-8) + ".borderatlas-" + PID + "-" + 16 hex digits + ".tmp"}, e.g. {@code
 * .out.geojson.borderatlas-4242-1f2e3d4c5b6a7988.tmp}: at most 154 bytes, within the 255-byte limit
 * of file names for any legal target name. A file so named whose PID is not a running process is
 * stale: its writer was killed (SIGKILL, power loss) before it could delete it.
 *
 * <p>Limitation: PIDs are those of this host (or container); on a directory shared with another
 * host a temporary file of a process running there looks stale here.
 *
 * <p>Thread safety: stateless.
 */
final class TempNames {

  /** The longest part of the target's name kept in a temporary name, in bytes of UTF-8. */
  static final int MAX_NAME_BYTES = 100;

  private static final String MARK = ".borderatlas-";
  private static final Pattern TEMP =
      Pattern.compile(
          "\\..*" + Pattern.quote(MARK) + "([0-9]{1,18})-[0-9a-f]{16}\\.tmp", Pattern.DOTALL);

  private TempNames() {}

  /** A fresh temporary name for {@code targetName} belonging to this process. */
  static String next(String targetName) {
    return "."
        + cut(targetName, MAX_NAME_BYTES)
        + MARK
        + ProcessHandle.current().pid()
        + "-"
        + String.format("%016x", ThreadLocalRandom.current().nextLong())
        + ".tmp";
  }

  /** The PID in a temporary name, or -1 when {@code fileName} is not one. */
  static long pid(String fileName) {
    Matcher m = TEMP.matcher(fileName);
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /**
   * Deletes the stale temporary files in {@code dir} (those whose process no longer runs). Best
   * effort: files that cannot be listed or deleted are left.
   *
   * @return how many were deleted
   */
  static int removeStale(Path dir) {
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + MARK + "*.tmp")) {
      for (Path p : entries) {
        Path fileName = p.getFileName();
        long pid = fileName == null ? -1 : pid(fileName.toString());
        if (pid > 0 && !running(pid) && Files.isRegularFile(p) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException | DirectoryIteratorException | SecurityException e) {
      // an unreadable directory: nothing to clean; the write itself reports real problems
    }
    return removed;
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The longest prefix of {@code name} (whole code points) of at most {@code maxBytes} bytes. */
  static String cut(String name, int maxBytes) {
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int cp = name.codePointAt(end);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + len > maxBytes) {
        break;
      }
      bytes += len;
      end += Character.charCount(cp);
    }
    return name.substring(0, end);
  }
}
