package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ChunkedGeometry;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RenderQuality;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.layers.Attribution;
import io.github.borderatlas.viewer.layers.BorderPainter;
import io.github.borderatlas.viewer.layers.Cartouche;
import io.github.borderatlas.viewer.layers.CountryPainter;
import io.github.borderatlas.viewer.layers.FeatureLayerPainter;
import io.github.borderatlas.viewer.layers.GraticulePainter;
import io.github.borderatlas.viewer.layers.LabelLayout;
import io.github.borderatlas.viewer.layers.LakePainter;
import io.github.borderatlas.viewer.layers.LayerPainter;
import io.github.borderatlas.viewer.layers.Legend;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.PlacePainter;
import io.github.borderatlas.viewer.layers.RenderContext;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.layers.RiverPainter;
import io.github.borderatlas.viewer.layers.ScaleBar;
import io.github.borderatlas.viewer.layers.SectorPainter;
import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pure render entry point: draws an atlas at a viewport into any {@link Graphics2D} — the map
 * component's off-screen image, a PNG export, the {@code render} command or a JMH benchmark.
 *
 * <p>Drawing happens in user space in logical pixels with antialiasing; any scale already in the
 * graphics' transform (a HiDPI device scale, or the 2x of an export) makes everything sharper, not
 * bigger-and-blurry, since nothing is drawn as a bitmap. Order: paper, the visible layers of {@link
 * RenderOptions#layers()} bottom first (an atlas layer by its painter, an added file by {@link
 * FeatureLayerPainter}, each at its opacity), then labels (greedy, collision-free, around the
 * legend and scale bar), then the legend, scale bar and attribution.
 *
 * <p>Cost: a repeat frame does no geometry work beyond culling cached chunks ({@link
 * ChunkedGeometry}, per scale band in the {@link ProjectedAtlas}) and reuses label images; the
 * first frame at a new scale band also simplifies the atlas for it (0.1–0.3 s for the bundled
 * atlas). JMH {@code RenderBenchmark} on one core: a full-extent 1600x1000 frame takes about 14 ms
 * median, 1.4 times the floor of drawing the same projected shapes with plain Graphics2D calls; the
 * graticule's hairlines are most of the difference. The map window passes its {@link LayerTiles},
 * so an added layer is drawn from tiles when the view only pans (exports draw vectors).
 *
 * <p>Thread-safe: holds no state; the painters share nothing between calls except thread-safe
 * caches (the projected atlas' geometry chunks, the label layouts and images). It never touches
 * Swing components, so it may run on any thread.
 *
 * <pre>{@code
 * ProjectedAtlas pa = new ProjectedAtlas(atlas, RegionMapProjection.REGION);
 * Viewport vp = Viewport.fit(pa.dataExtent(), 1200, 800, 24);
 * BufferedImage img = MapRenderer.renderImage(pa, vp, RenderOptions.DEFAULT, 2.0);
 * }</pre>
 */
public final class MapRenderer {

  private static final List<LayerPainter> PAINTERS =
      List.of(
          new CountryPainter(),
          new GraticulePainter(),
          new LakePainter(),
          new RiverPainter(),
          new BorderPainter(),
          new SectorPainter(),
          new PlacePainter());

  private static final Map<BundledLayer, LayerPainter> BY_LAYER = byLayer();

  /** Most of the view's height the legend may take, as a share. */
  public static final double LEGEND_HEIGHT = 0.7;

  /** Farthest right the legend may reach, as a share of the view's width. */
  public static final double LEGEND_WIDTH = 0.45;

  private MapRenderer() {}

  /** The atlas' layer painters in their default drawing order. */
  public static List<LayerPainter> painters() {
    return PAINTERS;
  }

  private static Map<BundledLayer, LayerPainter> byLayer() {
    Map<BundledLayer, LayerPainter> m = new EnumMap<>(BundledLayer.class);
    for (LayerPainter p : PAINTERS) {
      m.put(p.layer(), p);
    }
    return m;
  }

  /**
   * Draws one visible layer: an atlas layer with its designed painter, an added one with its style;
   * below full opacity everything it draws is blended at its opacity.
   */
  private static void paintLayer(
      Graphics2D g, RenderContext ctx, LayerEntry layer, LayerTiles tiles) {
    if (!layer.visible() || layer.opacity() <= 0) {
      return;
    }
    Composite composite = g.getComposite();
    if (layer.opacity() < 1) {
      g.setComposite(AlphaComposite.SrcOver.derive((float) layer.opacity()));
    }
    try {
      if (layer.source() instanceof LayerSource.Atlas a) {
        BY_LAYER.get(a.layer()).paint(ctx);
      } else if (layer.source() instanceof LayerSource.File f) {
        if (tiles != null
            && tiles.ready(g, ctx.viewport(), f.features(), layer.style())
            && tiles.paint(g, ctx.viewport(), f.features(), layer.style())) {
          FeatureLayerPainter.addLabels(ctx, f.features(), layer.style());
        } else {
          FeatureLayerPainter.paint(ctx, f.features(), layer.style());
        }
      }
    } finally {
      g.setComposite(composite);
    }
  }

  /**
   * Draws the map. The graphics' state (transform, clip, colour) is left as it was.
   *
   * @param g where to draw; user space in logical pixels, origin at the view's top-left
   * @param atlas the projected atlas
   * @param vp the view
   * @param options layers, date, highlights, decorations
   */
  public static void render(
      Graphics2D g, ProjectedAtlas atlas, Viewport vp, RenderOptions options) {
    render(g, atlas, vp, options, false, List.of());
  }

  /**
   * Draws the map; {@code interactive} (the map window) adds the legend rows for the hover halo and
   * the selection outline, which the window draws over the rendered image, and the labels keep
   * clear of {@code obstacles} (the boxes of what the window draws over it, logical pixels).
   *
   * @return the labels placed, with their boxes
   */
  public static List<LabelLayout.Placed> render(
      Graphics2D g,
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      boolean interactive,
      List<Rectangle2D> obstacles) {
    return render(g, atlas, vp, options, interactive, obstacles, null);
  }

  /**
   * As {@link #render(Graphics2D, ProjectedAtlas, Viewport, RenderOptions, boolean, List)}, drawing
   * added layers from {@code tiles} (the map window's raster cache) where it can, or as vectors if
   * {@code tiles} is null.
   */
  public static List<LabelLayout.Placed> render(
      Graphics2D g,
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      boolean interactive,
      List<Rectangle2D> obstacles,
      LayerTiles tiles) {
    if (tiles != null) {
      tiles.retainOnly(
          options.layers().stream()
              .filter(l -> l.source() instanceof LayerSource.File)
              .map(l -> ((LayerSource.File) l.source()).features())
              .toList());
    }
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      hints(g2);
      g2.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
      g2.setColor(Palette.PAPER);
      g2.fillRect(0, 0, vp.width(), vp.height());
      RenderContext ctx = new RenderContext(g2, vp, atlas, options);
      for (LayerEntry layer : options.layers()) {
        paintLayer(g2, ctx, layer, tiles);
      }
      Rectangle2D legend = null;
      List<String> cartouche = null;
      if (options.decorations()) {
        legend = Legend.box(g2, atlas, options, interactive, vp.height() * LEGEND_HEIGHT);
        if (legend != null && legend.getMaxX() > vp.width() * LEGEND_WIDTH) {
          legend = null; // a small view keeps its map rather than its legend
        }
        if (legend != null) {
          ctx.labels().addObstacle(legend);
        }
        if (options.date() != null) {
          cartouche = Cartouche.lines(atlas.atlas(), options.date());
          ctx.labels().addObstacle(Cartouche.box(g2, cartouche, vp.width()));
        }
        ctx.labels().addObstacle(new Rectangle2D.Double(0, vp.height() - 40, 220, 40));
      }
      ctx.labels().addObstacle(new Rectangle2D.Double(vp.width() - 270, vp.height() - 20, 270, 20));
      obstacles.forEach(ctx.labels()::addObstacle);
      ctx.labels().placeAndDraw(g2);
      if (options.decorations()) {
        if (legend != null) {
          Legend.paint(g2, atlas, options, interactive, vp.height() * LEGEND_HEIGHT);
        }
        if (cartouche != null) {
          Cartouche.paint(g2, cartouche, vp.width());
        }
        ScaleBar.paint(g2, vp, atlas.projection());
      }
      Attribution.paint(g2, vp); // always: the data licences ask for it
      return ctx.labels().placed();
    } finally {
      g2.dispose();
    }
  }

  /** Antialiased, quality rendering with fractional font metrics ({@link RenderQuality}). */
  public static void hints(Graphics2D g) {
    RenderQuality.hints(g);
  }

  /**
   * Renders into a new image of {@code scale} device pixels per logical pixel (1 for a plain PNG, 2
   * for a HiDPI one): the image is {@code ceil(width * scale) × ceil(height * scale)} pixels.
   *
   * @param scale device pixels per logical pixel, in (0, 8]
   */
  public static BufferedImage renderImage(
      ProjectedAtlas atlas, Viewport vp, RenderOptions options, double scale) {
    return renderImage(atlas, vp, options, scale, false, List.of());
  }

  /**
   * As {@link #renderImage(ProjectedAtlas, Viewport, RenderOptions, double)}; {@code interactive}
   * and {@code obstacles} as in {@link #render(Graphics2D, ProjectedAtlas, Viewport, RenderOptions,
   * boolean, List)}.
   */
  public static BufferedImage renderImage(
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double scale,
      boolean interactive,
      List<Rectangle2D> obstacles) {
    return renderImage(atlas, vp, options, scale, interactive, obstacles, null);
  }

  /** As the method above, drawing added layers from {@code tiles} where it can (null: vectors). */
  public static BufferedImage renderImage(
      ProjectedAtlas atlas,
      Viewport vp,
      RenderOptions options,
      double scale,
      boolean interactive,
      List<Rectangle2D> obstacles,
      LayerTiles tiles) {
    if (!(scale > 0 && scale <= 8)) {
      throw new IllegalArgumentException("scale must lie in (0, 8], was " + scale);
    }
    int w = (int) Math.ceil(vp.width() * scale);
    int h = (int) Math.ceil(vp.height() * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      render(g, atlas, vp, options, interactive, obstacles, tiles);
    } finally {
      g.dispose();
    }
    return img;
  }
}
