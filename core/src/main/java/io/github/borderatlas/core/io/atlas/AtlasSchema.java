package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.model.Layer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The property names of the atlas GeoJSON schema ({@code docs/geojson-schema.md}), in the order
 * they are written. The encoder writes a subset of these lists in this order (optional values left
 * out); the strict decoder rejects any other property. Immutable and thread-safe.
 */
public final class AtlasSchema {

  /** Properties every feature has, in order; {@code valid_from}/{@code valid_to} are optional. */
  public static final List<String> COMMON =
      List.of("id", "layer", "name", "source", "license", "valid_from", "valid_to");

  /**
   * An informative property an export adds to a place or country with dated names (see {@link
   * AtlasFeatureEncoder#encode(io.github.borderatlas.core.model.AtlasFeature, List)}); accepted by
   * every layer and ignored on reading (the names through time are read from their own file with
   * {@link DatedNamesJson}).
   */
  public static final String NAME_HISTORY = "name_history";

  private static final Map<Layer, List<String>> BY_LAYER = new EnumMap<>(Layer.class);

  static {
    put(Layer.BORDER);
    put(
        Layer.BORDER_SEGMENT,
        "kind",
        "waterbody",
        "start_chainage_m",
        "end_chainage_m",
        "evidence");
    put(Layer.RIVER, "name_kk", "name_zh", "name_ru", "outflow", "transboundary", "figures");
    put(Layer.LAKE, "name_kk", "name_zh", "name_ru", "figures");
    put(
        Layer.PLACE,
        "kind",
        "name_kk",
        "name_zh",
        "name_ru",
        "name_kz_side",
        "name_cn_side",
        "accuracy_m",
        "accuracy_basis",
        "opened",
        "note",
        "side");
    put(
        Layer.DISPUTED_SECTOR,
        "name_kk",
        "name_zh",
        "name_ru",
        "treaty_points",
        "settled_by",
        "figures",
        "accuracy_m",
        "accuracy_basis",
        "note");
    put(
        Layer.EVENT,
        "date",
        "date_precision",
        "kind",
        "summary",
        "place_name",
        "parties",
        "concerns",
        "side");
    put(Layer.COUNTRY, "iso_a3", "name_kk", "name_zh", "name_ru");
  }

  private AtlasSchema() {}

  private static void put(Layer layer, String... specific) {
    List<String> all = new ArrayList<>(COMMON);
    all.addAll(List.of(specific));
    all.add(NAME_HISTORY);
    BY_LAYER.put(layer, Collections.unmodifiableList(all));
  }

  /**
   * Every property a feature of the layer may have, common ones first, in the written order.
   *
   * @throws NullPointerException when {@code layer} is null
   */
  public static List<String> properties(Layer layer) {
    return BY_LAYER.get(layer);
  }
}
