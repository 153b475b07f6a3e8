package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import java.util.Locale;
import java.util.Objects;

/**
 * A feature as the map shows it: one of the atlas ({@link OfAtlas}) or one of a layer the user
 * added ({@link AddedFeature}). What identify and hover find ({@link HitTester#hitAllLayers}) and
 * what the details panel lists. Immutable and thread-safe.
 */
public sealed interface MapFeature permits MapFeature.OfAtlas, AddedFeature {

  /** The name shown in lists and tooltips. */
  String name();

  /** The name of the layer it belongs to, in lower case for an atlas layer ("border segment"). */
  String layerTitle();

  /**
   * A feature of the atlas.
   *
   * @param feature the atlas feature
   */
  record OfAtlas(AtlasFeature feature) implements MapFeature {
    public OfAtlas {
      Objects.requireNonNull(feature, "feature");
    }

    @Override
    public String name() {
      return feature.name();
    }

    @Override
    public String layerTitle() {
      return feature.layer().id().replace('-', ' ').toLowerCase(Locale.ROOT);
    }
  }

  /** The atlas feature wrapped. */
  static MapFeature of(AtlasFeature feature) {
    return new OfAtlas(feature);
  }
}
