package io.github.borderatlas.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * An output file that readers never see half written. For a regular file (or a new one) the bytes
 * go to a temporary file next to it ({@link TempNames}), which {@link #commit()} forces to disk and
 * renames over the target atomically; {@link #close()} without a commit deletes it and leaves the
 * target as it was. The temporary file is also deleted when the JVM is stopped by SIGINT, SIGTERM
 * or SIGHUP ({@link PendingTempFiles}), and stale ones of killed earlier runs in the same directory
 * are deleted when an output is opened there.
 *
 * <p>A target that is not a regular file is written through, as a shell's {@code >} would: a device
 * such as {@code /dev/null}, a FIFO or a socket stays what it is. A symbolic link stays a link:
 * when it leads to a regular file, that file is replaced atomically; otherwise (a device, a
 * dangling link) it is written through. Written-through output cannot be undone by {@link
 * #close()}.
 *
 * <p>Errors are {@link IOException}s as the file system reports them (see {@link IoReasons}); a
 * directory target is a {@link FileSystemException} with reason "Is a directory".
 *
 * <p>Limitations: the directory entry is not fsynced (Java cannot open a directory), so after a
 * power loss the rename may be lost but never half applied.
 *
 * <p>Thread safety: not thread-safe; one writer per instance.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.open(Path.of("out.geojson"))) {
 *   out.stream().write(bytes);
 *   out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements Closeable {

  private static final int BUFFER_BYTES = 1 << 16;

  private final Path target;
  private final Path tmp;
  private final FileChannel channel;
  private final OutputStream buffered;
  private final OutputStream stream;
  private boolean committed;
  private boolean closed;

  /** A temporary file for {@code target} ({@code tmp} and its channel), or written through. */
  private AtomicOutput(Path target, Path tmp, FileChannel channel, OutputStream raw) {
    this.target = target;
    this.tmp = tmp;
    this.channel = channel;
    this.buffered =
        new BufferedOutputStream(
            raw != null ? raw : Channels.newOutputStream(channel), BUFFER_BYTES);
    this.stream = new UnclosableStream(buffered);
  }

  /**
   * Opens {@code target} for writing: creates the temporary file, or opens a non-regular target.
   *
   * @param target the file to create or replace; its directory must exist
   * @throws IOException if the target is a directory, its directory does not exist or cannot be
   *     written, or the target cannot be opened
   */
  public static AtomicOutput open(Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    BasicFileAttributes attrs = attributes(absolute);
    if (attrs != null && attrs.isSymbolicLink()) {
      Path real = realTarget(absolute);
      if (real == null) {
        return through(absolute); // dangling: the link's target is created, as by '>'
      }
      absolute = real;
      attrs = attributes(real);
    }
    if (attrs != null && attrs.isDirectory()) {
      throw new FileSystemException(target.toString(), null, "Is a directory");
    }
    if (attrs != null && !attrs.isRegularFile()) {
      return through(absolute);
    }
    if (attrs != null) {
      // an existing file must be writable, as for '>' (opening it changes nothing)
      FileChannel.open(absolute, StandardOpenOption.WRITE).close();
    }
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new FileSystemException(target.toString(), null, "Is a directory");
    }
    TempNames.removeStale(dir);
    Path tmp;
    try {
      tmp = createTemp(dir, name.toString());
    } catch (FileSystemException e) {
      throw naming(e, target.toString()); // the target, not the temporary name, is the user's
    }
    try {
      return new AtomicOutput(absolute, tmp, FileChannel.open(tmp, StandardOpenOption.WRITE), null);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp, e);
      throw e;
    }
  }

  /** An output that writes {@code path} directly (truncating or creating it, as '>' does). */
  private static AtomicOutput through(Path path) throws IOException {
    OutputStream raw =
        Files.newOutputStream(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    return new AtomicOutput(path, null, null, raw);
  }

  /** The attributes of {@code path} itself (not following a link), or null if it does not exist. */
  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Where the link {@code link} finally leads, or null when that does not exist (dangling). */
  private static Path realTarget(Path link) throws IOException {
    try {
      return link.toRealPath();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** A new empty temporary file in {@code dir}, registered for deletion at shutdown. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(TempNames.next(name));
      PendingTempFiles.add(tmp); // before it exists: a signal right after creation still finds it
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        PendingTempFiles.remove(tmp); // another process's file: not ours to delete
        if (attempt >= 100) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        PendingTempFiles.remove(tmp);
        throw e;
      }
    }
  }

  /**
   * {@code e} with {@code file} as its file (same kind for "no such file", "permission denied").
   */
  private static FileSystemException naming(FileSystemException e, String file) {
    FileSystemException named;
    if (e instanceof NoSuchFileException) {
      named = new NoSuchFileException(file);
    } else if (e instanceof AccessDeniedException) {
      named = new AccessDeniedException(file);
    } else {
      named = new FileSystemException(file, null, IoReasons.reason(e));
    }
    named.initCause(e);
    return named;
  }

  private static void deleteQuietly(Path tmp, Exception cause) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
    PendingTempFiles.remove(tmp);
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

  /** The stream to write to; buffered; closing it only flushes. */
  public OutputStream stream() {
    return stream;
  }

  /** Whether the target is written directly (a device, a FIFO, a link to one) and not replaced. */
  public boolean writtenThrough() {
    return tmp == null;
  }

  /**
   * Flushes, forces the bytes to disk and renames the temporary file over the target (keeping the
   * permissions of a replaced file); for a written-through target only flushes and closes.
   *
   * @throws IOException if a step fails; the temporary file is then deleted and the target is
   *     unchanged
   */
  public void commit() throws IOException {
    if (closed) {
      throw new IOException("already closed");
    }
    try {
      buffered.flush();
      if (tmp != null) {
        channel.force(true);
        channel.close();
        copyPermissions(target, tmp);
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        PendingTempFiles.remove(tmp);
      }
      committed = true;
    } finally {
      close();
    }
  }

  /** Ends the output; without a {@link #commit()} deletes the temporary file. Idempotent. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      if (tmp == null) {
        buffered.close();
      } else {
        channel.close();
      }
    } catch (IOException e) {
      failure = e;
    }
    if (tmp != null && !committed) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
      PendingTempFiles.remove(tmp);
    }
    if (failure != null && committed) {
      throw failure;
    }
  }

  /** Keeps a body from closing the output before it is committed. */
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
