package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.atlas.AtlasSchema;
import io.github.borderatlas.core.model.Layer;
import java.util.List;
import java.util.Set;
import mil.nga.geopackage.db.GeoPackageDataType;

/**
 * The tables of an atlas GeoPackage ({@code docs/geopackage-schema} in the README): one feature
 * table per layer, named by the layer id with {@code _} for {@code -} ({@code border_segment}),
 * whose columns are the layer's GeoJSON properties ({@link AtlasSchema}) in the same order; the
 * attribute tables {@value #TIMELINE}, {@value #FIGURES} and {@value #SOURCES}. Column types:
 * lengths and accuracies in metres REAL, {@code transboundary} BOOLEAN, everything else TEXT: dates
 * as ISO text at their precision ({@code 1998}, {@code 1998-07}, {@code 1998-07-04}), enums in
 * their GeoJSON spelling, lists and figure objects as JSON text. Stateless.
 */
final class AtlasTables {

  /** The primary key of every table. */
  static final String KEY = "fid";

  /** The geometry column of every feature table. */
  static final String GEOMETRY = "geom";

  /** Every timeline entry, with or without a place (the event feature table has those with). */
  static final String TIMELINE = "timeline";

  /** Every figure: atlas-wide ones with a NULL {@code feature_id}, then each feature's. */
  static final String FIGURES = "figures";

  /** Every distinct source and licence of the features written, with how many features. */
  static final String SOURCES = "sources";

  /** The columns of {@value #FIGURES}, in order. */
  static final List<String> FIGURE_COLUMNS =
      List.of("feature_id", "quantity", "value", "unit", "source", "confidence", "note");

  private static final Set<String> REAL =
      Set.of("start_chainage_m", "end_chainage_m", "accuracy_m", "value");

  private AtlasTables() {}

  /** {@code "border_segment"} for {@link Layer#BORDER_SEGMENT}. */
  static String table(Layer layer) {
    return layer.id().replace('-', '_');
  }

  /** The layer a table name stands for, or {@code null}. */
  static Layer layer(String table) {
    for (Layer l : Layer.values()) {
      if (table(l).equals(table)) {
        return l;
      }
    }
    return null;
  }

  /** The column type of an atlas property. */
  static GeoPackageDataType type(String property) {
    if (REAL.contains(property)) {
      return GeoPackageDataType.REAL;
    }
    if (property.equals("transboundary")) {
      return GeoPackageDataType.BOOLEAN;
    }
    if (property.equals("features")) {
      return GeoPackageDataType.INTEGER;
    }
    return GeoPackageDataType.TEXT;
  }
}
