package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A view of the first {@code length} bytes of an ASCII buffer as a Jackson {@link
 * SerializableString}, so that {@link GeometryWriter} can hand its formatted coordinates to the
 * UTF-8 generator as bytes ({@code writeRaw(SerializableString)} copies them into the output
 * buffer) instead of as chars that the generator would encode one by one. The text is raw JSON,
 * never quoted or escaped here. Mutable and not thread-safe: reset with {@link #of} before each
 * use.
 */
final class RawBytes implements SerializableString {

  private byte[] buf;
  private int length;

  /** Points this view at {@code buf[0, length)}; returns this. */
  RawBytes of(byte[] buf, int length) {
    this.buf = buf;
    this.length = length;
    return this;
  }

  @Override
  public String getValue() {
    return new String(buf, 0, length, StandardCharsets.US_ASCII);
  }

  @Override
  public int charLength() {
    return length;
  }

  @Override
  public char[] asQuotedChars() {
    return getValue().toCharArray();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return Arrays.copyOf(buf, length);
  }

  @Override
  public byte[] asQuotedUTF8() {
    return asUnquotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return appendUnquotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return appendUnquoted(buffer, offset);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (offset + length > buffer.length) {
      return -1;
    }
    System.arraycopy(buf, 0, buffer, offset, length);
    return length;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    if (offset + length > buffer.length) {
      return -1;
    }
    for (int i = 0; i < length; i++) {
      buffer[offset + i] = (char) buf[i];
    }
    return length;
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return writeUnquotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(buf, 0, length);
    return length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return putUnquotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    if (buffer.remaining() < length) {
      return -1;
    }
    buffer.put(buf, 0, length);
    return length;
  }

  @Override
  public String toString() {
    return getValue();
  }
}
