package io.github.borderatlas.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;

/**
 * The operating system's reason for an I/O failure, without the path, for one-line messages that
 * name the path once: {@code "cannot write out.geojson: " + IoReasons.reason(e)} gives {@code
 * "cannot write out.geojson: permission denied"} where {@link IOException#getMessage()} would add
 * the path a second time ({@code "out.geojson: Permission denied"}) or say nothing ({@code
 * AccessDeniedException} carries only the path).
 *
 * <p>Reasons are those of {@code strerror} in lower case: "no such file or directory", "permission
 * denied", "not a directory", "is a directory", "too many levels of symbolic links", "no space left
 * on device", "broken pipe".
 *
 * <p>Thread safety: stateless.
 */
public final class IoReasons {

  private static final String LOOP_SUFFIX = " or unable to access attributes of symbolic link";

  private IoReasons() {}

  /**
   * The reason of {@code e} in lower case, e.g. "permission denied". A wrapper such as ImageIO's
   * "I/O error writing PNG file!" gives way to the {@link IOException} it wraps.
   *
   * @param e the failure; its message is used when it has no file-system reason
   * @return the reason, never empty
   */
  public static String reason(IOException e) {
    Objects.requireNonNull(e, "e");
    while (e.getCause() instanceof IOException cause && cause != e) {
      e = cause;
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "file exists";
    }
    String text;
    if (e instanceof FileSystemException fse) {
      text = fse.getReason();
    } else {
      text = e.getMessage();
    }
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (text.endsWith(LOOP_SUFFIX)) { // the JDK's addition to ELOOP
      text = text.substring(0, text.length() - LOOP_SUFFIX.length());
    }
    return lowerFirst(text.strip());
  }

  /** The reason of the {@link IOException} that {@code e} wraps. */
  public static String reason(UncheckedIOException e) {
    return reason(e.getCause());
  }

  /** Whether {@code e} is the operating system's "broken pipe" (the reader went away). */
  public static boolean isBrokenPipe(IOException e) {
    return reason(e).toLowerCase(Locale.ROOT).contains("broken pipe");
  }

  /** "Permission denied" → "permission denied"; "EOF" and "I/O error" keep their capitals. */
  private static String lowerFirst(String text) {
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
