package io.github.borderatlas.viewer.output;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * A north arrow pointing to true north where it stands: on a conic projection the meridians
 * converge, so north is straight up only on the central meridian (on the bundled Albers map it
 * leans up to about 5° at the map's edges). The direction is the projected image of a 0.05° step
 * north from the point under the arrow. Stateless.
 */
public final class NorthArrow {

  private NorthArrow() {}

  /**
   * The angle of true north at screen point ({@code x}, {@code y}) of a view, radians clockwise
   * from straight up; 0 where it cannot be measured (outside the projection's domain).
   */
  public static double angle(Viewport vp, MapProjection proj, double x, double y) {
    double[] lonLat = new double[2];
    proj.inverse(vp.worldX(x), vp.worldY(y), lonLat);
    double lat = Math.min(89.9, lonLat[1]);
    double[] a = new double[2];
    double[] b = new double[2];
    proj.project(lonLat[0], lat, a);
    proj.project(lonLat[0], lat + 0.05, b);
    double dx = vp.screenX(b[0]) - vp.screenX(a[0]);
    double dy = vp.screenY(b[1]) - vp.screenY(a[1]);
    if (!Double.isFinite(dx) || !Double.isFinite(dy) || (dx == 0 && dy == 0)) {
      return 0;
    }
    return Math.atan2(dx, -dy);
  }

  /**
   * Draws the arrow centred at ({@code cx}, {@code cy}) in view pixels, {@code size} pixels long,
   * on a light disc, with an "N" at its tip.
   */
  public static void paint(
      Graphics2D g, Viewport vp, MapProjection proj, double cx, double cy, double size) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      double r = size * 0.75;
      g2.setColor(new Color(255, 255, 255, 215));
      g2.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      g2.transform(AffineTransform.getRotateInstance(angle(vp, proj, cx, cy), cx, cy));
      double h = size / 2;
      Path2D.Double left = new Path2D.Double();
      left.moveTo(cx, cy - h);
      left.lineTo(cx - h * 0.35, cy + h * 0.6);
      left.lineTo(cx, cy + h * 0.3);
      left.closePath();
      Path2D.Double right = new Path2D.Double();
      right.moveTo(cx, cy - h);
      right.lineTo(cx + h * 0.35, cy + h * 0.6);
      right.lineTo(cx, cy + h * 0.3);
      right.closePath();
      g2.setColor(new Color(0x333333));
      g2.fill(left);
      g2.setColor(Color.WHITE);
      g2.fill(right);
      g2.setColor(new Color(0x333333));
      g2.setStroke(new BasicStroke((float) Math.max(0.5, size / 40)));
      g2.draw(right);
      Font f = Palette.PLACE_FONT_BOLD.deriveFont((float) (size * 0.3));
      g2.setFont(f);
      float w = (float) g2.getFontMetrics().getStringBounds("N", g2).getWidth();
      g2.drawString("N", (float) cx - w / 2, (float) (cy - h - size * 0.05));
    } finally {
      g2.dispose();
    }
  }
}
