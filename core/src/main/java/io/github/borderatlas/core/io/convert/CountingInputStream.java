package io.github.borderatlas.core.io.convert;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it and tells a listener after every read that returned data (the
 * JSON parser reads in chunks of about 8 KiB, so this is a few thousand calls per 100 MB). Not
 * thread-safe.
 */
final class CountingInputStream extends FilterInputStream {

  private final LongConsumer onRead;
  private long count;

  /**
   * @param onRead receives the new total after each read that returned data
   */
  CountingInputStream(InputStream in, LongConsumer onRead) {
    super(in);
    this.onRead = onRead;
  }

  /** Bytes read (or skipped) so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      onRead.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      count += n;
      onRead.accept(count);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(n);
    if (skipped > 0) {
      count += skipped;
      onRead.accept(count);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
