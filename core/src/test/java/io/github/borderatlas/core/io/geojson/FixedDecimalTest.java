package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coordinate formatter. Expected texts come from the exact binary value of each double (printed
 * with {@code new BigDecimal(double)}), rounded half-up by hand; the randomized test uses {@link
 * BigDecimal#setScale(int, RoundingMode)} with {@link RoundingMode#HALF_UP} as the oracle.
 */
class FixedDecimalTest {

  @ParameterizedTest(name = "{0} at {1} dp -> {2}")
  @CsvSource({
    // 80.1234565 is 80.1234565000000031886... in binary: just above the tie, rounds up
    "80.1234565, 6, 80.123457",
    // 80.0000005 is 80.0000004999999987376...: just below the tie, rounds down (x * 1e6 would say
    // .5)
    "80.0000005, 6, 80",
    // 179.9999995 is 179.9999995000000012623...: rounds up to the antimeridian
    "179.9999995, 6, 180",
    // -0.0000005 is -4.9999999999999997737e-7: rounds to zero, written without sign
    "-0.0000005, 6, 0",
    "-0.0, 6, 0",
    "0.0, 6, 0",
    // exact ties (representable): half-up means away from zero
    "0.125, 2, 0.13",
    "-0.125, 2, -0.13",
    "2.5, 0, 3",
    "-2.5, 0, -3",
    // trailing zeros and the point trimmed
    "44.2, 6, 44.2",
    "80.4, 6, 80.4",
    "-180.0, 6, -180",
    "90.0, 15, 90",
    "43.81150050000000106820152723230421543121337890625, 7, 43.8115005",
    "1.0E-7, 6, 0",
    // 5e-7 is 4.9999999999999997737e-7 in binary: below the tie
    "5.0E-7, 6, 0",
    // 1.5e-6 is 1.50000000000000003841e-6: above the tie
    "1.5E-6, 6, 0.000002",
    "-89.9999999999, 3, -90",
    // 15 decimals: 0.1 is 0.1000000000000000055511...
    "0.1, 15, 0.1",
    "0.1, 0, 0",
    // beyond the fast range (|v| * 10^d >= 1e18) the BigDecimal fallback gives the same rounding
    "12345.678901234567, 15, 12345.678901234567093", // exact: ...567092615...
    "1.0E20, 0, 100000000000000000000",
    "-1.5E18, 2, -1500000000000000000"
  })
  void formats(double value, int decimals, String expected) {
    assertThat(FixedDecimal.toString(value, decimals)).isEqualTo(expected);
  }

  @Test
  void matchesBigDecimalHalfUp_onRandomCoordinates() {
    SplittableRandom random = new SplittableRandom(7946);
    for (int i = 0; i < 20_000; i++) {
      double v = (random.nextDouble() * 2 - 1) * (i % 2 == 0 ? 180 : 1e-3 * random.nextDouble());
      int decimals = random.nextInt(16);
      assertThat(FixedDecimal.toString(v, decimals))
          .as("%s at %d", v, decimals)
          .isEqualTo(oracle(v, decimals));
    }
  }

  @Test
  void matchesBigDecimalHalfUp_onDecimalTies() {
    // decimal texts that sit on a tie at d decimals; their doubles fall on either side of it
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      int decimals = random.nextInt(1, 10);
      long units = random.nextLong(-180L * 10 * pow10(decimals), 180L * 10 * pow10(decimals));
      double v =
          Double.parseDouble(
              BigDecimal.valueOf(units * 10 + (units < 0 ? -5 : 5), decimals + 2).toString());
      assertThat(FixedDecimal.toString(v, decimals))
          .as("%s at %d", v, decimals)
          .isEqualTo(oracle(v, decimals));
    }
  }

  @Test
  void scaledMagnitude_isMonotonic() {
    // the bbox relies on round(min) == min(round)
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      double a = random.nextDouble() * 180;
      double b = Math.nextUp(a);
      assertThat(FixedDecimal.scaledMagnitude(a, 6))
          .isLessThanOrEqualTo(FixedDecimal.scaledMagnitude(b, 6));
    }
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static String oracle(double v, int decimals) {
    BigDecimal r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
    return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
  }
}
