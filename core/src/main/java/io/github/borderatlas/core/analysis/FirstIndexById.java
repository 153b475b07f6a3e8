package io.github.borderatlas.core.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exact, compact map from feature id to the index of the first feature that used it, for
 * duplicate-id detection over files of millions of features in a small heap. Each distinct id costs
 * its UTF-8 bytes plus 12 bytes in pages of {@value #PAGE_BYTES} bytes, 8 bytes of address and 4 to
 * 8 bytes of open-addressing table: about 35 bytes for a 10-character id, against some 120 for a
 * {@code HashMap<String, Integer>} entry. A million ids fit in about 40 MB.
 *
 * <p>Not thread-safe: one per validator.
 */
final class FirstIndexById {

  static final int PAGE_BYTES = 1 << 20;
  private static final int HEADER_BYTES = 12; // hash, first index, length

  private final List<byte[]> pages = new ArrayList<>();
  private int pageUsed = PAGE_BYTES;
  private long[] addresses = new long[1024]; // entry ordinal -> page << 32 | offset
  private int[] table = new int[2048]; // slot -> entry ordinal + 1, 0 when empty
  private int size;

  /** The number of distinct ids. */
  int size() {
    return size;
  }

  /**
   * Records {@code id} as used by feature {@code index} unless it was seen before.
   *
   * @return the index of the first feature with this id, or -1 when it is new
   */
  int putIfAbsent(String id, int index) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    int hash = hash(bytes);
    int mask = table.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = table[slot] - 1;
      if (entry < 0) {
        table[slot] = add(bytes, hash, index) + 1;
        if (size * 4L > table.length * 3L) {
          rehash();
        }
        return -1;
      }
      if (matches(entry, bytes, hash)) {
        return intAt(entry, 4);
      }
    }
  }

  private int add(byte[] bytes, int hash, int index) {
    int need = HEADER_BYTES + bytes.length;
    if (pages.isEmpty() || pageUsed + need > pages.get(pages.size() - 1).length) {
      pages.add(new byte[Math.max(PAGE_BYTES, need)]);
      pageUsed = 0;
    }
    int page = pages.size() - 1;
    byte[] buf = pages.get(page);
    int at = pageUsed;
    putInt(buf, at, hash);
    putInt(buf, at + 4, index);
    putInt(buf, at + 8, bytes.length);
    System.arraycopy(bytes, 0, buf, at + HEADER_BYTES, bytes.length);
    pageUsed += need;
    if (size == addresses.length) {
      addresses = Arrays.copyOf(addresses, size + (size >> 1));
    }
    addresses[size] = ((long) page << 32) | at;
    return size++;
  }

  private boolean matches(int entry, byte[] bytes, int hash) {
    if (intAt(entry, 0) != hash || intAt(entry, 8) != bytes.length) {
      return false;
    }
    byte[] buf = pages.get((int) (addresses[entry] >>> 32));
    int from = (int) addresses[entry] + HEADER_BYTES;
    return Arrays.equals(buf, from, from + bytes.length, bytes, 0, bytes.length);
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = intAt(entry, 0) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry + 1;
    }
    table = bigger;
  }

  private int intAt(int entry, int field) {
    byte[] buf = pages.get((int) (addresses[entry] >>> 32));
    int at = (int) addresses[entry] + field;
    return (buf[at] & 0xff) << 24
        | (buf[at + 1] & 0xff) << 16
        | (buf[at + 2] & 0xff) << 8
        | (buf[at + 3] & 0xff);
  }

  private static void putInt(byte[] buf, int at, int value) {
    buf[at] = (byte) (value >>> 24);
    buf[at + 1] = (byte) (value >>> 16);
    buf[at + 2] = (byte) (value >>> 8);
    buf[at + 3] = (byte) value;
  }

  /** FNV-1a, then mixed so that the low bits (the table slot) depend on every byte. */
  private static int hash(byte[] bytes) {
    int h = 0x811c9dc5;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    return h ^ (h >>> 13);
  }
}
