package io.github.borderatlas.core.io.geojson;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A GeoJSON text generated on the fly, {@code prefix + filler × n + suffix} (the filler a single
 * byte or a short ASCII pattern), so tests can feed hundreds of megabytes without holding them in
 * memory. Not thread-safe.
 */
final class HugeInput extends InputStream {

  private final byte[] prefix;
  private final byte[] pattern;
  private final long fillerCount;
  private final byte[] suffix;
  private long pos;

  HugeInput(String prefix, char filler, long fillerCount, String suffix) {
    this(prefix, String.valueOf(filler), fillerCount, suffix);
  }

  /** {@code prefix + pattern × repeats + suffix}. */
  HugeInput(String prefix, String pattern, long repeats, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.pattern = pattern.getBytes(StandardCharsets.US_ASCII);
    this.fillerCount = repeats * this.pattern.length;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
  }

  /** A FeatureCollection whose first feature has a property {@code note} of {@code chars} x's. */
  static HugeInput stringProperty(long chars) {
    return new HugeInput(
        "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"geometry\":null,"
            + "\"properties\":{\"note\":\"",
        'x',
        chars,
        "\"}}\n]}\n");
  }

  @Override
  public int read() {
    long total = prefix.length + fillerCount + suffix.length;
    if (pos >= total) {
      return -1;
    }
    long p = pos++;
    if (p < prefix.length) {
      return prefix[(int) p] & 0xff;
    }
    p -= prefix.length;
    if (p < fillerCount) {
      return pattern[(int) (p % pattern.length)] & 0xff;
    }
    return suffix[(int) (p - fillerCount)] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    int n = 0;
    while (n < len) {
      long p = pos - prefix.length;
      if (pos >= prefix.length && p < fillerCount && pattern.length == 1) {
        int run = (int) Math.min(len - n, fillerCount - p);
        java.util.Arrays.fill(b, off + n, off + n + run, pattern[0]);
        pos += run;
        n += run;
        continue;
      }
      int c = read();
      if (c < 0) {
        break;
      }
      b[off + n++] = (byte) c;
    }
    return n == 0 && len > 0 ? -1 : n;
  }

  /**
   * Reads a 60 MB string property with the default limits and prints the error; run by {@link
   * ReadLimitsTest} in a JVM with {@code -Xmx256m}. Exit code 0 only for the expected
   * GeoJsonException.
   */
  public static void main(String[] args) {
    try {
      new GeoJsonReader().readAll(stringProperty(60L << 20), "huge.geojson");
      System.out.println("read without error");
      System.exit(2);
    } catch (GeoJsonException e) {
      System.out.println(e.getMessage());
      System.exit(0);
    }
  }
}
