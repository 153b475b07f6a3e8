package io.github.borderatlas.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets that are not plain files: devices, FIFOs and symbolic links are written through and keep
 * what they are; errors carry the operating system's reason; temporary files are cleaned up.
 */
class AtomicOutputTest {

  @TempDir Path dir;

  private static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.UTF_8);

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static BasicFileAttributes own(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo available");
    return fifo;
  }

  @Test
  void fifo_isWrittenThrough_andStaysAFifo() throws Exception {
    Path fifo = fifo("out.fifo");
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    AtomicFiles.write(fifo, out -> out.write(HELLO));
    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(HELLO);
    assertThat(own(fifo).isOther()).as("still a FIFO").isTrue();
    assertThat(names()).containsExactly("out.fifo");
  }

  @Test
  void devNull_isWrittenThrough_andStaysADevice() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && own(devNull).isOther(), "/dev/null is a device");
    try (AtomicOutput out = AtomicOutput.open(devNull)) {
      assertThat(out.writtenThrough()).isTrue();
      out.stream().write(HELLO);
      out.commit();
    }
    assertThat(own(devNull).isOther()).as("/dev/null is still a device").isTrue();
  }

  @Test
  void devFull_reportsNoSpace() throws IOException {
    Path devFull = Path.of("/dev/full");
    assumeTrue(Files.exists(devFull), "/dev/full exists (Linux)");
    byte[] big = new byte[1 << 17]; // more than the buffer
    assertThatThrownBy(() -> AtomicFiles.write(devFull, out -> out.write(big)))
        .isInstanceOfSatisfying(
            IOException.class,
            e -> assertThat(IoReasons.reason(e)).isEqualTo("no space left on device"));
    assertThat(own(devFull).isOther()).isTrue();
  }

  @Test
  void linkToAFile_staysALink_andItsTargetIsReplaced() throws IOException {
    Path real = Files.writeString(dir.resolve("real.geojson"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.geojson"), real.getFileName());
    AtomicFiles.write(link, out -> out.write(HELLO));
    assertThat(own(link).isSymbolicLink()).as("still a link").isTrue();
    assertThat(real).hasBinaryContent(HELLO);
    assertThat(names()).containsExactly("link.geojson", "real.geojson");
  }

  @Test
  void danglingLink_createsItsTarget_andStaysALink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.geojson"), Path.of("made.geojson"));
    AtomicFiles.write(link, out -> out.write(HELLO));
    assertThat(own(link).isSymbolicLink()).isTrue();
    assertThat(dir.resolve("made.geojson")).hasBinaryContent(HELLO);
  }

  @Test
  void linkLoop_tooManyLevelsOfSymbolicLinks() throws IOException {
    Path a = dir.resolve("a");
    Files.createSymbolicLink(a, Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    assertThatThrownBy(() -> AtomicOutput.open(a))
        .isInstanceOfSatisfying(
            IOException.class,
            e -> assertThat(IoReasons.reason(e)).isEqualTo("too many levels of symbolic links"));
    assertThat(names()).containsExactly("a", "b");
  }

  @Test
  void directory_isADirectory() {
    assertThatThrownBy(() -> AtomicOutput.open(dir))
        .isInstanceOfSatisfying(
            FileSystemException.class,
            e -> {
              assertThat(IoReasons.reason(e)).isEqualTo("is a directory");
              assertThat(e.getFile()).isEqualTo(dir.toString());
            });
  }

  @Test
  void pathUnderARegularFile_notADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    assertThatThrownBy(() -> AtomicOutput.open(file.resolve("out.geojson")))
        .isInstanceOfSatisfying(
            IOException.class, e -> assertThat(IoReasons.reason(e)).isEqualTo("not a directory"));
  }

  @Test
  void missingDirectory_namesTheTarget_notTheTemporaryFile() {
    Path target = dir.resolve("no-such-dir").resolve("out.geojson");
    assertThatThrownBy(() -> AtomicOutput.open(target))
        .isInstanceOfSatisfying(
            NoSuchFileException.class,
            e -> {
              assertThat(e.getFile()).isEqualTo(target.toString());
              assertThat(IoReasons.reason(e)).isEqualTo("no such file or directory");
            });
  }

  @Test
  void readOnlyTarget_permissionDenied() throws IOException {
    Path readOnly;
    if (isRoot()) {
      // root writes any plain file; the kernel refuses writes to a read-only sysctl even to root
      readOnly = Path.of("/proc/sys/kernel/osrelease");
      assumeTrue(Files.exists(readOnly), "Linux /proc/sys");
    } else {
      readOnly = Files.writeString(dir.resolve("ro.geojson"), "old");
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
    }
    Path target = readOnly;
    assertThatThrownBy(() -> AtomicOutput.open(target))
        .isInstanceOfSatisfying(
            IOException.class, e -> assertThat(IoReasons.reason(e)).isEqualTo("permission denied"));
  }

  @Test
  void longestLegalName_stillWorks() throws IOException {
    // 127 two-byte letters and one ASCII letter: 255 bytes of UTF-8, the longest legal name
    String name = "é".repeat(127) + "a";
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(255);
    Path target = dir.resolve(name);
    AtomicFiles.write(target, out -> out.write(HELLO));
    assertThat(target).hasBinaryContent(HELLO);
    assertThat(names()).containsExactly(name);
  }

  @Test
  void abandonedOutput_deletesItsTemporaryFile_andUnregistersIt() throws IOException {
    Path target = Files.writeString(dir.resolve("out.geojson"), "old");
    Path tmp;
    try (AtomicOutput out = AtomicOutput.open(target)) {
      out.stream().write(new byte[1 << 17]);
      List<String> during = names();
      assertThat(during).hasSize(2);
      tmp = dir.resolve(during.get(0).equals("out.geojson") ? during.get(1) : during.get(0));
      assertThat(PendingTempFiles.contains(tmp)).as("registered for the shutdown hook").isTrue();
    }
    assertThat(PendingTempFiles.contains(tmp)).isFalse();
    assertThat(names()).containsExactly("out.geojson");
    assertThat(target).hasContent("old");
  }

  @Test
  void shutdownHookWork_deletesTheTemporaryFileOfARunningWrite() throws IOException {
    Path target = dir.resolve("out.geojson");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      out.stream().write(HELLO);
      assertThat(names()).hasSize(1);
      PendingTempFiles.deleteAll(); // what the hook does on SIGTERM
      assertThat(names()).isEmpty();
    }
    assertThat(names()).isEmpty();
  }

  @Test
  void staleTemporaryFilesOfDeadProcesses_areRemoved_othersKept() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
    long deadPid = gone.pid(); // just ended; PIDs are not reused this quickly
    String stale = ".out.geojson.borderatlas-" + deadPid + "-0123456789abcdef.tmp";
    String live =
        ".out.geojson.borderatlas-" + ProcessHandle.current().pid() + "-0123456789abcdef.tmp";
    String foreign = ".out.geojson.0123456789abcdef.tmp";
    for (String n : List.of(stale, live, foreign)) {
      Files.writeString(dir.resolve(n), "partial");
    }
    AtomicFiles.write(dir.resolve("out.geojson"), out -> out.write(HELLO));
    assertThat(names()).containsExactlyInAnyOrder("out.geojson", live, foreign);
  }
}
