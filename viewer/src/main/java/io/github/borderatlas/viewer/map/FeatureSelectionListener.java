package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;

/**
 * Told when the user identifies a feature on the map (a click) or clears the selection. Called on
 * the Swing event dispatch thread. The details panel implements it to show all attributes, the
 * geodesic length or area and the sources of the feature.
 */
@FunctionalInterface
public interface FeatureSelectionListener {

  /**
   * The selected feature changed.
   *
   * @param feature the feature clicked, or {@code null} when the click hit nothing
   */
  void featureSelected(AtlasFeature feature);
}
