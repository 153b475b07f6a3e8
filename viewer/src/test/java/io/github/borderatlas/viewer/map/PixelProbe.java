package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Color;
import java.awt.image.BufferedImage;

/** Test helper: looks for a colour near a pixel of a rendered image. */
public final class PixelProbe {

  private PixelProbe() {}

  /** Euclidean RGB distance of two colours. */
  public static double distance(int rgb, Color c) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return Math.sqrt(
        Math.pow(r - c.getRed(), 2) + Math.pow(g - c.getGreen(), 2) + Math.pow(b - c.getBlue(), 2));
  }

  /** The smallest RGB distance to {@code c} among pixels within {@code radius} of (x, y). */
  public static double nearest(BufferedImage img, double x, double y, int radius, Color c) {
    double best = Double.MAX_VALUE;
    int cx = (int) Math.round(x);
    int cy = (int) Math.round(y);
    for (int dx = -radius; dx <= radius; dx++) {
      for (int dy = -radius; dy <= radius; dy++) {
        int px = cx + dx;
        int py = cy + dy;
        if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight()) {
          best = Math.min(best, distance(img.getRGB(px, py), c));
        }
      }
    }
    return best;
  }

  /** Screen position of a lon/lat in a viewport. */
  public static double[] screen(ProjectedAtlas pa, Viewport vp, double lon, double lat) {
    double[] out = new double[2];
    pa.projection().project(lon, lat, out);
    return new double[] {vp.screenX(out[0]), vp.screenY(out[1])};
  }
}
