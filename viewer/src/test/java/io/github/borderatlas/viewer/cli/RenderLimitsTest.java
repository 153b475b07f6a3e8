package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The render sizes accepted: 16..10000 logical pixels, at least 16 and at most 100 MP device. */
class RenderLimitsTest {

  private static final long PLENTY = Long.MAX_VALUE;

  @Test
  void largestImage_isExactly100Megapixels() {
    assertThat(RenderLimits.check(10_000, 10_000, 1, PLENTY)).containsExactly(10_000, 10_000);
    assertThat(RenderLimits.check(5_000, 5_000, 2, PLENTY)).containsExactly(10_000, 10_000);
    // one device pixel more each way: 10001 x 10001
    assertThatThrownBy(() -> RenderLimits.check(10_000, 10_000, 1.00001, PLENTY))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("width x height x scale² must be at most 100 megapixels, was 100.0")
        .hasMessageContaining("(10001 x 10001)");
    assertThatThrownBy(() -> RenderLimits.check(10_000, 10_000, 4, PLENTY))
        .hasMessageContaining("was 1600.0 (40000 x 40000)");
  }

  @Test
  void scale_hasTheFloorOfWidthAndHeight() {
    // 16 x 0.95 = 15.2, rounded up to 16 device pixels: accepted; 16 x 0.9 = 14.4 -> 15: refused
    assertThat(RenderLimits.check(16, 16, 0.95, PLENTY)).containsExactly(16, 16);
    assertThatThrownBy(() -> RenderLimits.check(16, 16, 0.9, PLENTY))
        .isInstanceOf(CliException.class)
        .hasMessage("--scale 0.9 makes the image 15 x 15 pixels; it must be at least 16 each way");
    assertThatThrownBy(() -> RenderLimits.check(1200, 800, 0.01, PLENTY))
        .hasMessageContaining("12 x 8 pixels");
  }

  @Test
  void imageLargerThanFreeMemory_isRefusedBeforeRendering() {
    // 1000 x 1000 ARGB = 4,000,000 bytes, plus 64 MiB of overhead = 71,108,864 bytes
    long needed = 4_000_000L + (64L << 20);
    assertThat(RenderLimits.check(1000, 1000, 1, needed)).containsExactly(1000, 1000);
    assertThatThrownBy(() -> RenderLimits.check(1000, 1000, 1, needed - 1))
        .isInstanceOf(CliException.class)
        .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(2))
        .hasMessage(
            "a 1000 x 1000 image needs about 67 MB, more than Java can give (67 MB free);"
                + " render smaller or give Java more memory, e.g. -Xmx2g");
  }

  @Test
  void logicalSizesAndScale_keepTheirRanges() {
    assertThatThrownBy(() -> RenderLimits.check(15, 100, 1, PLENTY))
        .hasMessage("--width and --height must lie in 16..10000, were 15 and 100");
    assertThatThrownBy(() -> RenderLimits.check(100, 10_001, 1, PLENTY))
        .hasMessageContaining("16..10000");
    assertThatThrownBy(() -> RenderLimits.check(100, 100, 4.5, PLENTY))
        .hasMessage("--scale must lie in (0, 4], was 4.5");
    assertThatThrownBy(() -> RenderLimits.check(100, 100, Double.NaN, PLENTY))
        .hasMessageContaining("--scale must lie in (0, 4]");
  }
}
