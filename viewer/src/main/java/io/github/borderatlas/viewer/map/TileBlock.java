package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.RenderQuality;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.FeatureLayerPainter;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run of adjacent missing tiles in one row of an added layer, drawn in one vector pass and cut
 * into tiles. Runs once, on whichever thread claims it first (a pool thread that prefetches, or the
 * render thread that needs the tiles and finds the block not started), and completes each tile's
 * future with its image, {@link LayerTiles#EMPTY} where nothing was drawn, or the failure.
 * Thread-safe.
 */
final class TileBlock implements Runnable {

  private final TileGrid grid;
  private final List<TileKey> keys;
  private final List<CompletableFuture<BufferedImage>> images;
  private final AtomicBoolean claimed = new AtomicBoolean();

  /**
   * @param grid the view's grid (scale and sub-pixel phase)
   * @param keys adjacent tiles of one row, left to right, of one layer and device scale
   * @param images the futures completed with each tile's image, index-aligned with {@code keys}
   */
  TileBlock(TileGrid grid, List<TileKey> keys, List<CompletableFuture<BufferedImage>> images) {
    this.grid = grid;
    this.keys = List.copyOf(keys);
    this.images = List.copyOf(images);
  }

  /** Draws the tiles unless another thread has claimed the block. */
  @Override
  public void run() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    try {
      BufferedImage[] tiles = draw();
      for (int i = 0; i < tiles.length; i++) {
        images.get(i).complete(tiles[i]);
      }
    } catch (RuntimeException | Error e) {
      images.forEach(f -> f.completeExceptionally(e));
    }
  }

  private BufferedImage[] draw() {
    TileKey first = keys.get(0);
    TileKey last = keys.get(keys.size() - 1);
    int scale = first.deviceScale();
    Viewport block = grid.block(first.col(), last.col(), first.row(), first.row());
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
      tiles[i] = cut(image, i * side, side);
    }
    return tiles;
  }

  /**
   * A copy of the {@code side}-pixel square at (x, 0), or {@link LayerTiles#EMPTY} if nothing was
   * drawn in it.
   */
  private static BufferedImage cut(BufferedImage block, int x, int side) {
    int[] px = ((DataBufferInt) block.getRaster().getDataBuffer()).getData();
    int stride = block.getWidth();
    boolean blank = true;
    for (int row = 0; row < side && blank; row++) {
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
      g.drawImage(block.getSubimage(x, 0, side, side), 0, 0, null);
    } finally {
      g.dispose();
    }
    return tile;
  }
}
