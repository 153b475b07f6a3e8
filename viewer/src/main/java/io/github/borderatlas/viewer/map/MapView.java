package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.LabelLanguage;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The interactive map component. Rendering runs off the event dispatch thread on one render thread
 * ({@link RenderScheduler}) into an image at the screen's device scale (HiDPI-crisp); until a new
 * image is ready the last one is shown moved and scaled to the current view, so panning and zooming
 * never flicker. Hover and selection outlines and {@link MapOverlay}s are drawn as vectors on top
 * at every repaint.
 *
 * <p>API used by the frame and the timeline (all on the EDT): {@link #setDate(LocalDate)}, {@link
 * #highlight(Set)}, {@link #select(String)}, {@link #selectAdded} (features of added layers),
 * {@link #layerList()}, {@link #fitToData()}, {@link #zoomAt}, {@link #panBy}, {@link
 * #addFeatureSelectionListener}, {@link #addViewListener}. Mouse and keys are handled by {@code
 * viewer.tools.MapInteraction}.
 *
 * <p>Not thread-safe: like every Swing component, use it on the EDT.
 */
public class MapView extends JComponent {

  private static final long serialVersionUID = 1L;

  /** Pixels kept free around the data by {@link #fitToData()}. */
  public static final int FIT_MARGIN_PX = 24;

  private transient ProjectedAtlas atlas;
  private Viewport viewport;
  private RenderOptions options = RenderOptions.DEFAULT;
  private transient MapFeature hovered;
  private final transient AddedSelection addedSelection = new AddedSelection(this::repaint);
  private final transient List<FeatureSelectionListener> selectionListeners =
      new CopyOnWriteArrayList<>();
  private final transient List<Consumer<Viewport>> viewListeners = new CopyOnWriteArrayList<>();
  private final transient List<MapOverlay> overlays = new CopyOnWriteArrayList<>();
  private final transient RenderScheduler scheduler = new RenderScheduler(this::imageReady);
  private final transient LayerList layers = new LayerList();
  private transient BufferedImage image;
  private Viewport imageViewport;
  private double imageScale = 1;

  /** A map showing {@code atlas} in the region's projection. */
  public MapView(Atlas atlas) {
    this(new ProjectedAtlas(atlas, RegionMapProjection.REGION));
  }

  /** A map showing an already projected atlas. */
  public MapView(ProjectedAtlas atlas) {
    this.atlas = atlas;
    setOpaque(true);
    setFocusable(true);
    setPreferredSize(new Dimension(1000, 700));
    setToolTipText("");
    layers.addListener(
        snapshot -> {
          options = options.withLayers(snapshot);
          changed(false);
          addedSelection.layersChanged(snapshot);
        });
    addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            sizeChanged();
          }
        });
  }

  /** The projected atlas shown. */
  public ProjectedAtlas projectedAtlas() {
    return atlas;
  }

  /** The atlas shown. */
  public Atlas atlas() {
    return atlas.atlas();
  }

  /** Shows another atlas, projected beforehand off the event thread, and fits the view to it. */
  public void setAtlas(ProjectedAtlas newAtlas) {
    this.atlas = java.util.Objects.requireNonNull(newAtlas, "newAtlas");
    this.hovered = null;
    fitToData();
  }

  /** The current view, or {@code null} before the component has a size. */
  public Viewport viewport() {
    return viewport;
  }

  /** The current render options (layers, date, highlights, selection). */
  public RenderOptions options() {
    return options;
  }

  /** Shows the given view (its size is replaced by the component's). */
  public void setViewport(Viewport vp) {
    int w = Math.max(1, getWidth());
    int h = Math.max(1, getHeight());
    viewport = vp.withSize(w, h);
    changed(true);
  }

  // ----- the date / highlight / selection API -----

  /**
   * Sets the map's date: features whose validity excludes it are drawn greyed; {@code null} shows
   * every feature as current.
   */
  public void setDate(LocalDate date) {
    options = options.withDate(date);
    changed(false);
  }

  /** The map's date, if set. */
  public Optional<LocalDate> date() {
    return options.optionalDate();
  }

  /** Highlights the features with these ids (e.g. what a treaty concerns); empty clears. */
  public void highlight(Set<String> ids) {
    options = options.withHighlighted(ids);
    changed(false);
  }

  /**
   * Selects the feature with this id (or clears the selection for {@code null}), clearing any
   * {@linkplain #selectAdded added selection}, and tells the selection listeners.
   */
  public void select(String id) {
    AtlasFeature f = id == null ? null : atlas.atlas().find(id).orElse(null);
    if (!addedSelection.features().isEmpty()) {
      addedSelection.set(List.of());
    }
    selectAtlas(f);
  }

  private void selectAtlas(AtlasFeature f) {
    options = options.withSelected(f == null ? null : f.id());
    changed(false);
    for (FeatureSelectionListener l : selectionListeners) {
      l.featureSelected(f);
    }
  }

  /** The selected feature, if any. */
  public Optional<AtlasFeature> selected() {
    return options.selectedId() == null
        ? Optional.empty()
        : atlas.atlas().find(options.selectedId());
  }

  /**
   * Selects features of added layers (all outlined; empty clears), clearing the atlas selection:
   * the selection listeners are told {@code null} if an atlas feature was selected (when {@link
   * #addedSelection()} already holds the new features), then the added selection's listeners.
   */
  public void selectAdded(List<AddedFeature> features) {
    addedSelection.quietlySet(features);
    if (options.selectedId() != null) {
      selectAtlas(null);
    }
    addedSelection.set(features);
  }

  /** Selects one feature of the atlas or of an added layer ({@code null} clears everything). */
  public void choose(MapFeature f) {
    if (f instanceof AddedFeature a) {
      selectAdded(List.of(a));
    } else {
      select(f instanceof MapFeature.OfAtlas o ? o.feature().id() : null);
    }
  }

  /** The selection among the features of added layers, and its listeners. */
  public AddedSelection addedSelection() {
    return addedSelection;
  }

  /**
   * The map's layers (atlas layers and added files): change it on the event dispatch thread, and
   * the map redraws.
   */
  public LayerList layerList() {
    return layers;
  }

  /** Shows or hides an atlas layer (through the {@link #layerList()}). */
  public void setLayerVisible(BundledLayer layer, boolean visible) {
    layers.setVisible(layer, visible);
  }

  public boolean isLayerVisible(BundledLayer layer) {
    return options.isVisible(layer);
  }

  /** Chooses the language of the labels and redraws. Event dispatch thread. */
  public void setLabelLanguage(LabelLanguage language) {
    options = options.withLanguage(language);
    changed(false);
  }

  /** Shows or hides the legend, scale bar and attribution drawn on the map. */
  public void setDecorations(boolean on) {
    options = options.withDecorations(on);
    changed(false);
  }

  public void addFeatureSelectionListener(FeatureSelectionListener l) {
    selectionListeners.add(l);
  }

  public void removeFeatureSelectionListener(FeatureSelectionListener l) {
    selectionListeners.remove(l);
  }

  /** Told of every new view (pan, zoom, resize). */
  public void addViewListener(Consumer<Viewport> l) {
    viewListeners.add(l);
  }

  public void addOverlay(MapOverlay overlay) {
    overlays.add(overlay);
    repaint();
  }

  public void removeOverlay(MapOverlay overlay) {
    overlays.remove(overlay);
    repaint();
  }

  // ----- navigation -----

  /** Fits the view to the atlas' subject (border, rivers, lakes, sectors). */
  public void fitToData() {
    int w = Math.max(1, getWidth());
    int h = Math.max(1, getHeight());
    viewport = Viewport.fit(atlas.dataExtent(), w, h, FIT_MARGIN_PX);
    changed(true);
  }

  /** Zooms by {@code factor} (> 1 in) keeping the point under (x, y) in place. */
  public void zoomAt(double factor, double x, double y) {
    if (viewport == null) {
      return;
    }
    viewport = viewport.zoomAt(factor, x, y);
    changed(true);
  }

  /** Zooms about the centre of the view. */
  public void zoomBy(double factor) {
    zoomAt(factor, getWidth() / 2.0, getHeight() / 2.0);
  }

  /** Moves the content by a drag of (dx, dy) pixels. */
  public void panBy(double dx, double dy) {
    if (viewport == null) {
      return;
    }
    viewport = viewport.panBy(dx, dy);
    changed(true);
  }

  /** The WGS84 {lon, lat} under a component point, or {@code null} before the first layout. */
  public double[] lonLatAt(double x, double y) {
    if (viewport == null) {
      return null;
    }
    double[] out = new double[2];
    atlas.projection().inverse(viewport.worldX(x), viewport.worldY(y), out);
    return out;
  }

  /** The topmost feature under a component point, atlas or added, if any. */
  public Optional<MapFeature> featureAt(double x, double y) {
    if (viewport == null) {
      return Optional.empty();
    }
    return HitTester.hitTop(atlas, viewport, options, x, y);
  }

  /** Every feature under a component point, topmost first ({@link HitTester#hitAllLayers}). */
  public List<MapFeature> featuresAt(double x, double y) {
    if (viewport == null) {
      return List.of();
    }
    return HitTester.hitAllLayers(atlas, viewport, options, x, y);
  }

  /** Sets the hovered feature (outlined, shown in the tooltip); {@code null} clears. */
  public void setHovered(MapFeature f) {
    if (!java.util.Objects.equals(f, hovered)) {
      hovered = f;
      repaint();
    }
  }

  public Optional<MapFeature> hovered() {
    return Optional.ofNullable(hovered);
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    return hovered == null ? null : Tooltips.text(hovered);
  }

  /**
   * The current view, captured for drawing off the event dispatch thread ({@link
   * MapSnapshot#render}); before the component has a size, the data fitted into 1000 x 700 pixels.
   * Event dispatch thread.
   */
  public MapSnapshot snapshot() {
    Viewport vp = viewport != null ? viewport : Viewport.fit(atlas.dataExtent(), 1000, 700, 24);
    return new MapSnapshot(atlas, vp, options);
  }

  /** True while a render is queued or running (for tests and the status bar). */
  public boolean isRendering() {
    return scheduler.isBusy();
  }

  /**
   * Tells the map its overlays changed: they are repainted, and the map is drawn again with its
   * labels clear of the overlays' new {@linkplain MapOverlay#labelObstacles text boxes}.
   */
  public void overlaysChanged() {
    changed(false);
  }

  /** Stops the render thread; the component is unusable afterwards. */
  public void dispose() {
    scheduler.shutdown();
  }

  // ----- rendering -----

  private void sizeChanged() {
    if (getWidth() < 1 || getHeight() < 1) {
      return;
    }
    if (viewport == null) {
      fitToData();
    } else {
      viewport = viewport.withSize(getWidth(), getHeight());
      changed(true);
    }
  }

  private void changed(boolean viewChanged) {
    if (viewport == null) {
      return;
    }
    List<Rectangle2D> obstacles = new ArrayList<>();
    for (MapOverlay o : overlays) {
      obstacles.addAll(o.labelObstacles(viewport, atlas.projection()));
    }
    scheduler.request(atlas, viewport, options, deviceScale(), obstacles);
    repaint();
    if (viewChanged) {
      for (Consumer<Viewport> l : viewListeners) {
        l.accept(viewport);
      }
    }
  }

  private double deviceScale() {
    var gc = getGraphicsConfiguration();
    if (gc == null) {
      return 1;
    }
    AffineTransform t = gc.getDefaultTransform();
    return Math.max(1, t.getScaleX());
  }

  private void imageReady(RenderScheduler.Result r) {
    image = r.image();
    imageViewport = r.viewport();
    imageScale = r.scale();
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setColor(Palette.PAPER);
      g2.fillRect(0, 0, getWidth(), getHeight());
      if (viewport == null) {
        return;
      }
      if (image != null && imageViewport != null) {
        Graphics2D gi = (Graphics2D) g2.create();
        gi.transform(viewport.transformFrom(imageViewport));
        gi.scale(1 / imageScale, 1 / imageScale);
        gi.setRenderingHint(
            java.awt.RenderingHints.KEY_INTERPOLATION,
            java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gi.drawImage(image, 0, 0, null);
        gi.dispose();
      }
      MapRenderer.hints(g2);
      if (hovered != null) {
        Outlines.draw(g2, atlas, viewport, hovered, Palette.HOVER, Palette.HOVER_STROKE, false);
      }
      Outlines.selection(g2, atlas, viewport, selected(), addedSelection.shownIn(options.layers()));
      for (MapOverlay o : overlays) {
        Graphics2D go = (Graphics2D) g2.create();
        o.paint(go, viewport, atlas.projection());
        go.dispose();
      }
    } finally {
      g2.dispose();
    }
  }
}
