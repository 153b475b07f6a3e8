package io.github.borderatlas.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers never see it half written: the content goes to a temporary file in
 * the target's directory, is forced to disk ({@code fsync}), and is then renamed over the target
 * with {@link StandardCopyOption#ATOMIC_MOVE}. If the body or any step fails, the temporary file is
 * deleted and an existing target is left untouched.
 *
 * <p>Limitations: the directory entry itself is not fsynced (Java has no portable way to open a
 * directory), so after a power loss the rename may be lost but never half applied. On a file system
 * without atomic rename the write fails with {@link AtomicMoveNotSupportedException} rather than
 * silently replacing non-atomically.
 *
 * <p>Thread safety: stateless; concurrent writes to the same target each use their own temporary
 * file and the last rename wins.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out.geojson"), out -> out.write(bytes));
 * }</pre>
 */
public final class AtomicFiles {

  private static final int BUFFER_BYTES = 1 << 16;

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically from what {@code body} writes to the stream it is given. The
   * stream is buffered; the body must not close it (closing is harmless but not needed).
   *
   * @param target the file to create or replace; its parent directory must exist
   * @param body writes the content
   * @throws IOException if the body or the file system fails; the target is then unchanged and no
   *     temporary file remains
   */
  public static void write(Path target, IoConsumer<? super OutputStream> body) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(body, "body");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null || !Files.isDirectory(dir)) {
      throw new IOException("directory of " + target + " does not exist");
    }
    Path tmp = createTemp(dir, name.toString());
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out =
              new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES)) {
        body.accept(new UnclosableStream(out));
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, tmp);
      Files.move(
          tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException deleteFailure) {
        e.addSuppressed(deleteFailure);
      }
      throw e;
    }
  }

  /** A new empty file next to the target, created with the process's default permissions. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp =
          dir.resolve(
              "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Keeps the permissions of a file being replaced (best effort, POSIX only). */
  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from)
          && Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
        Files.setPosixFilePermissions(to, perms);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // keep the default permissions of the new file
    }
  }

  /** Keeps the body from closing the channel before it is forced to disk. */
  private static final class UnclosableStream extends FilterOutputStream {
    UnclosableStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
