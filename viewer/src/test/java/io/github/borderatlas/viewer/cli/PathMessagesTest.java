package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreadable IN and unwritable OUT: exit 2 and one line with the path once and the operating
 * system's reason. We run as root in CI containers, where file modes do not stop us; the kernel's
 * read-only sysctl files and write-only {@code compact_memory} refuse even root.
 */
class PathMessagesTest {

  @TempDir Path dir;

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.geojson"), StandardStreamsTest.TWO_POINTS);
  }

  /** Exit 2, exactly {@code "borderatlas: " + expected}, and {@code path} named once. */
  private static void assertOneLine(CliRunner r, String expected, Path path) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("borderatlas: " + expected + "\n");
    assertThat(r.err().split(java.util.regex.Pattern.quote(path.toString()), -1)).hasSize(2);
    assertThat(r.noStackTrace()).isTrue();
  }

  @Test
  void outIsADirectory() throws IOException {
    assertOneLine(
        CliRunner.run("convert", input().toString(), dir.toString()),
        "cannot write " + dir + ": is a directory",
        dir);
    assertOneLine(
        CliRunner.run("export", "--out", dir.toString()),
        "cannot write " + dir + ": is a directory",
        dir);
  }

  @Test
  void inIsADirectory() {
    assertOneLine(
        CliRunner.run("validate", dir.toString()), "cannot read " + dir + ": is a directory", dir);
  }

  @Test
  void symlinkLoop_tooManyLevels() throws IOException {
    Path a = dir.resolve("a.geojson");
    Files.createSymbolicLink(a, Path.of("b.geojson"));
    Files.createSymbolicLink(dir.resolve("b.geojson"), a.getFileName());
    assertOneLine(
        CliRunner.run("validate", a.toString()),
        "cannot read " + a + ": too many levels of symbolic links",
        a);
    assertOneLine(
        CliRunner.run("convert", input().toString(), a.toString()),
        "cannot write " + a + ": too many levels of symbolic links",
        a);
  }

  @Test
  void outUnderARegularFile_notADirectory() throws IOException {
    Path out = input().resolve("out.geojson");
    assertOneLine(
        CliRunner.run("render", "--out", out.toString()),
        "cannot write " + out + ": not a directory",
        out);
  }

  @Test
  void unreadableIn_permissionDenied() throws IOException {
    Path in;
    if (isRoot()) {
      in = Path.of("/proc/sys/vm/compact_memory"); // write-only, even for root
      assumeTrue(Files.exists(in), "Linux /proc/sys/vm/compact_memory");
    } else {
      in = input();
      Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("-w-------"));
    }
    assertOneLine(
        CliRunner.run("validate", in.toString()), "cannot read " + in + ": permission denied", in);
  }

  @Test
  void unwritableOut_permissionDenied() throws IOException {
    Path out;
    if (isRoot()) {
      out = Path.of("/proc/sys/kernel/osrelease"); // read-only, even for root
      assumeTrue(Files.exists(out), "Linux /proc/sys/kernel/osrelease");
    } else {
      out = Files.writeString(dir.resolve("ro.geojson"), "old");
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    }
    assertOneLine(
        CliRunner.run("convert", input().toString(), out.toString()),
        "cannot write " + out + ": permission denied",
        out);
  }

  @Test
  void missingIn_noSuchFile() {
    Path in = dir.resolve("nope.geojson");
    assertOneLine(
        CliRunner.run("convert", in.toString(), dir.resolve("out.geojson").toString()),
        "cannot read " + in + ": no such file or directory",
        in);
  }
}
