package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Renders map images on one background thread. Each request gets a generation number; a queued
 * request already superseded by a newer one is skipped without rendering, and a finished image is
 * handed to the consumer on the event dispatch thread only if nothing newer has been delivered. So
 * a burst of pan events costs at most one render in flight plus the last one.
 *
 * <p>Thread-safe. The render thread is a daemon and never touches Swing components.
 */
final class RenderScheduler {

  /** A finished render: the image, the view it shows, and its device pixels per logical pixel. */
  record Result(BufferedImage image, Viewport viewport, double scale, long generation) {}

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "borderatlas-map-render");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong latest = new AtomicLong();
  private final AtomicInteger pending = new AtomicInteger();
  private volatile long delivered;
  private final Consumer<Result> onEdt;

  /** The added layers' tiles, kept between frames; used by the render thread only. */
  private final LayerTiles tiles = LayerTiles.forThisJvm();

  RenderScheduler(Consumer<Result> onEdt) {
    this.onEdt = onEdt;
  }

  /**
   * Queues a render of {@code vp} whose labels keep clear of {@code obstacles} (logical pixels);
   * older queued requests will be skipped.
   */
  void request(
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double scale,
      List<Rectangle2D> obstacles) {
    long gen = latest.incrementAndGet();
    pending.incrementAndGet();
    List<Rectangle2D> boxes = List.copyOf(obstacles);
    try {
      executor.execute(() -> run(gen, atlas, vp, options, scale, boxes));
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet(); // shut down: nothing more to render
    }
  }

  private void run(
      long gen,
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double scale,
      List<Rectangle2D> obstacles) {
    if (gen != latest.get()) {
      pending.decrementAndGet();
      return;
    }
    BufferedImage img;
    try {
      img = MapRenderer.renderImage(atlas, vp, options, scale, true, obstacles, tiles);
    } catch (RuntimeException e) {
      pending.decrementAndGet();
      throw e;
    }
    Result r = new Result(img, vp, scale, gen);
    try { // when idle: the added layers' tiles of this view, for the pans that follow
      executor.execute(() -> warm(gen, vp, options, scale));
    } catch (RejectedExecutionException e) {
      // shut down: nothing more to draw
    }
    SwingUtilities.invokeLater(
        () -> {
          try {
            if (r.generation() > delivered) {
              delivered = r.generation();
              onEdt.accept(r);
            }
          } finally {
            pending.decrementAndGet();
          }
        });
  }

  /**
   * Draws the tiles of the added layers that view {@code vp} shows, unless a newer render has been
   * requested (checked between passes of two tile rows).
   */
  private void warm(long gen, Viewport vp, RenderOptions options, double scale) {
    AffineTransform device = AffineTransform.getScaleInstance(scale, scale);
    for (LayerEntry layer : options.layers()) {
      if (layer.visible() && layer.opacity() > 0 && layer.source() instanceof LayerSource.File f) {
        tiles.warm(vp, device, f.features(), layer.style(), () -> gen == latest.get());
      }
    }
  }

  /** Runs {@code task} on the render thread after everything queued before it (for tests). */
  void afterQueued(Runnable task) {
    executor.execute(task);
  }

  /** The added layers' tile cache (for tests). */
  LayerTiles tiles() {
    return tiles;
  }

  /** True while a render is queued, running, or waiting to be shown. */
  boolean isBusy() {
    return pending.get() > 0;
  }

  void shutdown() {
    executor.shutdownNow();
  }
}
