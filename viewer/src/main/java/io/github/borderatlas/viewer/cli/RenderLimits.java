package io.github.borderatlas.viewer.cli;

import java.util.Locale;

/**
 * The sizes {@code render} accepts. The logical size is 16..10000 pixels each way; the image in
 * device pixels ({@code ceil(width × scale)} by {@code ceil(height × scale)}, as {@link
 * io.github.borderatlas.viewer.map.MapRenderer#renderImage} makes it) must be at least 16 pixels
 * each way too (so {@code --scale} has the same floor) and at most {@value #MAX_DEVICE_PIXELS}
 * pixels in all (100 megapixels, 400 MB as ARGB), and it must fit in the memory Java may still use.
 * Each refusal is a usage error (exit 2) saying what to change.
 *
 * <p>Thread safety: stateless.
 */
final class RenderLimits {

  /** Smallest width or height, logical and device pixels. */
  static final int MIN_PIXELS = 16;

  /** Largest width or height in logical pixels. */
  static final int MAX_PIXELS = 10_000;

  /** Largest scale (device pixels per logical pixel). */
  static final double MAX_SCALE = 4;

  /** Largest image: 100 megapixels. */
  static final long MAX_DEVICE_PIXELS = 100_000_000L;

  /** Bytes per device pixel of the ARGB image. */
  static final long BYTES_PER_PIXEL = 4;

  /**
   * Memory needed besides the image, in bytes: the PNG encoder's rows and buffers, the projected
   * atlas and label layout (measured well under this for the bundled atlas).
   */
  static final long OVERHEAD_BYTES = 64L << 20;

  private RenderLimits() {}

  /**
   * Checks the options; returns the image's size in device pixels.
   *
   * @param width logical width in pixels
   * @param height logical height in pixels
   * @param scale device pixels per logical pixel
   * @param freeHeapBytes the memory Java may still allocate, in bytes
   * @return {@code {deviceWidth, deviceHeight}}
   * @throws CliException (exit 2) when a limit is exceeded
   */
  static int[] check(int width, int height, double scale, long freeHeapBytes) {
    if (width < MIN_PIXELS || width > MAX_PIXELS || height < MIN_PIXELS || height > MAX_PIXELS) {
      throw CliException.usage(
          "--width and --height must lie in 16..10000, were " + width + " and " + height);
    }
    if (!(scale > 0 && scale <= MAX_SCALE)) {
      throw CliException.usage("--scale must lie in (0, 4], was " + scale);
    }
    long w = (long) Math.ceil(width * scale);
    long h = (long) Math.ceil(height * scale);
    if (w < MIN_PIXELS || h < MIN_PIXELS) {
      throw CliException.usage(
          String.format(
              Locale.ROOT,
              "--scale %s makes the image %d x %d pixels; it must be at least 16 each way",
              scale,
              w,
              h));
    }
    if (w * h > MAX_DEVICE_PIXELS) {
      throw CliException.usage(
          String.format(
              Locale.ROOT,
              "width x height x scale² must be at most 100 megapixels, was %.1f (%d x %d);"
                  + " lower --width, --height or --scale",
              w * h / 1e6,
              w,
              h));
    }
    long needed = w * h * BYTES_PER_PIXEL + OVERHEAD_BYTES;
    if (needed > freeHeapBytes) {
      throw CliException.usage(tooLittleMemory(w, h, freeHeapBytes));
    }
    return new int[] {(int) w, (int) h};
  }

  /** The memory Java may still allocate: the maximum heap less what is in use, in bytes. */
  static long freeHeapBytes() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  /** The message when the image does not fit in memory (also after an OutOfMemoryError). */
  static String tooLittleMemory(long w, long h, long freeHeapBytes) {
    return String.format(
        Locale.ROOT,
        "a %d x %d image needs about %d MB, more than Java can give (%d MB free); render smaller"
            + " or give Java more memory, e.g. -Xmx2g",
        w,
        h,
        (w * h * BYTES_PER_PIXEL + OVERHEAD_BYTES) >> 20,
        Math.max(0, freeHeapBytes) >> 20);
  }
}
