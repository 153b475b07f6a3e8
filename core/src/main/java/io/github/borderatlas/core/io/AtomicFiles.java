package io.github.borderatlas.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a file so that readers never see it half written, with an {@link AtomicOutput}: the
 * content goes to a temporary file in the target's directory, is forced to disk ({@code fsync}) and
 * is then renamed over the target. If the body or any step fails, the temporary file is deleted and
 * an existing target is left untouched; on SIGINT, SIGTERM or SIGHUP a shutdown hook deletes it. A
 * target that is not a regular file (a device such as {@code /dev/null}, a FIFO) is written through
 * and stays what it is; a symbolic link stays a link (see {@link AtomicOutput}).
 *
 * <p>Thread safety: stateless; concurrent writes to the same target each use their own temporary
 * file and the last rename wins.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out.geojson"), out -> out.write(bytes));
 * }</pre>
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically from what {@code body} writes to the stream it is given. The
   * stream is buffered; the body must not close it (closing is harmless but not needed).
   *
   * @param target the file to create or replace; its parent directory must exist
   * @param body writes the content
   * @throws IOException if the body or the file system fails; the target is then unchanged (unless
   *     written through) and no temporary file remains
   */
  public static void write(Path target, IoConsumer<? super OutputStream> body) throws IOException {
    Objects.requireNonNull(body, "body");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      body.accept(out.stream());
      out.commit();
    }
  }
}
