package io.github.borderatlas.viewer.layers;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * How map labels reach the target: as cached bitmap sprites (the screen and PNG default, see {@link
 * LabelSprites}) or as text, drawn with {@link Graphics2D#drawString} so that a vector target (SVG,
 * PDF) keeps them as selectable text with a halo path behind. Set by the caller as a rendering hint
 * on the graphics handed to the map renderer; {@link Graphics2D#create()} copies it. Stateless and
 * thread-safe.
 */
public final class LabelRendering {

  /** The rendering hint key; its values are {@link #SPRITES} and {@link #TEXT}. */
  public static final RenderingHints.Key KEY =
      new RenderingHints.Key(0x6c61626c) {
        @Override
        public boolean isCompatibleValue(Object value) {
          return value == SPRITES || value == TEXT;
        }

        @Override
        public String toString() {
          return "BorderAtlas label rendering";
        }
      };

  /** The hint's values; identity-compared like the JDK's own hint values. */
  private enum Value {
    SPRITES,
    TEXT
  }

  /** Labels as cached images at the device resolution (default). */
  public static final Object SPRITES = Value.SPRITES;

  /** Labels as text through {@link Graphics2D#drawString}, for vector targets. */
  public static final Object TEXT = Value.TEXT;

  private LabelRendering() {}

  /** Asks {@code g} to receive labels as text. */
  public static void useText(Graphics2D g) {
    g.setRenderingHint(KEY, TEXT);
  }

  /** Whether {@code g} asks for labels as text. */
  public static boolean wantsText(Graphics2D g) {
    return g.getRenderingHint(KEY) == TEXT;
  }
}
