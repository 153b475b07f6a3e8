package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The map window's raster cache of added layers: each layer's shapes (fills, lines, point symbols;
 * not labels) drawn once per scale into tiles of {@link #TILE_PX} logical pixels, so a frame that
 * only pans draws the tiles in view and renders only the tiles newly uncovered. An added file such
 * as the 168 MB OpenStreetMap country layer then costs a repeat frame a few image copies instead of
 * filling and stroking every polygon in view again.
 *
 * <p>The tile grid is fixed in projected space at each scale ({@link TileGrid}): panning by whole
 * pixels keeps the view's sub-pixel phase, so the tiles line up with what a vector frame would
 * draw; tiles are reused while the phase stays within the same 1/64 pixel. A frame at a new scale,
 * which has none of its tiles, is faster drawn as vectors ({@link #ready} says so); the map's
 * render thread then draws that view's tiles when it is idle ({@link #warm}), so the pans that
 * follow find them. Tiles of a layer are reused while its features and style stay the same; opacity
 * and visibility are applied when the tiles are drawn, so a layer's opacity blends the layer as a
 * whole (where its own shapes overlap, the vector exports blend each shape).
 *
 * <p>Used only for the window's frames at a whole-number device scale (1, 2, 3) with no rotation;
 * otherwise, and for every export, layers are drawn as vectors. Memory: at most {@link
 * #budgetBytes()} of tile pixels (least recently drawn tiles dropped first); tiles of layers no
 * longer in the list are dropped at the next frame. Thread-safe; meant for the one render thread of
 * a map view.
 */
public final class LayerTiles {

  /** Width and height of a tile, logical pixels. */
  public static final int TILE_PX = 256;

  /** Sub-pixel phases are told apart to 1 / PHASE_STEPS of a pixel. */
  private static final int PHASE_STEPS = 64;

  /** Rows of tiles drawn in one pass by {@link #warm}, between checks that it is still wanted. */
  private static final int WARM_ROWS = 2;

  /** The image of a tile in which nothing was drawn (never drawn on the frame). */
  static final BufferedImage EMPTY = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);

  private final long budgetBytes;

  /** Tiles by key, least recently used first. */
  private final LinkedHashMap<TileKey, BufferedImage> tiles = new LinkedHashMap<>(64, 0.75f, true);

  private long bytes;
  private long tilesRendered;

  /**
   * Each layer's grid (its tile at column 0, row 0) in the last frame that asked {@link #ready}.
   */
  private final Map<ProjectedFeatures, TileKey> lastFrame = new IdentityHashMap<>();

  /** A cache of at most {@code budgetBytes} of tile pixels. */
  public LayerTiles(long budgetBytes) {
    if (budgetBytes < 0) {
      throw new IllegalArgumentException("budgetBytes must be ≥ 0, was " + budgetBytes);
    }
    this.budgetBytes = budgetBytes;
  }

  /**
   * A cache sized for this JVM: a sixteenth of the maximum heap, between 16 and 96 MB (at 1 GB, 64
   * MB: about six full-HD views' worth of tiles).
   */
  public static LayerTiles forThisJvm() {
    long sixteenth = Runtime.getRuntime().maxMemory() / 16;
    return new LayerTiles(Math.max(16L << 20, Math.min(96L << 20, sixteenth)));
  }

  /** The most bytes of tile pixels kept. */
  public long budgetBytes() {
    return budgetBytes;
  }

  /** Bytes of tile pixels held now. */
  public synchronized long bytes() {
    return bytes;
  }

  /** Tiles drawn since this cache was made (for tests and benchmarks). */
  public synchronized long tilesRendered() {
    return tilesRendered;
  }

  /** Drops every tile. */
  public synchronized void clear() {
    tiles.clear();
    lastFrame.clear();
    bytes = 0;
  }

  /**
   * The whole-number device scale of a transform (1, 2 or 3, with whole-pixel translation and no
   * rotation), or 0 if it has none.
   */
  static int deviceScale(AffineTransform t) {
    double s = t.getScaleX();
    boolean plain =
        t.getShearX() == 0
            && t.getShearY() == 0
            && s == t.getScaleY()
            && s == Math.rint(s)
            && s >= 1
            && s <= 3
            && t.getTranslateX() == Math.rint(t.getTranslateX())
            && t.getTranslateY() == Math.rint(t.getTranslateY());
    return plain ? (int) s : 0;
  }

  /**
   * Whether {@link #paint} is the faster way to draw this view: false when {@code g}'s transform is
   * not a whole-number scale, and for the first frame at a new scale (more than half of the view's
   * tiles not held, and the previous frame of this layer at another scale or phase): drawing
   * vectors is then faster, and {@link #warm} draws the tiles when the map is idle. The next frame
   * at the same scale (a pan) draws from tiles, drawing what is missing.
   */
  public synchronized boolean ready(
      Graphics2D g, Viewport vp, ProjectedFeatures features, LayerStyle style) {
    int scale = deviceScale(g.getTransform());
    if (scale == 0) {
      return false;
    }
    TileGrid grid = TileGrid.of(vp, TILE_PX);
    List<TileKey> view = keys(grid, scale, features, style);
    TileKey origin = view.get(0).at(0, 0);
    boolean sameScale = origin.equals(lastFrame.put(features, origin));
    long held = view.stream().filter(tiles::containsKey).count();
    return sameScale || 2 * held >= view.size();
  }

  /**
   * Draws the shapes of {@code features} in {@code style} for view {@code vp} from tiles, drawing
   * the missing ones first; returns false, drawing nothing, when {@code g}'s transform is not a
   * whole-number scale (the caller then draws vectors).
   *
   * @param g the frame's graphics, user space in logical pixels of {@code vp}; its composite (the
   *     layer's opacity) applies to the tiles
   */
  public boolean paint(Graphics2D g, Viewport vp, ProjectedFeatures features, LayerStyle style) {
    int scale = deviceScale(g.getTransform());
    if (scale == 0) {
      return false;
    }
    TileGrid grid = TileGrid.of(vp, TILE_PX);
    List<TileKey> view = keys(grid, scale, features, style);
    List<BufferedImage> images = images(grid, view);
    for (int i = 0; i < view.size(); i++) {
      BufferedImage tile = images.get(i);
      if (tile != EMPTY) {
        TileKey k = view.get(i);
        g.drawImage(tile, grid.screenX(k.col()), grid.screenY(k.row()), TILE_PX, TILE_PX, null);
      }
    }
    return true;
  }

  /**
   * Draws the tiles view {@code vp} needs at device scale {@code deviceScale} and that are not
   * held, two rows at a time, stopping between passes once {@code wanted} turns false (the view has
   * moved on). For the map's render thread when it has nothing else to do.
   */
  public void warm(
      Viewport vp,
      AffineTransform deviceTransform,
      ProjectedFeatures features,
      LayerStyle style,
      BooleanSupplier wanted) {
    int scale = deviceScale(deviceTransform);
    if (scale == 0) {
      return;
    }
    TileGrid grid = TileGrid.of(vp, TILE_PX);
    List<TileKey> view = keys(grid, scale, features, style);
    int perRow = (int) (grid.col1() - grid.col0() + 1);
    for (int i = 0; i < view.size() && wanted.getAsBoolean(); i += WARM_ROWS * perRow) {
      images(grid, view.subList(i, Math.min(view.size(), i + WARM_ROWS * perRow)));
    }
  }

  /** The keys of the view's tiles, row by row. */
  private static List<TileKey> keys(
      TileGrid grid, int scale, ProjectedFeatures features, LayerStyle style) {
    TileKey corner =
        new TileKey(
            features,
            style,
            grid.metresPerPixel(),
            scale,
            grid.phaseX(PHASE_STEPS),
            grid.phaseY(PHASE_STEPS),
            grid.col0(),
            grid.row0());
    List<TileKey> keys = new ArrayList<>();
    for (long row = grid.row0(); row <= grid.row1(); row++) {
      for (long col = grid.col0(); col <= grid.col1(); col++) {
        keys.add(corner.at(col, row));
      }
    }
    return keys;
  }

  /** The images of {@code keys}, drawing the missing ones in one pass over their rectangle. */
  private synchronized List<BufferedImage> images(TileGrid grid, List<TileKey> keys) {
    List<BufferedImage> out = new ArrayList<>(keys.size());
    List<TileKey> missing = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (TileKey k : keys) {
      BufferedImage tile = tiles.get(k);
      if (tile == null) {
        missing.add(k);
        at.add(out.size());
      }
      out.add(tile);
    }
    if (!missing.isEmpty()) {
      BufferedImage[] drawn = TileBlock.draw(grid, missing);
      for (int i = 0; i < drawn.length; i++) {
        out.set(at.get(i), drawn[i]);
        keep(missing.get(i), drawn[i]);
      }
      tilesRendered += drawn.length;
    }
    return out;
  }

  /** Keeps a tile, dropping the least recently used while over the budget. */
  private void keep(TileKey k, BufferedImage tile) {
    tiles.put(k, tile);
    bytes += sizeOf(tile);
    for (Iterator<Map.Entry<TileKey, BufferedImage>> it = tiles.entrySet().iterator();
        bytes > budgetBytes && it.hasNext(); ) {
      bytes -= sizeOf(it.next().getValue());
      it.remove();
    }
  }

  private static long sizeOf(BufferedImage tile) {
    return tile == EMPTY ? 0 : 4L * tile.getWidth() * tile.getHeight();
  }

  /** Drops the tiles of every layer whose features are not among {@code kept}. */
  public synchronized void retainOnly(Collection<ProjectedFeatures> kept) {
    Set<ProjectedFeatures> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(kept);
    lastFrame.keySet().retainAll(keep);
    for (Iterator<Map.Entry<TileKey, BufferedImage>> it = tiles.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<TileKey, BufferedImage> e = it.next();
      if (!keep.contains(e.getKey().features())) {
        bytes -= sizeOf(e.getValue());
        it.remove();
      }
    }
  }
}
