package io.github.borderatlas.core.io.geojson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Formats a finite double with at most {@code d} decimals, as JSON number text: the exact binary
 * value rounded half-up (ties away from zero) to {@code d} decimals, trailing zeros of the fraction
 * and a trailing decimal point trimmed, and {@code -0} (also any negative value that rounds to
 * zero) written as {@code 0}. For example {@code 80.1234565} at 6 decimals gives {@code 80.123457}
 * or {@code 80.123456} depending on which side of the tie the nearest double lies.
 *
 * <p>Algorithm: the double is split into its 53-bit significand {@code m} and binary exponent
 * {@code e}; {@code m * 10^d} is formed exactly as a 128-bit product ({@link Math#multiplyHigh})
 * and shifted right by {@code -e} with the first dropped bit deciding the rounding. This is exact
 * (no {@code BigDecimal}, no allocation) whenever {@code |v| * 10^d < 10^18}, which covers every
 * longitude and latitude at up to 15 decimals; larger values fall back to {@link BigDecimal}.
 *
 * <p>Thread safety: stateless.
 */
final class FixedDecimal {

  /** Most decimals supported. */
  static final int MAX_DECIMALS = 15;

  /** Longest text {@link #append} writes on the fast path (sign, 18 digits, point; 20 chars). */
  static final int MAX_FAST_CHARS = 24;

  private static final long[] POW10 = new long[19];
  private static final byte[] TENS = new byte[100];
  private static final byte[] ONES = new byte[100];

  static {
    long p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
  }

  private FixedDecimal() {}

  /**
   * Whether {@code v} takes the exact, allocation-free path at {@code decimals}; otherwise {@link
   * #append} allocates (still exact).
   */
  static boolean isFast(double v, int decimals) {
    return Math.abs(v) < 1e18 / POW10[decimals];
  }

  /**
   * Appends {@code v} rounded to {@code decimals} to {@code buf} at {@code pos}.
   *
   * @param v a finite value
   * @param decimals 0..15
   * @param buf the buffer (ASCII bytes); must have room for {@link #MAX_FAST_CHARS} bytes when
   *     {@link #isFast}, else for {@code 20 + decimals + log10|v|} bytes
   * @return the position after the last byte written
   */
  static int append(double v, int decimals, byte[] buf, int pos) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("cannot format " + v + " as a JSON number");
    }
    if (!isFast(v, decimals)) {
      return appendSlow(v, decimals, buf, pos);
    }
    long n = scaledMagnitude(v, decimals);
    if (n == 0) {
      buf[pos] = '0';
      return pos + 1;
    }
    if (v < 0) {
      buf[pos++] = '-';
    }
    // all digits of n (at least decimals + 1 of them, zero-padded) one place to the right, then
    // the integer digits one place left to open the gap for the point
    int total = Math.max(digits(n), decimals + 1);
    int end = pos + 1 + total;
    writeDigits(n, buf, end, end - total);
    int point = pos + total - decimals;
    for (int i = pos; i < point; i++) {
      buf[i] = buf[i + 1];
    }
    buf[point] = '.';
    while (buf[end - 1] == '0') {
      end--; // trailing zeros of the fraction; the integer part has a nonzero digit or is "0."
    }
    return buf[end - 1] == '.' ? end - 1 : end;
  }

  /** Number of decimal digits of {@code n > 0}. */
  private static int digits(long n) {
    if (n < 1_000_000_000L) {
      int m = (int) n;
      return m < 10_000
          ? (m < 100 ? (m < 10 ? 1 : 2) : (m < 1_000 ? 3 : 4))
          : (m < 1_000_000
              ? (m < 100_000 ? 5 : 6)
              : (m < 10_000_000 ? 7 : (m < 100_000_000 ? 8 : 9)));
    }
    int len = 10;
    while (len < 19 && n >= POW10[len]) {
      len++;
    }
    return len;
  }

  /** Writes the digits of {@code n} backwards from {@code end}, zero-padded to {@code start}. */
  private static void writeDigits(long n, byte[] buf, int end, int start) {
    int i = end;
    while (n > Integer.MAX_VALUE) {
      long q = n / 100;
      int r = (int) (n - q * 100);
      buf[--i] = ONES[r];
      buf[--i] = TENS[r];
      n = q;
    }
    int m = (int) n;
    while (m >= 100) {
      int q = m / 100;
      int r = m - q * 100;
      buf[--i] = ONES[r];
      buf[--i] = TENS[r];
      m = q;
    }
    if (m >= 10) {
      buf[--i] = ONES[m];
      buf[--i] = TENS[m];
    } else {
      buf[--i] = (byte) ('0' + m);
    }
    while (i > start) {
      buf[--i] = '0';
    }
  }

  /**
   * {@code round(|v| * 10^decimals)}, half-up, exactly. Requires {@link #isFast}. Rounding is
   * monotonic: {@code a <= b} implies {@code round(a) <= round(b)} for values of one sign.
   */
  static long scaledMagnitude(double v, int decimals) {
    long bits = Double.doubleToRawLongBits(v);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long fraction = bits & ((1L << 52) - 1);
    if (biased == 0 && fraction == 0) {
      return 0;
    }
    long m = biased == 0 ? fraction : fraction | (1L << 52);
    int e = biased == 0 ? -1074 : biased - 1075;
    long p = POW10[decimals];
    if (e >= 0) {
      // |v| >= 2^52 is an integer; isFast keeps m * 2^e * p below 10^18
      return (m << e) * p;
    }
    long lo = m * p;
    long hi = Math.multiplyHigh(m, p);
    int s = -e;
    long n;
    if (s < 64) {
      n = (lo >>> s) | (s == 0 ? 0 : hi << (64 - s));
    } else if (s < 128) {
      n = hi >>> (s - 64);
    } else {
      n = 0;
    }
    int r = s - 1;
    long roundBit;
    if (r < 64) {
      roundBit = (lo >>> r) & 1;
    } else if (r < 128) {
      roundBit = (hi >>> (r - 64)) & 1;
    } else {
      roundBit = 0;
    }
    return n + roundBit;
  }

  private static int appendSlow(double v, int decimals, byte[] buf, int pos) {
    BigDecimal rounded = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
    String text = rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, buf, pos, ascii.length);
    return pos + ascii.length;
  }

  /** The text {@link #append} would write; for tests and messages. */
  static String toString(double v, int decimals) {
    byte[] buf = new byte[MAX_FAST_CHARS + 340];
    return new String(buf, 0, append(v, decimals, buf, 0), StandardCharsets.US_ASCII);
  }
}
