package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.Layer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The map's drawable layers, in drawing order (first drawn first, at the bottom). Each groups one
 * or more atlas {@link Layer}s; the layer list of the viewer toggles them.
 */
public enum MapLayer {
  COUNTRIES("Countries"),
  GRATICULE("Graticule"),
  LAKES("Lakes"),
  RIVERS("Rivers"),
  BORDER("Border"),
  DISPUTED("Disputed sectors"),
  PLACES("Places");

  private final String label;

  MapLayer(String label) {
    this.label = label;
  }

  /** The name shown in the layer list. */
  public String label() {
    return label;
  }

  /** Every layer: the default visibility. */
  public static Set<MapLayer> all() {
    return EnumSet.allOf(MapLayer.class);
  }

  /** The map layer that draws features of an atlas layer; empty for timeline events. */
  public static Optional<MapLayer> of(Layer layer) {
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
