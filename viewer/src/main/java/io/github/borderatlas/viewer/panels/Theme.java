package io.github.borderatlas.viewer.panels;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Colours read from the current look and feel (FlatLaf light or dark, or any other), and the colour
 * arithmetic that keeps the painted pictures readable on both: WCAG 2 relative luminance and
 * contrast ratio, and {@link #readable} which darkens or lightens a data colour until it stands out
 * from the background.
 *
 * <p>Colours are looked up at paint time, so a component repainted after a theme switch follows it.
 * Stateless and thread-safe (the {@link UIManager} lookups read shared defaults).
 */
public final class Theme {

  /** Contrast ratio asked of bars and markers against the background (WCAG 1.4.11 graphics). */
  public static final double GRAPHIC_CONTRAST = 3.0;

  /** Contrast ratio asked of text (WCAG 1.4.3 AA for normal text). */
  public static final double TEXT_CONTRAST = 4.5;

  private Theme() {}

  /** The component's background, else the look and feel's panel background. */
  public static Color background(Component c) {
    Color bg = c == null ? null : c.getBackground();
    return bg != null ? bg : uiColor("Panel.background", Color.WHITE);
  }

  /** The look and feel's label text colour, made readable on {@code background}. */
  public static Color text(Color background) {
    Color fg = uiColor("Label.foreground", isDark(background) ? Color.WHITE : Color.BLACK);
    return readable(fg, background, TEXT_CONTRAST);
  }

  /** A quieter text colour (grid lines, secondary labels), still readable on {@code background}. */
  public static Color mutedText(Color background) {
    return readable(blend(text(background), background, 0.35), background, TEXT_CONTRAST - 1.0);
  }

  /** A faint colour for grid lines and bands on {@code background}. */
  public static Color faint(Color background) {
    return blend(text(background), background, 0.82);
  }

  /** True when the colour is dark (relative luminance below 0.18, about mid grey). */
  public static boolean isDark(Color c) {
    return luminance(c) < 0.18;
  }

  /** WCAG 2 relative luminance in [0, 1]. */
  public static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  /** WCAG 2 contrast ratio of two colours, in [1, 21]. */
  public static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * {@code c} unchanged if its contrast with {@code background} reaches {@code ratio}; otherwise
   * {@code c} blended towards black (on a light background) or white (on a dark one) just enough to
   * reach it, in steps of 5 %.
   */
  public static Color readable(Color c, Color background, double ratio) {
    Color target = isDark(background) ? Color.WHITE : Color.BLACK;
    Color out = c;
    for (int i = 1; i <= 20 && contrast(out, background) < ratio; i++) {
      out = blend(c, target, i * 0.05);
    }
    return out;
  }

  /** The colour {@code t} of the way from {@code a} to {@code b} (alpha of {@code a} kept). */
  public static Color blend(Color a, Color b, double t) {
    double u = Math.max(0, Math.min(1, t));
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u),
        a.getAlpha());
  }

  /** The look and feel's label font, or a plain 12 pt sans serif font. */
  public static Font font() {
    Font f = UIManager.getFont("Label.font");
    return f != null ? f : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  }

  /** Turns on antialiasing for shapes and text. */
  public static void antialias(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /**
   * Prepares a custom-painted component's graphics: antialiasing on, the background filled when the
   * component is opaque. Returns the background colour, for contrast decisions.
   */
  public static Color beginPaint(Graphics2D g, JComponent c) {
    antialias(g);
    Color bg = background(c);
    if (c.isOpaque()) {
      g.setColor(bg);
      g.fillRect(0, 0, c.getWidth(), c.getHeight());
    }
    return bg;
  }

  private static Color uiColor(String key, Color fallback) {
    Color c = UIManager.getColor(key);
    return c != null ? c : fallback;
  }

  private static double channel(int v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
