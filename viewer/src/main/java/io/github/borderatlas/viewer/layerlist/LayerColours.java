package io.github.borderatlas.viewer.layerlist;

import java.awt.Color;
import java.util.Collection;
import java.util.List;

/**
 * The colours given to added layers: a fixed qualitative palette of eight hues, dark enough to read
 * as lines on the pale land colours and far apart in hue from each other. A new layer takes the
 * first colour no other layer uses, and when all are taken the palette cycles by the number of
 * added layers. Constants only; thread-safe.
 */
public final class LayerColours {

  /** The palette, in the order colours are handed out. */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0xD1495B), // red
          new Color(0x2E86AB), // blue
          new Color(0x3B9B48), // green
          new Color(0x8E44AD), // violet
          new Color(0xE67E22), // orange
          new Color(0x16A5A0), // teal
          new Color(0xA0522D), // brown
          new Color(0xC0399F)); // magenta

  private LayerColours() {}

  /**
   * The colour for a new layer.
   *
   * @param used the stroke colours of the layers already in the list
   * @param added how many layers were added before this one (for cycling once all are used)
   */
  public static Color next(Collection<Color> used, int added) {
    for (Color c : PALETTE) {
      if (!used.contains(c)) {
        return c;
      }
    }
    return PALETTE.get(Math.floorMod(added, PALETTE.size()));
  }
}
