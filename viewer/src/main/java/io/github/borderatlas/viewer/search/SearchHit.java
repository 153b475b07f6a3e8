package io.github.borderatlas.viewer.search;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature found by {@link SearchIndex#search}. Immutable (the geometry must not be mutated).
 *
 * @param layer the name of the layer or list it is in (an atlas layer id such as {@code "place"},
 *     or the name given with a feature list)
 * @param id its id (atlas id, GeoJSON id, {@code id} property or 1-based index)
 * @param name its display name: the {@code name} property, else the id
 * @param field the property that matched, e.g. {@code "name_kk"}
 * @param value that property's text
 * @param geometry its lon/lat geometry, or {@code null}
 */
public record SearchHit(
    String layer, String id, String name, String field, String value, @Nullable Geometry geometry) {

  /** "Khorgos (place)", or "Қорғас — name_kk: Khorgos (place)" when another field matched. */
  public String label() {
    return field.equals("name")
        ? name + " (" + layer + ")"
        : value + " — " + field + ": " + name + " (" + layer + ")";
  }
}
