package io.github.borderatlas.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing file writes: the old file survives any failure and no temporary file remains. */
class AtomicFilesTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void writesNewFile_andLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("atlas.geojson");
    AtomicFiles.write(target, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("{}");
    assertThat(names()).containsExactly("atlas.geojson");
  }

  @Test
  void replacesExistingFile() throws IOException {
    Path target = dir.resolve("atlas.geojson");
    Files.writeString(target, "old");
    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("new");
    assertThat(names()).containsExactly("atlas.geojson");
  }

  @Test
  void failingBody_keepsOldFile_andDeletesTemporaryFile() throws IOException {
    Path target = dir.resolve("atlas.geojson");
    Files.writeString(target, "old");
    byte[] megabyte = new byte[1 << 20];
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(megabyte); // more than the buffer: really reaches the temp file
                      out.write(megabyte);
                      throw new IOException("disk full (simulated)");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full (simulated)");
    assertThat(target).hasContent("old");
    assertThat(names()).containsExactly("atlas.geojson");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(megabyte);
                      throw new UncheckedIOException(new IOException("bug (simulated)"));
                    }))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(target).hasContent("old");
    assertThat(names()).containsExactly("atlas.geojson");
  }

  @Test
  void missingDirectory_isAnIoError() {
    Path target = dir.resolve("no-such-dir").resolve("atlas.geojson");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
        .isInstanceOf(IOException.class)
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void keepsPermissionsOfTheReplacedFile() throws IOException {
    assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path target = dir.resolve("atlas.geojson");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(target, out -> out.write('x'));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
  }
}
