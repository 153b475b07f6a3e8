package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.core.model.Layer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The layers of the bundled atlas, in their default drawing order (first drawn first, at the
 * bottom). Each groups one or more atlas {@link Layer}s. In the viewer's {@link LayerList} they are
 * layers like any other (hidden, reordered, removed, made transparent); this enum names which part
 * of the atlas such a layer draws. (Before issue 9 this was {@code viewer.layerlist.BundledLayer}.)
 */
public enum BundledLayer {
  COUNTRIES("Countries"),
  GRATICULE("Graticule"),
  LAKES("Lakes"),
  RIVERS("Rivers"),
  BORDER("Border"),
  DISPUTED("Disputed sectors"),
  PLACES("Places");

  private final String label;

  BundledLayer(String label) {
    this.label = label;
  }

  /** The name shown in the layer list. */
  public String label() {
    return label;
  }

  /** The key of this layer in project files and layer ids: the name in lower case. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The layer of a {@link #key()}, or empty. */
  public static Optional<BundledLayer> byKey(String key) {
    for (BundledLayer l : values()) {
      if (l.key().equals(key)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Every bundled layer. */
  public static Set<BundledLayer> all() {
    return EnumSet.allOf(BundledLayer.class);
  }

  /** The map layer that draws features of an atlas layer; empty for timeline events. */
  public static Optional<BundledLayer> of(Layer layer) {
    return Optional.ofNullable(
        switch (layer) {
          case COUNTRY -> COUNTRIES;
          case LAKE -> LAKES;
          case RIVER -> RIVERS;
          case BORDER, BORDER_SEGMENT -> BORDER;
          case DISPUTED_SECTOR -> DISPUTED;
          case PLACE -> PLACES;
          case EVENT -> null;
        });
  }

  /** The atlas layers drawn by this map layer (none for the graticule). */
  public Set<Layer> atlasLayers() {
    return switch (this) {
      case COUNTRIES -> EnumSet.of(Layer.COUNTRY);
      case LAKES -> EnumSet.of(Layer.LAKE);
      case RIVERS -> EnumSet.of(Layer.RIVER);
      case BORDER -> EnumSet.of(Layer.BORDER, Layer.BORDER_SEGMENT);
      case DISPUTED -> EnumSet.of(Layer.DISPUTED_SECTOR);
      case PLACES -> EnumSet.of(Layer.PLACE);
      case GRATICULE -> EnumSet.noneOf(Layer.class);
    };
  }
}
