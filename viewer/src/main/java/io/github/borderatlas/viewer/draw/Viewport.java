package io.github.borderatlas.viewer.draw;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected plane the map shows: the centre (projected metres, x east, y north),
 * the scale in metres per logical pixel and the size in logical pixels (user space; a HiDPI device
 * scale is applied on top by the graphics transform). Screen y grows downwards.
 *
 * <p>Immutable and thread-safe; every change returns a new viewport.
 *
 * @param centreX projected x of the view centre, metres
 * @param centreY projected y of the view centre, metres
 * @param metresPerPixel projected metres per logical pixel, in [{@link #MIN_METRES_PER_PIXEL},
 *     {@link #MAX_METRES_PER_PIXEL}]
 * @param width width in logical pixels, ≥ 1
 * @param height height in logical pixels, ≥ 1
 */
public record Viewport(
    double centreX, double centreY, double metresPerPixel, int width, int height) {

  /** Closest zoom: half a metre per pixel. */
  public static final double MIN_METRES_PER_PIXEL = 0.5;

  /** Farthest zoom: 20 km per pixel (a continent in a small window). */
  public static final double MAX_METRES_PER_PIXEL = 20_000;

  /**
   * Smallest extent {@link #fit} shows, metres, so a point or a line along a parallel still fits.
   */
  public static final double MIN_FIT_SPAN_METRES = 2_000;

  public Viewport {
    if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
      throw new IllegalArgumentException("centre must be finite, was " + centreX + ", " + centreY);
    }
    if (!(metresPerPixel >= MIN_METRES_PER_PIXEL && metresPerPixel <= MAX_METRES_PER_PIXEL)) {
      throw new IllegalArgumentException(
          "metresPerPixel must lie in ["
              + MIN_METRES_PER_PIXEL
              + ", "
              + MAX_METRES_PER_PIXEL
              + "], was "
              + metresPerPixel);
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("size must be at least 1x1, was " + width + "x" + height);
    }
  }

  /**
   * The viewport showing {@code extent} whole, centred, with {@code marginPx} free on each side.
   * Zero-width or zero-height extents (a single point, a line along a parallel) are padded to
   * {@link #MIN_FIT_SPAN_METRES}; an empty extent gives the region around the origin.
   *
   * @param extent projected envelope in metres
   * @param width width in logical pixels, ≥ 1
   * @param height height in logical pixels, ≥ 1
   * @param marginPx free pixels on each side, ≥ 0 (reduced when the window is too small)
   */
  public static Viewport fit(Envelope extent, int width, int height, int marginPx) {
    if (marginPx < 0) {
      throw new IllegalArgumentException("margin must be >= 0, was " + marginPx);
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("size must be at least 1x1, was " + width + "x" + height);
    }
    Envelope e = extent == null || extent.isNull() ? new Envelope(0, 0, 0, 0) : extent;
    double spanX = Math.max(e.getWidth(), MIN_FIT_SPAN_METRES);
    double spanY = Math.max(e.getHeight(), MIN_FIT_SPAN_METRES);
    int mx = Math.min(marginPx, (width - 1) / 4);
    int my = Math.min(marginPx, (height - 1) / 4);
    double mpp = Math.max(spanX / (width - 2 * mx), spanY / (height - 2 * my));
    return new Viewport(e.centre().x, e.centre().y, clampScale(mpp), width, height);
  }

  /** The scale limited to the allowed range. */
  public static double clampScale(double metresPerPixel) {
    if (Double.isNaN(metresPerPixel)) {
      return MAX_METRES_PER_PIXEL;
    }
    return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
  }

  /** Screen x (logical pixels) of projected x. */
  public double screenX(double x) {
    return width / 2.0 + (x - centreX) / metresPerPixel;
  }

  /** Screen y (logical pixels, downwards) of projected y. */
  public double screenY(double y) {
    return height / 2.0 - (y - centreY) / metresPerPixel;
  }

  /** Projected x of a screen x. */
  public double worldX(double px) {
    return centreX + (px - width / 2.0) * metresPerPixel;
  }

  /** Projected y of a screen y. */
  public double worldY(double py) {
    return centreY - (py - height / 2.0) * metresPerPixel;
  }

  /** The projected envelope the viewport covers, metres. */
  public Envelope worldBounds() {
    return new Envelope(worldX(0), worldX(width), worldY(height), worldY(0));
  }

  /** The same view at another size, keeping centre and scale. */
  public Viewport withSize(int newWidth, int newHeight) {
    return new Viewport(centreX, centreY, metresPerPixel, newWidth, newHeight);
  }

  /** The view moved so that the content follows a drag of (dx, dy) logical pixels. */
  public Viewport panBy(double dxPx, double dyPx) {
    return new Viewport(
        centreX - dxPx * metresPerPixel,
        centreY + dyPx * metresPerPixel,
        metresPerPixel,
        width,
        height);
  }

  /**
   * Zoomed by {@code factor} (> 1 zooms in) keeping the point under screen (px, py) in place; the
   * scale is clamped to the allowed range.
   */
  public Viewport zoomAt(double factor, double px, double py) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("zoom factor must be finite and > 0, was " + factor);
    }
    double wx = worldX(px);
    double wy = worldY(py);
    double mpp = clampScale(metresPerPixel / factor);
    double cx = wx - (px - width / 2.0) * mpp;
    double cy = wy + (py - height / 2.0) * mpp;
    return new Viewport(cx, cy, mpp, width, height);
  }

  /** Projected position of a screen point. */
  public Point2D toWorld(Point2D screen) {
    return new Point2D.Double(worldX(screen.getX()), worldY(screen.getY()));
  }

  /**
   * The transform taking screen pixels of {@code previous} to screen pixels of this viewport: used
   * to show the last rendered image, moved and scaled, while the new one renders.
   */
  public AffineTransform transformFrom(Viewport previous) {
    double s = previous.metresPerPixel / metresPerPixel;
    AffineTransform t = new AffineTransform();
    t.translate(screenX(previous.worldX(0)), screenY(previous.worldY(0)));
    t.scale(s, s);
    return t;
  }
}
