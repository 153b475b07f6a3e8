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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The map window's raster cache of added layers: each layer's shapes (fills, lines, point symbols;
 * not labels) drawn once per scale into tiles of {@link #TILE_PX} logical pixels, so a frame that
 * only pans draws the tiles in view and renders only the tiles newly uncovered. An added file such
 * as the 168 MB OpenStreetMap country layer then costs a repeat frame a few image copies instead of
 * filling and stroking every polygon in view again.
 *
 * <p>The tile grid is fixed in projected space at each scale ({@link TileGrid}): panning by whole
 * pixels keeps the view's sub-pixel phase, so the tiles line up with what a vector frame would
 * draw; tiles are reused while the phase stays within the same 1/64 pixel. Missing tiles are drawn
 * in runs along a row ({@link TileBlock}) by a small pool of daemon threads (one fewer than the
 * processors, at least one) as soon as a frame starts ({@link #prefetch}), while the render thread
 * draws the atlas layers below; the render thread draws any run not yet started itself. Tiles of a
 * layer are reused while its features and style stay the same; opacity and visibility are applied
 * when the tiles are drawn, so a layer's opacity blends the layer as a whole (where its own shapes
 * overlap, the vector exports blend each shape).
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

  /** The image of a tile in which nothing was drawn (never drawn on the frame). */
  static final BufferedImage EMPTY = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);

  private static final ExecutorService POOL = pool();

  private final long budgetBytes;

  /** Tiles by key, least recently used first; a future until its block has been drawn. */
  private final LinkedHashMap<TileKey, Tile> tiles = new LinkedHashMap<>(64, 0.75f, true);

  private final AtomicLong tilesRendered = new AtomicLong();

  private record Tile(CompletableFuture<BufferedImage> image, TileBlock block) {}

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

  private static ExecutorService pool() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "borderatlas-layer-tiles");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** The most bytes of tile pixels kept. */
  public long budgetBytes() {
    return budgetBytes;
  }

  /** Bytes of the pixels of the tiles drawn and held now. */
  public synchronized long bytes() {
    long n = 0;
    for (Tile t : tiles.values()) {
      n += sizeOf(t);
    }
    return n;
  }

  /** Tiles drawn since this cache was made (for tests and benchmarks). */
  public long tilesRendered() {
    return tilesRendered.get();
  }

  /** Drops every tile. */
  public synchronized void clear() {
    tiles.clear();
  }

  /** The whole-number device scale of {@code g}'s transform (1, 2 or 3), or 0 if it has none. */
  static int deviceScale(Graphics2D g) {
    AffineTransform t = g.getTransform();
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
   * Starts drawing the tiles of {@code features} in {@code style} that view {@code vp} needs and
   * that are not held yet, on the pool; returns at once. Does nothing when {@code g}'s transform is
   * not a whole-number scale.
   */
  public void prefetch(Graphics2D g, Viewport vp, ProjectedFeatures features, LayerStyle style) {
    int scale = deviceScale(g);
    if (scale != 0) {
      request(TileGrid.of(vp, TILE_PX), scale, features, style);
    }
  }

  /**
   * Draws the shapes of {@code features} in {@code style} for view {@code vp} from tiles, drawing
   * the missing ones first; returns false, drawing nothing, when {@code g}'s transform is not a
   * whole-number scale (the caller then draws vectors).
   *
   * @param g the frame's graphics, user space in logical pixels of {@code vp}; its composite (the
   *     layer's opacity) applies to the tiles
   * @throws RuntimeException what drawing a tile threw
   */
  public boolean paint(Graphics2D g, Viewport vp, ProjectedFeatures features, LayerStyle style) {
    int scale = deviceScale(g);
    if (scale == 0) {
      return false;
    }
    TileGrid grid = TileGrid.of(vp, TILE_PX);
    Map<TileKey, Tile> view = request(grid, scale, features, style);
    for (Tile t : view.values()) {
      t.block().run(); // a run not started yet is drawn here rather than waited for
    }
    for (Map.Entry<TileKey, Tile> e : view.entrySet()) {
      BufferedImage tile = join(e.getValue().image());
      if (tile != EMPTY) {
        TileKey k = e.getKey();
        g.drawImage(tile, grid.screenX(k.col()), grid.screenY(k.row()), TILE_PX, TILE_PX, null);
      }
    }
    return true;
  }

  private static BufferedImage join(CompletableFuture<BufferedImage> image) {
    try {
      return image.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * The tiles of the view in row order, held or newly requested: missing tiles are grouped into
   * runs along each row, each run submitted to the pool as one block.
   */
  private synchronized Map<TileKey, Tile> request(
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
    Map<TileKey, Tile> view = new LinkedHashMap<>();
    for (long row = grid.row0(); row <= grid.row1(); row++) {
      List<TileKey> run = new ArrayList<>();
      for (long col = grid.col0(); col <= grid.col1(); col++) {
        TileKey k = corner.at(col, row);
        Tile held = tiles.get(k);
        if (held == null) {
          run.add(k);
          view.put(k, null);
        } else {
          startRun(grid, run, view);
          view.put(k, held);
        }
      }
      startRun(grid, run, view);
    }
    return view;
  }

  /** Submits the missing tiles of {@code run} as one block and empties the run. */
  private void startRun(TileGrid grid, List<TileKey> run, Map<TileKey, Tile> view) {
    if (run.isEmpty()) {
      return;
    }
    List<CompletableFuture<BufferedImage>> images = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      images.add(new CompletableFuture<>());
    }
    TileBlock block = new TileBlock(grid, run, images);
    for (int i = 0; i < run.size(); i++) {
      TileKey k = run.get(i);
      Tile t = new Tile(images.get(i), block);
      tiles.put(k, t);
      view.put(k, t);
      images.get(i).whenComplete((image, failure) -> drawn(k, t, failure));
    }
    tilesRendered.addAndGet(run.size());
    run.clear();
    POOL.execute(block);
  }

  /**
   * Counts a drawn tile against the budget (or drops a failed one), evicting the least recently
   * used drawn tiles while over it.
   */
  private synchronized void drawn(TileKey k, Tile t, Throwable failure) {
    if (tiles.get(k) != t) {
      return; // cleared or dropped meanwhile
    }
    if (failure != null) {
      tiles.remove(k);
      return;
    }
    long bytes = bytes();
    for (Iterator<Map.Entry<TileKey, Tile>> it = tiles.entrySet().iterator();
        bytes > budgetBytes && it.hasNext(); ) {
      Tile eldest = it.next().getValue();
      if (eldest.image().isDone()) {
        bytes -= sizeOf(eldest);
        it.remove();
      }
    }
  }

  /** Bytes of a drawn tile's pixels (0 for an empty one or one not drawn yet). */
  private static long sizeOf(Tile t) {
    BufferedImage image = t.image().getNow(EMPTY);
    return image == EMPTY ? 0 : 4L * image.getWidth() * image.getHeight();
  }

  /** Drops the tiles of every layer whose features are not among {@code kept}. */
  public synchronized void retainOnly(Collection<ProjectedFeatures> kept) {
    Set<ProjectedFeatures> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(kept);
    for (Iterator<Map.Entry<TileKey, Tile>> it = tiles.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<TileKey, Tile> e = it.next();
      if (!keep.contains(e.getKey().features())) {
        it.remove();
      }
    }
  }
}
