package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A feature of a layer the user added: which layer (its id in the {@link
 * io.github.borderatlas.viewer.layerlist.LayerList} and its title), the layer's projected features
 * and the feature's position among them (the row of the layer's attribute table, which lists the
 * file's features in the same order). Two are equal when they name the same position of the same
 * loaded layer. Immutable and thread-safe.
 *
 * @param layerId the layer's id, e.g. {@code file.2}
 * @param layerTitle the layer's title, e.g. the file name
 * @param layer the layer's features as loaded (compared by identity)
 * @param index the feature's position in {@code layer.features()}, from 0
 */
public record AddedFeature(String layerId, String layerTitle, ProjectedFeatures layer, int index)
    implements MapFeature {

  /** Property keys tried, in this order, for a feature's name (case ignored). */
  private static final List<String> NAME_KEYS = List.of("name", "name_en", "title", "label");

  /** Checks the values. */
  public AddedFeature {
    Objects.requireNonNull(layerId, "layerId");
    Objects.requireNonNull(layerTitle, "layerTitle");
    Objects.requireNonNull(layer, "layer");
    Objects.checkIndex(index, layer.features().size());
  }

  /** The feature: its id, properties and projected shape. */
  public ProjectedFeatures.Feature feature() {
    return layer.features().get(index);
  }

  /**
   * Its name: the first non-blank of the properties {@code name}, {@code name_en}, {@code title},
   * {@code label} (any case), else of any property whose key contains "name", else its id, else
   * "feature N" (N from 1).
   */
  @Override
  public String name() {
    Map<String, Object> properties = feature().properties();
    for (String wanted : NAME_KEYS) {
      for (Map.Entry<String, Object> e : properties.entrySet()) {
        if (e.getKey().equalsIgnoreCase(wanted) && !String.valueOf(e.getValue()).isBlank()) {
          return String.valueOf(e.getValue()).strip();
        }
      }
    }
    for (String key : attributeKeys()) {
      Object v = properties.get(key);
      if (isNameKey(key) && !String.valueOf(v).isBlank()) {
        return String.valueOf(v).strip();
      }
    }
    String id = feature().id();
    return id != null && !id.isBlank() ? id : "feature " + (index + 1);
  }

  /**
   * The property keys in the order the details show them: keys that hold names (containing "name",
   * "title" or "label") first, then the rest, each group alphabetically (case ignored).
   */
  public List<String> attributeKeys() {
    List<String> keys = new ArrayList<>(feature().properties().keySet());
    keys.sort(
        Comparator.comparing((String k) -> !isNameKey(k))
            .thenComparing(k -> k.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder()));
    return keys;
  }

  private static boolean isNameKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("name") || k.contains("title") || k.contains("label");
  }
}
