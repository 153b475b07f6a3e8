package io.github.borderatlas.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The reasons as strerror gives them, lower case, without the path. */
class IoReasonsTest {

  @Test
  void reasons_withoutThePath() {
    assertThat(IoReasons.reason(new NoSuchFileException("/x/y")))
        .isEqualTo("no such file or directory");
    assertThat(IoReasons.reason(new AccessDeniedException("/x/y"))).isEqualTo("permission denied");
    assertThat(IoReasons.reason(new FileAlreadyExistsException("/x/y"))).isEqualTo("file exists");
    assertThat(IoReasons.reason(new FileSystemException("/x", null, "Is a directory")))
        .isEqualTo("is a directory");
    // the JDK's wording for ELOOP when it looked at the link's attributes
    assertThat(
            IoReasons.reason(
                new FileSystemException(
                    "/x",
                    null,
                    "Too many levels of symbolic links or unable to access attributes of"
                        + " symbolic link")))
        .isEqualTo("too many levels of symbolic links");
    assertThat(IoReasons.reason(new IOException("No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(IoReasons.reason(new IOException("EOF reached"))).isEqualTo("EOF reached");
    assertThat(IoReasons.reason(new IOException())).isEqualTo("IOException");
    assertThat(IoReasons.reason(new FileSystemException("/x"))).isEqualTo("FileSystemException");
    assertThat(
            IoReasons.reason(
                new IOException(
                    "I/O error writing PNG file!", new IOException("No space left on device"))))
        .isEqualTo("no space left on device");
    assertThat(IoReasons.reason(new UncheckedIOException(new IOException("Broken pipe"))))
        .isEqualTo("broken pipe");
  }

  @Test
  void brokenPipe_recognised() {
    assertThat(IoReasons.isBrokenPipe(new IOException("Broken pipe"))).isTrue();
    assertThat(IoReasons.isBrokenPipe(new IOException("No space left on device"))).isFalse();
    assertThat(IoReasons.isBrokenPipe(new IOException())).isFalse();
  }
}
