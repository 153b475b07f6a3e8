package io.github.borderatlas.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the external programs and pinned tools that some tests use, through {@link Requirement}.
 * Stateless and thread-safe.
 */
public final class ExternalTools {

  private ExternalTools() {}

  /**
   * The executable {@code name} on the {@code PATH}; skips the test (fails it under CI) when there
   * is none.
   *
   * @param name the program, e.g. {@code "ogr2ogr"}
   * @param remedy how to install it, e.g. {@code "apt-get install gdal-bin"}
   */
  public static Path executable(String name, String remedy) {
    Optional<Path> found = onPath(name, System.getenv("PATH"));
    Requirement.require(found.isPresent(), name + " on the PATH", remedy);
    return found.orElseThrow();
  }

  /**
   * The executable {@code name} in one of the directories of {@code searchPath} (separated by the
   * platform's path separator), or empty.
   */
  public static Optional<Path> onPath(String name, String searchPath) {
    if (searchPath == null || searchPath.isBlank()) {
      return Optional.empty();
    }
    for (String dir : searchPath.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The file {@code relative} under the project root's {@code tools/interop/node_modules} (the npm
   * tools pinned in {@code tools/interop/package-lock.json}); skips (fails under CI) when it is not
   * installed.
   */
  public static Path npmTool(String relative) {
    Path root = projectRoot();
    Path tool = root.resolve("tools/interop/node_modules").resolve(relative);
    Requirement.require(
        Files.exists(tool), tool.toString(), "run 'npm ci' in " + root.resolve("tools/interop"));
    return tool;
  }

  /**
   * The project root: the nearest directory at or above the working directory that holds {@code
   * tools/interop}.
   */
  public static Path projectRoot() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("tools/interop"))) {
        return dir;
      }
    }
    throw Requirement.unmet(
        "the project root (a directory holding tools/interop) above " + start,
        "run the tests from inside the project");
  }

  /**
   * Runs GDAL's {@code tool} (e.g. {@code ogr2ogr}) with {@code args} and returns its output
   * (standard output and error merged); skips the test without GDAL (fails under CI), fails it on a
   * non-zero exit or after two minutes.
   */
  public static String gdal(String tool, String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable(tool, "apt-get install gdal-bin").toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(command + " exited with " + p.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
