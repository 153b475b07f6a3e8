package io.github.borderatlas.viewer.layerlist;

import java.util.Objects;
import java.util.Optional;

/**
 * One layer of the map's {@link LayerList}. Immutable and thread-safe; the {@code with…} methods
 * return copies.
 *
 * @param id unique within its list (e.g. {@code atlas.rivers}, {@code file.3})
 * @param title the name shown in the layer list and legend
 * @param source what it draws
 * @param visible whether it is drawn
 * @param opacity 0 (transparent) to 1 (opaque), applied to everything the layer draws
 * @param style how an added layer is drawn; {@code null} for the atlas' layers, which keep their
 *     designed symbols
 */
public record LayerEntry(
    String id,
    String title,
    LayerSource source,
    boolean visible,
    double opacity,
    LayerStyle style) {

  /** Checks the values. */
  public LayerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("opacity must lie in [0, 1]: " + opacity);
    }
    if (source instanceof LayerSource.File && style == null) {
      throw new IllegalArgumentException("a file layer needs a style");
    }
  }

  /** An atlas layer, visible and opaque, with the id {@code atlas.KEY}. */
  public static LayerEntry atlas(BundledLayer layer) {
    return new LayerEntry(
        "atlas." + layer.key(), layer.label(), new LayerSource.Atlas(layer), true, 1.0, null);
  }

  /** The atlas layer this entry draws, if it is one. */
  public Optional<BundledLayer> bundled() {
    return source instanceof LayerSource.Atlas a ? Optional.of(a.layer()) : Optional.empty();
  }

  public LayerEntry withVisible(boolean on) {
    return new LayerEntry(id, title, source, on, opacity, style);
  }

  public LayerEntry withOpacity(double value) {
    return new LayerEntry(id, title, source, visible, value, style);
  }

  public LayerEntry withStyle(LayerStyle s) {
    return new LayerEntry(id, title, source, visible, opacity, s);
  }
}
