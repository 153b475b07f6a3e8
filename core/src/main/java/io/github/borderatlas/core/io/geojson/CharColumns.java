package io.github.borderatlas.core.io.geojson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the byte columns of Jackson's UTF-8 parser into character columns, as editors count them:
 * the stream the parser reads from keeps its last {@value #WINDOW} bytes, and, for the bytes before
 * them, where the last line began and how many UTF-8 continuation bytes (10xxxxxx) followed. A
 * column is then the byte column less the continuation bytes between the line's start and the
 * place. Line breaks are {@code \n} and {@code \r}, as Jackson counts them. Each byte is looked at
 * once more when it leaves the window; nothing grows with the input.
 *
 * <p>Not thread-safe: one per parser.
 */
final class CharColumns extends FilterInputStream {

  /** Bytes kept; Jackson's parser reads ahead 8,000 bytes at most, so its places are inside. */
  static final int WINDOW = 1 << 16;

  private static final int MASK = WINDOW - 1;

  private final byte[] ring = new byte[WINDOW];
  private long position;
  private long evictedLineStart;
  private long evictedContinuations;

  CharColumns(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = 0; i < n; i++) {
      keep(b[off + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int read = read(sink, 0, sink.length);
    return Math.max(0, read);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void keep(byte b) {
    int slot = (int) (position & MASK);
    if (position >= WINDOW) {
      byte old = ring[slot];
      if (old == '\n' || old == '\r') {
        evictedLineStart = position - WINDOW + 1;
        evictedContinuations = 0;
      } else if ((old & 0xC0) == 0x80) {
        evictedContinuations++;
      }
    }
    ring[slot] = b;
    position++;
  }

  /**
   * The 1-based character column of a place the parser reported in bytes, or -1 when the place is
   * no longer in the window (or the numbers do not fit, e.g. for input that was not UTF-8).
   *
   * @param byteOffset the place's 0-based offset in the input, in bytes
   * @param byteColumn the place's 1-based column in bytes
   */
  long charColumn(long byteOffset, long byteColumn) {
    long lineStart = byteOffset - (byteColumn - 1);
    long windowStart = Math.max(0, position - WINDOW);
    if (byteColumn < 1 || lineStart < 0 || byteOffset > position || byteOffset < windowStart) {
      return -1;
    }
    long continuations = 0;
    for (long x = Math.max(lineStart, windowStart); x < byteOffset; x++) {
      if ((ring[(int) (x & MASK)] & 0xC0) == 0x80) {
        continuations++;
      }
    }
    if (lineStart < windowStart) {
      if (lineStart != evictedLineStart) {
        return -1;
      }
      continuations += evictedContinuations;
    }
    return byteColumn - continuations;
  }

  /**
   * The characters (UTF-16 units, as Java and Jackson count them) of the JSON string whose content
   * continues at {@code byteOffset}, up to its closing quote or the end of the input: escapes count
   * as the one character they stand for. Reads on through the input (each byte once, nothing kept
   * beyond the window), so call it only when parsing has stopped.
   *
   * @return the count, or -1 when {@code byteOffset} is no longer in the window
   */
  long stringCharsFrom(long byteOffset) throws IOException {
    if (byteOffset < Math.max(0, position - WINDOW) || byteOffset > position) {
      return -1;
    }
    long chars = 0;
    int skip = 0; // bytes of an escape still to pass over
    long at = byteOffset;
    while (true) {
      int b;
      if (at < position) {
        b = ring[(int) (at & MASK)] & 0xff;
      } else {
        b = read();
        if (b < 0) {
          return chars;
        }
      }
      at++;
      if (skip > 0) {
        skip = b == 'u' && skip == 1 ? 4 : skip - 1;
      } else if (b == '"') {
        return chars;
      } else if (b == '\\') {
        chars++;
        skip = 1; // the escaped character; "u" adds the four hex digits
      } else if ((b & 0xC0) != 0x80) {
        chars += b >= 0xF0 ? 2 : 1; // a 4-byte sequence is a surrogate pair
      }
    }
  }
}
