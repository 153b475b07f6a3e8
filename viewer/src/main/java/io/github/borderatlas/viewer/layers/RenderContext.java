package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ScreenShapes;
import io.github.borderatlas.viewer.draw.Viewport;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything a {@link LayerPainter} needs for one render: the graphics (user space in logical
 * pixels; a HiDPI device scale may sit in its transform), the viewport, the projected atlas, the
 * options and the shared label layout. Not thread-safe: one per render.
 */
public final class RenderContext {

  private final Graphics2D g;
  private final Viewport viewport;
  private final ProjectedAtlas atlas;
  private final RenderOptions options;
  private final LabelLayout labels;
  private final Envelope clip;

  public RenderContext(
      Graphics2D g, Viewport viewport, ProjectedAtlas atlas, RenderOptions options) {
    this.g = g;
    this.viewport = viewport;
    this.atlas = atlas;
    this.options = options;
    this.labels = new LabelLayout(viewport.width(), viewport.height());
    this.clip = ScreenShapes.clipEnvelope(viewport);
  }

  public Graphics2D graphics() {
    return g;
  }

  public Viewport viewport() {
    return viewport;
  }

  public ProjectedAtlas atlas() {
    return atlas;
  }

  public RenderOptions options() {
    return options;
  }

  public LabelLayout labels() {
    return labels;
  }

  /** The feature's projected geometry at this view's level of detail, or {@code null}. */
  public Geometry geometry(AtlasFeature f) {
    return atlas.geometry(f, viewport.metresPerPixel());
  }

  /**
   * The feature's lines (or polygon rings) in screen space, culled to the view plus {@link
   * ScreenShapes#CLIP_MARGIN_PX}; from the atlas' cached chunks at this view's level of detail.
   */
  public Path2D.Double lines(AtlasFeature f) {
    return atlas.chunks(f, viewport.metresPerPixel()).lines(viewport, clip);
  }

  /**
   * The feature's polygons in screen space as an even-odd area, exact inside the view plus {@link
   * ScreenShapes#CLIP_MARGIN_PX}; from the atlas' cached chunks at this view's level of detail.
   */
  public Path2D.Double areas(AtlasFeature f) {
    return atlas.chunks(f, viewport.metresPerPixel()).areas(viewport, clip);
  }

  /**
   * True when the feature exists at the map's date by {@link Atlas#existsOn} (always true without a
   * date).
   */
  public boolean isCurrent(AtlasFeature f) {
    return options.date() == null || Atlas.existsOn(f, options.date());
  }

  /**
   * True when the map has a date and no source dates the feature's start: it is drawn with the
   * "date not known" mark ({@link DateUnknownMark}).
   */
  public boolean isDateUnknown(AtlasFeature f) {
    return options.date() != null && !f.validity().isStartKnown() && isCurrent(f);
  }

  /**
   * The name a label shows: the name the feature bore at the map's date ({@link Atlas#namesOn}),
   * else its current name, in the chosen {@link LabelLanguage} (English where that name is
   * missing).
   */
  public String labelName(AtlasFeature f) {
    return options
        .language()
        .pick(options.date() == null ? Atlas.namesOf(f) : atlas.atlas().namesOn(f, options.date()));
  }

  /** True when the feature is highlighted or selected. */
  public boolean isEmphasised(AtlasFeature f) {
    return options.highlighted().contains(f.id()) || f.id().equals(options.selectedId());
  }

  /** True when the feature's geometry reaches into the clipped view. */
  public boolean isInView(AtlasFeature f) {
    Geometry g = atlas.geometry(f);
    return g != null && clip.intersects(g.getEnvelopeInternal());
  }
}
