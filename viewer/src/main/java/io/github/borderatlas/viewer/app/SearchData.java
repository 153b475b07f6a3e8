package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.map.AddedFeature;
import io.github.borderatlas.viewer.search.SearchHit;
import io.github.borderatlas.viewer.search.SearchIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the search box searches: the atlas' names and every attribute of the layers the user added
 * ({@link SearchIndex}), and for the hits of added layers the map feature they stand for, so that
 * choosing one selects it on the map as identify does. A hit is matched by its layer's title and
 * its id ({@link BorderProximity#idOf}: GeoJSON id, {@code id} property or row number); of two
 * features with the same title and id, the first. Immutable and thread-safe.
 *
 * @param index the search index
 * @param added the added features by layer title and id
 */
record SearchData(SearchIndex index, Map<String, AddedFeature> added) {

  SearchData {
    added = Map.copyOf(added);
  }

  /** Builds the index and the lookup (model work: off the event dispatch thread). */
  static SearchData build(Atlas atlas, List<LayerEntry> layers, MapProjection projection) {
    SearchIndex.Builder b = SearchIndex.builder().addAtlas(atlas);
    Map<String, AddedFeature> added = new HashMap<>();
    for (LayerEntry e : layers) {
      if (e.source() instanceof LayerSource.File f) {
        List<GeoJsonFeature> features = FileLayerFeatures.envelopes(f.features(), projection);
        b.addFeatures(e.title(), features);
        for (int i = 0; i < features.size(); i++) {
          added.putIfAbsent(
              key(e.title(), BorderProximity.idOf(features.get(i), i + 1L)),
              new AddedFeature(e.id(), e.title(), f.features(), i));
        }
      }
    }
    return new SearchData(b.build(), added);
  }

  /** The feature of an added layer a hit stands for; empty for an atlas feature. */
  Optional<AddedFeature> addedFeature(SearchHit hit) {
    return Optional.ofNullable(added.get(key(hit.layer(), hit.id())));
  }

  private static String key(String layerTitle, String id) {
    return layerTitle + '\u0000' + id;
  }
}
