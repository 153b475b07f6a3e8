package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.RenderQuality;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.FeatureLayerPainter;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Draws missing tiles of an added layer in one vector pass over their bounding rectangle and cuts
 * the image into tiles: {@link LayerTiles#EMPTY} where nothing was drawn. Stateless.
 */
final class TileBlock {

  private TileBlock() {}

  /**
   * The images of {@code keys} (tiles of one layer, scale and phase), index-aligned.
   *
   * @param grid the view's grid (scale and sub-pixel phase)
   */
  static BufferedImage[] draw(TileGrid grid, List<TileKey> keys) {
    long c0 = Long.MAX_VALUE;
    long c1 = Long.MIN_VALUE;
    long r0 = Long.MAX_VALUE;
    long r1 = Long.MIN_VALUE;
    for (TileKey k : keys) {
      c0 = Math.min(c0, k.col());
      c1 = Math.max(c1, k.col());
      r0 = Math.min(r0, k.row());
      r1 = Math.max(r1, k.row());
    }
    TileKey first = keys.get(0);
    int scale = first.deviceScale();
    Viewport block = grid.block(c0, c1, r0, r1);
    BufferedImage image =
        new BufferedImage(
            block.width() * scale, block.height() * scale, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      RenderQuality.hints(g);
      FeatureLayerPainter.paintShapes(g, block, first.features(), first.style());
    } finally {
      g.dispose();
    }
    int side = grid.tilePx() * scale;
    BufferedImage[] tiles = new BufferedImage[keys.size()];
    for (int i = 0; i < tiles.length; i++) {
      TileKey k = keys.get(i);
      tiles[i] = cut(image, (int) (k.col() - c0) * side, (int) (k.row() - r0) * side, side);
    }
    return tiles;
  }

  /**
   * A copy of the {@code side}-pixel square at (x, y), or {@link LayerTiles#EMPTY} if nothing was
   * drawn in it.
   */
  private static BufferedImage cut(BufferedImage block, int x, int y, int side) {
    int[] px = ((DataBufferInt) block.getRaster().getDataBuffer()).getData();
    int stride = block.getWidth();
    boolean blank = true;
    for (int row = y; row < y + side && blank; row++) {
      for (int i = row * stride + x, end = i + side; i < end; i++) {
        if (px[i] != 0) {
          blank = false;
          break;
        }
      }
    }
    if (blank) {
      return LayerTiles.EMPTY;
    }
    BufferedImage tile = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = tile.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.drawImage(block.getSubimage(x, y, side, side), 0, 0, null);
    } finally {
      g.dispose();
    }
    return tile;
  }
}
