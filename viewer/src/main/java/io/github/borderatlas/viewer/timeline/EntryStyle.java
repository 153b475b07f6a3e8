package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.viewer.panels.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.Objects;
import javax.swing.Icon;

/**
 * How each {@link EntryKind} is drawn on the timeline: a colour from the Okabe–Ito colour-blind
 * safe palette and a distinct shape, so kinds differ by shape as well as by hue. Colours are made
 * readable on the background they are painted on ({@link Theme#readable}), so the same kinds work
 * in light and dark themes. Stateless and thread-safe.
 */
public final class EntryStyle {

  private EntryStyle() {}

  /** The base colour of a kind, before adapting it to a background. */
  public static Color baseColor(EntryKind kind) {
    switch (kind) {
      case TREATY:
        return new Color(0xE69F00); // orange
      case PROTOCOL:
        return new Color(0x0072B2); // blue
      case AGREEMENT:
        return new Color(0x009E73); // bluish green
      case WATER_AGREEMENT:
        return new Color(0x56B4E9); // sky blue
      case RATIFICATION:
        return new Color(0x6F8FAF); // slate
      case INCIDENT:
        return new Color(0xD55E00); // vermillion
      case INFRASTRUCTURE:
        return new Color(0xCC79A7); // reddish purple
      case RELATIONS:
        return new Color(0xB8A800); // olive yellow
      default:
        return new Color(0x8C8C8C); // grey
    }
  }

  /** The colour of a kind drawn on {@code background} (contrast at least 3:1). */
  public static Color color(EntryKind kind, Color background) {
    return Theme.readable(baseColor(kind), background, Theme.GRAPHIC_CONTRAST);
  }

  /** A short English label, e.g. {@code "Water agreement"}. */
  public static String label(EntryKind kind) {
    String s = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The marker shape of a kind centred on ({@code cx}, {@code cy}) with a nominal size of {@code
   * size} pixels: treaty diamond, protocol square, agreement circle, water agreement drop,
   * ratification triangle, incident cross, infrastructure square ring, relations hexagon, other
   * small circle.
   */
  public static Shape shape(EntryKind kind, double cx, double cy, double size) {
    double r = size / 2;
    switch (kind) {
      case TREATY:
        return polygon(cx, cy, new double[] {0, -1.25 * r, 1.1 * r, 0, 0, 1.25 * r, -1.1 * r, 0});
      case PROTOCOL:
        return new Rectangle2D.Double(cx - 0.85 * r, cy - 0.85 * r, 1.7 * r, 1.7 * r);
      case AGREEMENT:
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
      case WATER_AGREEMENT:
        return drop(cx, cy, r);
      case RATIFICATION:
        return polygon(cx, cy, new double[] {0, -r, r, 0.8 * r, -r, 0.8 * r});
      case INCIDENT:
        return cross(cx, cy, r);
      case INFRASTRUCTURE:
        return squareRing(cx, cy, r);
      case RELATIONS:
        return hexagon(cx, cy, r);
      default:
        return new Ellipse2D.Double(cx - 0.7 * r, cy - 0.7 * r, 1.4 * r, 1.4 * r);
    }
  }

  /** Paints a kind's marker filled in its colour, with a thin outline towards the text colour. */
  public static void paintMarker(
      Graphics2D g, EntryKind kind, double cx, double cy, double size, Color background) {
    Shape s = shape(kind, cx, cy, size);
    g.setColor(color(kind, background));
    g.fill(s);
    g.setStroke(new BasicStroke(1f));
    g.setColor(Theme.blend(color(kind, background), Theme.text(background), 0.45));
    g.draw(s);
  }

  /** A legend icon for a kind, adapting to the background of the component it is painted on. */
  public static Icon icon(EntryKind kind, int size) {
    Objects.requireNonNull(kind, "kind");
    return new Icon() {
      @Override
      public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
          Theme.antialias(g2);
          paintMarker(g2, kind, x + size / 2.0, y + size / 2.0, size * 0.7, Theme.background(c));
        } finally {
          g2.dispose();
        }
      }

      @Override
      public int getIconWidth() {
        return size;
      }

      @Override
      public int getIconHeight() {
        return size;
      }
    };
  }

  private static Shape polygon(double cx, double cy, double[] xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(cx + xy[0], cy + xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(cx + xy[i], cy + xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  private static Shape drop(double cx, double cy, double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(cx, cy - 1.3 * r);
    p.curveTo(cx + 0.3 * r, cy - 0.6 * r, cx + r, cy - 0.1 * r, cx + r, cy + 0.35 * r);
    p.curveTo(cx + r, cy + 0.95 * r, cx + 0.5 * r, cy + 1.1 * r, cx, cy + 1.1 * r);
    p.curveTo(cx - 0.5 * r, cy + 1.1 * r, cx - r, cy + 0.95 * r, cx - r, cy + 0.35 * r);
    p.curveTo(cx - r, cy - 0.1 * r, cx - 0.3 * r, cy - 0.6 * r, cx, cy - 1.3 * r);
    p.closePath();
    return p;
  }

  private static Shape cross(double cx, double cy, double r) {
    double a = 0.38 * r;
    double[] xy = {
      -a, -r, a, -r, a, -a, r, -a, r, a, a, a, a, r, -a, r, -a, a, -r, a, -r, -a, -a, -a
    };
    Path2D.Double p = (Path2D.Double) polygon(0, 0, xy);
    p.transform(AffineTransform.getRotateInstance(Math.PI / 4));
    p.transform(AffineTransform.getTranslateInstance(cx, cy));
    return p;
  }

  private static Shape squareRing(double cx, double cy, double r) {
    Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    p.append(new Rectangle2D.Double(cx - 0.9 * r, cy - 0.9 * r, 1.8 * r, 1.8 * r), false);
    p.append(new Rectangle2D.Double(cx - 0.35 * r, cy - 0.35 * r, 0.7 * r, 0.7 * r), false);
    return p;
  }

  private static Shape hexagon(double cx, double cy, double r) {
    double[] xy = new double[12];
    for (int i = 0; i < 6; i++) {
      double a = Math.PI / 3 * i;
      xy[2 * i] = r * Math.cos(a);
      xy[2 * i + 1] = r * Math.sin(a);
    }
    return polygon(cx, cy, xy);
  }
}
