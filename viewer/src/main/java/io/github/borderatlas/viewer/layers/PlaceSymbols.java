package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.PlaceKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The symbol of each {@link PlaceKind}, drawn centred on a screen point (logical pixels): triangle
 * for tripoints, red square for border crossings, purple diamond for the cross-border centre, dot
 * for cities, star for embassies, blue dam mark for waterworks, blue square for canals, small
 * triangle for landmarks. Used by the map and the legend. Stateless.
 */
public final class PlaceSymbols {

  private PlaceSymbols() {}

  /** Half the symbol's size in pixels: the radius used for label placement and hit testing. */
  public static double radius(PlaceKind kind) {
    return switch (kind) {
      case TRIPOINT -> 6.5;
      case BORDER_CROSSING, CROSS_BORDER_CENTRE -> 5;
      case EMBASSY -> 5;
      default -> 4;
    };
  }

  /** Draws the symbol of {@code kind} at (x, y); {@code ghost} draws it greyed. */
  public static void draw(Graphics2D g, PlaceKind kind, double x, double y, boolean ghost) {
    double r = radius(kind);
    Color c = ghost ? Palette.GHOST : Palette.place(kind);
    Shape s =
        switch (kind) {
          case TRIPOINT -> triangle(x, y, r);
          case BORDER_CROSSING ->
              new Rectangle2D.Double(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
          case CROSS_BORDER_CENTRE -> diamond(x, y, r);
          case EMBASSY -> star(x, y, r);
          case CANAL -> new Rectangle2D.Double(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4);
          case LANDMARK -> triangle(x, y, r * 0.8);
          default -> new Ellipse2D.Double(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
        };
    g.setColor(Color.WHITE);
    g.setStroke(Palette.round(2.5f));
    g.draw(s);
    g.setColor(kind == PlaceKind.TRIPOINT ? Color.WHITE : c);
    g.fill(s);
    g.setColor(c);
    g.setStroke(Palette.round(kind == PlaceKind.TRIPOINT ? 1.8f : 1f));
    g.draw(s);
    if (kind == PlaceKind.TRIPOINT) {
      g.fill(new Ellipse2D.Double(x - 1.5, y - 1.5, 3, 3));
    } else if (kind == PlaceKind.WATERWORKS) {
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(1.4f));
      g.draw(new Line2D.Double(x - r * 0.6, y, x + r * 0.6, y));
    }
  }

  private static Shape triangle(double x, double y, double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x, y - r);
    p.lineTo(x + r * 0.87, y + r * 0.5);
    p.lineTo(x - r * 0.87, y + r * 0.5);
    p.closePath();
    return p;
  }

  private static Shape diamond(double x, double y, double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x, y - r);
    p.lineTo(x + r, y);
    p.lineTo(x, y + r);
    p.lineTo(x - r, y);
    p.closePath();
    return p;
  }

  private static Shape star(double x, double y, double r) {
    Path2D.Double p = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double a = -Math.PI / 2 + i * Math.PI / 5;
      double rr = i % 2 == 0 ? r : r * 0.45;
      if (i == 0) {
        p.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      } else {
        p.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
    }
    p.closePath();
    return p;
  }
}
