package io.github.borderatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalToolsTest {

  @TempDir Path dir;

  @Test
  void onPath_findsAnExecutableFileOnly() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path tool = Files.createFile(bin.resolve("tool"));
    Path plain = Files.createFile(bin.resolve("plain"));
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));
    Files.createDirectories(bin.resolve("adir"));
    String path = dir.resolve("missing") + File.pathSeparator + File.pathSeparator + bin;

    assertThat(ExternalTools.onPath("tool", path)).contains(tool);
    assertThat(ExternalTools.onPath("plain", path)).isEmpty();
    assertThat(ExternalTools.onPath("adir", path)).isEmpty();
    assertThat(ExternalTools.onPath("nothing", path)).isEmpty();
    assertThat(ExternalTools.onPath("tool", "")).isEmpty();
    assertThat(ExternalTools.onPath("tool", null)).isEmpty();
  }

  @Test
  void projectRoot_holdsToolsInterop() {
    assertThat(ExternalTools.projectRoot().resolve("tools/interop")).isDirectory();
  }
}
