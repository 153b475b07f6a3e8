package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Writes a file through a temporary file in the same directory, forced to disk and then moved
 * into place atomically, so readers see either the old or the new content. On any failure the
 * temporary file is deleted and the destination is untouched. Thread-safe (no shared state).
 */
final class AtomicOutput {

  private AtomicOutput() {}

  /**
   * Writes {@code file} with {@code body}, which must not close the stream.
   *
   * @throws GeoJsonException when the file cannot be written (also wraps what {@code body} throws
   *     unless it already is a {@link GeoJsonException})
   */
  static void write(Path file, Consumer<OutputStream> body) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
        body.accept(out);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new GeoJsonException("cannot write: " + e, file.toString(), -1, -1, null, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort; the write already failed
        }
      }
    }
  }
}
