package io.github.borderatlas.viewer.table;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.proximity.BorderMeasure;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.proximity.FeatureProximity;
import io.github.borderatlas.core.proximity.NearestCrossing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.swing.table.AbstractTableModel;

/**
 * The rows and columns of an attribute table: one row per feature, the columns "id" (the GeoJSON
 * id, else the {@code id} property, else the 1-based row number: {@link BorderProximity#idOf}) and
 * every property key in the order first met, then, once {@link #setProximity} has been given the
 * measurements, "side", "border km" (geodesic distance to the border line, kilometres), "nearest
 * crossing" and "crossing km". A column whose values are all numbers has class {@link Double} so
 * that it sorts by value; lists and objects are shown as compact text.
 *
 * <p>Not thread-safe: a Swing model, used on the event dispatch thread.
 */
public final class FeatureTableModel extends AbstractTableModel {

  private static final long serialVersionUID = 1L;

  /** The proximity columns, after the attributes. */
  static final List<String> PROXIMITY_COLUMNS =
      List.of("side", "border km", "nearest crossing", "crossing km");

  private final transient List<GeoJsonFeature> features;
  private final List<String> ids = new ArrayList<>();
  private final List<String> keys;
  private final boolean[] numeric;
  private transient List<FeatureProximity> proximity;

  /** A model of the features, in their order. */
  public FeatureTableModel(List<GeoJsonFeature> features) {
    this.features = List.copyOf(features);
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < this.features.size(); i++) {
      GeoJsonFeature f = this.features.get(i);
      ids.add(BorderProximity.idOf(f, i + 1L));
      seen.addAll(f.properties().keySet());
    }
    keys = List.copyOf(seen);
    numeric = new boolean[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      boolean allNumbers = true;
      boolean any = false;
      for (GeoJsonFeature f : this.features) {
        Object v = f.properties().get(keys.get(k));
        if (v != null) {
          any = true;
          allNumbers &= v instanceof Number;
        }
      }
      numeric[k] = any && allNumbers;
    }
  }

  /**
   * Adds the proximity columns, one measurement per feature in the same order (computed off the
   * event thread beforehand).
   *
   * @throws IllegalArgumentException when the list's size is not the number of rows
   */
  public void setProximity(List<FeatureProximity> measured) {
    if (measured.size() != features.size()) {
      throw new IllegalArgumentException(
          "need " + features.size() + " measurements, got " + measured.size());
    }
    proximity = List.copyOf(measured);
    fireTableStructureChanged();
  }

  /** Whether the proximity columns are there. */
  public boolean hasProximity() {
    return proximity != null;
  }

  /** The feature of a model row. */
  public GeoJsonFeature feature(int row) {
    return features.get(row);
  }

  /** All features, in row order. */
  public List<GeoJsonFeature> features() {
    return features;
  }

  /** The id shown for a model row. */
  public String id(int row) {
    return ids.get(row);
  }

  /** The model row of an id, or -1. */
  public int rowOf(String id) {
    return ids.indexOf(Objects.requireNonNull(id, "id"));
  }

  /** The measurement of a model row, when the proximity columns are there. */
  public Optional<FeatureProximity> proximity(int row) {
    return proximity == null ? Optional.empty() : Optional.of(proximity.get(row));
  }

  @Override
  public int getRowCount() {
    return features.size();
  }

  @Override
  public int getColumnCount() {
    return 1 + keys.size() + (proximity == null ? 0 : PROXIMITY_COLUMNS.size());
  }

  @Override
  public String getColumnName(int column) {
    if (column == 0) {
      return "id";
    }
    if (column <= keys.size()) {
      return keys.get(column - 1);
    }
    return PROXIMITY_COLUMNS.get(column - 1 - keys.size());
  }

  @Override
  public Class<?> getColumnClass(int column) {
    if (column > 0 && column <= keys.size()) {
      return numeric[column - 1] ? Double.class : String.class;
    }
    int p = column - 1 - keys.size();
    return p == 1 || p == 3 ? Double.class : String.class;
  }

  @Override
  public Object getValueAt(int row, int column) {
    if (column == 0) {
      return ids.get(row);
    }
    if (column <= keys.size()) {
      Object v = features.get(row).properties().get(keys.get(column - 1));
      if (v == null) {
        return null;
      }
      return numeric[column - 1] ? (Object) ((Number) v).doubleValue() : text(v);
    }
    FeatureProximity p = proximity.get(row);
    Optional<BorderMeasure> m = p.measure();
    Optional<NearestCrossing> n = m.flatMap(BorderMeasure::nearestCrossing);
    return switch (column - 1 - keys.size()) {
      case 0 -> p.side().words();
      case 1 -> m.map(x -> x.distanceMetres() / 1000).orElse(null);
      case 2 -> n.map(NearestCrossing::name).orElse(null);
      default -> n.map(x -> x.distanceMetres() / 1000).orElse(null);
    };
  }

  /** A property value as text: scalars as themselves, lists and objects compactly. */
  static String text(Object v) {
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(x -> parts.add(x == null ? "null" : text(x)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, x) -> parts.add(k + ": " + (x == null ? "null" : text(x))));
      return "{" + String.join(", ", parts) + "}";
    }
    return String.valueOf(v);
  }
}
