package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.draw.RenderQuality;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Label text made cheap to draw on every frame. Laying out text and stroking the halo around the
 * glyph outlines cost about half a millisecond per label, and a map frame draws dozens of labels,
 * mostly the same ones as the frame before. So:
 *
 * <ul>
 *   <li>{@link #layout} caches the {@link TextLayout} (immutable) of each text, font and font
 *       render context;
 *   <li>{@link #draw} renders a label once into a small translucent image at the device resolution
 *       of the target (halo, then text, exactly as drawn on the map) and afterwards copies that
 *       image pixel for pixel. The label's anchor is kept to a quarter of a device pixel (at most
 *       1/8 pixel from where vector drawing would put it; one image per quarter-pixel offset) and a
 *       rotation to 10⁻⁴ rad, so a label reused while panning is the same image. Compositing the
 *       image over the map equals drawing halo and text onto it (source-over is associative), up to
 *       8-bit rounding.
 * </ul>
 *
 * <p>Targets whose transform is not a positive scale plus translation, and labels that would need
 * an image over {@link #MAX_SPRITE_PIXELS} pixels, are drawn as vectors instead; targets that ask
 * for text ({@link LabelRendering#TEXT}: SVG, PDF) get the halo as a path and the label as text.
 *
 * <p>Thread-safe: both caches are bounded LRU maps guarded by their own lock, holding immutable
 * layouts and images never drawn into after creation.
 */
final class LabelSprites {

  /** Largest label image, device pixels (beyond it the label is drawn as vectors). */
  static final int MAX_SPRITE_PIXELS = 1 << 18;

  /** Most label images kept, each typically a few kilobytes to a few tens of kilobytes. */
  static final int MAX_SPRITES = 1024;

  /** Most pixels kept in label images altogether (4 bytes each: 16 MB). */
  static final long MAX_CACHED_PIXELS = 1L << 22;

  /** Label anchors are kept to 1/SUBPIXEL of a device pixel. */
  static final int SUBPIXEL = 4;

  /** Label rotations are kept to 1/ANGLE_STEPS of a radian. */
  static final int ANGLE_STEPS = 10_000;

  /** Width of the halo stroke around the glyphs, logical pixels. */
  static final float HALO_WIDTH = 3f;

  private static final BasicStroke HALO_STROKE =
      new BasicStroke(HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private record LayoutKey(String text, Font font, FontRenderContext frc) {}

  private record SpriteKey(
      String text,
      Font font,
      int argb,
      long angle,
      double sx,
      double sy,
      double x,
      double baseline,
      int fracX,
      int fracY) {}

  private record Sprite(BufferedImage image, int left, int top) {}

  private static final Map<LayoutKey, TextLayout> LAYOUTS = lru(2048);
  private static final Map<SpriteKey, Sprite> SPRITES = new LinkedHashMap<>(64, 0.75f, true);
  private static long cachedPixels;

  private LabelSprites() {}

  private static <K, V> Map<K, V> lru(int max) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
      }
    };
  }

  /**
   * The (cached) layout of {@code text} in {@code font} for a font render context; characters the
   * font cannot display are laid out in the bundled CJK font ({@link LabelFonts}).
   */
  static TextLayout layout(String text, Font font, FontRenderContext frc) {
    LayoutKey key = new LayoutKey(text, font, frc);
    synchronized (LAYOUTS) {
      TextLayout l = LAYOUTS.get(key);
      if (l != null) {
        return l;
      }
    }
    TextLayout l =
        LabelFonts.needsFallback(text, font)
            ? new TextLayout(LabelFonts.styled(text, font).getIterator(), frc)
            : new TextLayout(text, font, frc);
    synchronized (LAYOUTS) {
      LAYOUTS.putIfAbsent(key, l);
    }
    return l;
  }

  /**
   * Draws a label: a light halo, then the text.
   *
   * @param g the target, user space in logical pixels
   * @param layout the text's layout
   * @param at the anchor's transform (translation to the anchor, then its rotation)
   * @param x left of the text relative to the anchor, logical pixels
   * @param baseline baseline of the text relative to the anchor, logical pixels
   * @param text the label text (cache key)
   * @param font the label font (cache key)
   * @param color the text colour
   */
  static void draw(
      Graphics2D g,
      TextLayout layout,
      AffineTransform at,
      double x,
      double baseline,
      String text,
      Font font,
      Color color) {
    if (LabelRendering.wantsText(g)) {
      drawVectors(g, layout, at, x, baseline, color, text, font);
      return;
    }
    AffineTransform dev = g.getTransform();
    int kind =
        dev.getType()
            & ~(AffineTransform.TYPE_TRANSLATION
                | AffineTransform.TYPE_UNIFORM_SCALE
                | AffineTransform.TYPE_GENERAL_SCALE);
    double sx = dev.getScaleX();
    double sy = dev.getScaleY();
    if (kind != 0 || !(sx > 0) || !(sy > 0)) {
      drawVectors(g, layout, at, x, baseline, color);
      return;
    }
    double angle = Math.atan2(at.getShearY(), at.getScaleX());
    long angleKey = Math.round(angle * ANGLE_STEPS);
    // the anchor in device space, in whole pixels plus a multiple of 1/SUBPIXEL
    long qx = Math.round((sx * at.getTranslateX() + dev.getTranslateX()) * SUBPIXEL);
    long qy = Math.round((sy * at.getTranslateY() + dev.getTranslateY()) * SUBPIXEL);
    int fracX = (int) Math.floorMod(qx, (long) SUBPIXEL);
    int fracY = (int) Math.floorMod(qy, (long) SUBPIXEL);
    SpriteKey key =
        new SpriteKey(text, font, color.getRGB(), angleKey, sx, sy, x, baseline, fracX, fracY);
    Sprite sprite;
    synchronized (SPRITES) {
      sprite = SPRITES.get(key);
    }
    if (sprite == null) {
      sprite =
          render(
              layout,
              angleKey / (double) ANGLE_STEPS,
              sx,
              sy,
              x,
              baseline,
              fracX / (double) SUBPIXEL,
              fracY / (double) SUBPIXEL,
              color);
      if (sprite == null) {
        drawVectors(g, layout, at, x, baseline, color);
        return;
      }
      keep(key, sprite);
    }
    Graphics2D d = (Graphics2D) g.create();
    try {
      d.setTransform(
          AffineTransform.getTranslateInstance(
              Math.floorDiv(qx, (long) SUBPIXEL) + sprite.left(),
              Math.floorDiv(qy, (long) SUBPIXEL) + sprite.top()));
      d.drawImage(sprite.image(), 0, 0, null);
    } finally {
      d.dispose();
    }
  }

  private static void keep(SpriteKey key, Sprite sprite) {
    synchronized (SPRITES) {
      if (SPRITES.putIfAbsent(key, sprite) != null) {
        return;
      }
      cachedPixels += pixels(sprite);
      var it = SPRITES.values().iterator();
      while ((cachedPixels > MAX_CACHED_PIXELS || SPRITES.size() > MAX_SPRITES) && it.hasNext()) {
        cachedPixels -= pixels(it.next()); // least recently used first
        it.remove();
      }
    }
  }

  private static long pixels(Sprite s) {
    return (long) s.image().getWidth() * s.image().getHeight();
  }

  /**
   * The label drawn with its anchor at ({@code fx}, {@code fy}) device pixels from the image's
   * origin pixel; null when too large.
   */
  private static Sprite render(
      TextLayout layout,
      double angle,
      double sx,
      double sy,
      double x,
      double baseline,
      double fx,
      double fy,
      Color color) {
    AffineTransform local = AffineTransform.getTranslateInstance(fx, fy);
    local.scale(sx, sy);
    local.rotate(angle);
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
    Shape halo = HALO_STROKE.createStrokedShape(outline);
    Rectangle b = local.createTransformedShape(halo).getBounds();
    b.grow(1, 1); // antialiased edge pixels
    if ((long) b.width * b.height > MAX_SPRITE_PIXELS) {
      return null;
    }
    BufferedImage img = new BufferedImage(b.width, b.height, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = img.createGraphics();
    try {
      RenderQuality.hints(g);
      g.translate(-b.x, -b.y);
      g.transform(local);
      paint(g, outline, color);
    } finally {
      g.dispose();
    }
    return new Sprite(img, b.x, b.y);
  }

  private static void drawVectors(
      Graphics2D g, TextLayout layout, AffineTransform at, double x, double baseline, Color color) {
    drawVectors(g, layout, at, x, baseline, color, null, null);
  }

  /**
   * Draws the label in vectors: the halo as a path, then the glyph outlines filled, or, with a
   * {@code text}, the text as text in {@code font} (for SVG and PDF).
   */
  private static void drawVectors(
      Graphics2D g,
      TextLayout layout,
      AffineTransform at,
      double x,
      double baseline,
      Color color,
      String text,
      Font font) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.transform(at);
      Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
      if (text == null) {
        paint(g2, outline, color);
      } else {
        g2.setColor(Palette.HALO);
        g2.setStroke(HALO_STROKE);
        g2.draw(outline);
        g2.setColor(color);
        g2.setFont(font);
        g2.drawString(text, (float) x, (float) baseline);
      }
    } finally {
      g2.dispose();
    }
  }

  private static void paint(Graphics2D g, Shape outline, Color color) {
    g.setColor(Palette.HALO);
    g.setStroke(HALO_STROKE);
    g.draw(outline);
    g.setColor(color);
    g.fill(outline);
  }

  /** Number of label images held (for tests). */
  static int cachedSprites() {
    synchronized (SPRITES) {
      return SPRITES.size();
    }
  }
}
