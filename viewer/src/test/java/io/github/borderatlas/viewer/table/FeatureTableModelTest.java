package io.github.borderatlas.viewer.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.proximity.FeatureProximity;
import io.github.borderatlas.viewer.TestAtlas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableRowSorter;
import org.junit.jupiter.api.Test;

/**
 * The attribute table's model, sorting and filters without a window. Features: three points of the
 * {@link TestAtlas} region (Almaty's position in Kazakhstan, a point in China near the line, the
 * border vertex 80.45 44.6) and one without geometry.
 */
class FeatureTableModelTest {

  static List<GeoJsonFeature> features() {
    return List.of(
        feature("city.almaty", "Almaty", 2_000_000L, "POINT (76.95 43.25)"),
        feature(null, "Öskemen", 300_000L, "POINT (80.6 44.2)"),
        feature("vertex", "On the line", 0L, "POINT (80.45 44.6)"),
        new GeoJsonFeature(null, null, Map.of("name", "Ghost", "tags", List.of("a", "b"))));
  }

  static GeoJsonFeature feature(String id, String name, long population, String wkt) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("population", population);
    return new GeoJsonFeature(id, TestAtlas.wkt(wkt), p);
  }

  static List<FeatureProximity> measured(List<GeoJsonFeature> features) {
    BorderProximity p = BorderProximity.of(TestAtlas.atlas());
    List<FeatureProximity> out = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      out.add(p.measure(features.get(i), i + 1L));
    }
    return out;
  }

  @Test
  void columns_areTheIdThenEveryPropertyInOrderMet_numbersAsDoubles() {
    FeatureTableModel m = new FeatureTableModel(features());
    assertThat(m.getColumnCount()).isEqualTo(4);
    assertThat(List.of(m.getColumnName(0), m.getColumnName(1), m.getColumnName(2)))
        .containsExactly("id", "name", "population");
    assertThat(m.getColumnName(3)).isEqualTo("tags");
    assertThat(m.getColumnClass(2)).isEqualTo(Double.class);
    assertThat(m.getColumnClass(1)).isEqualTo(String.class);
    assertThat(m.getValueAt(1, 0)).isEqualTo("2"); // no id: its 1-based row number
    assertThat(m.getValueAt(3, 3)).isEqualTo("[a, b]");
    assertThat(m.getValueAt(3, 2)).isNull();
    assertThat(m.rowOf("vertex")).isEqualTo(2);
    assertThat(m.rowOf("nothing")).isEqualTo(-1);
  }

  @Test
  void sortingANumberColumn_sortsByValue() {
    FeatureTableModel m = new FeatureTableModel(features());
    TableRowSorter<FeatureTableModel> sorter = new TableRowSorter<>(m);
    sorter.setSortKeys(List.of(new RowSorter.SortKey(2, SortOrder.DESCENDING)));
    // 2,000,000 > 300,000 > 0 (as text "300000" would sort above "2000000")
    assertThat(m.id(sorter.convertRowIndexToModel(0))).isEqualTo("city.almaty");
    assertThat(m.id(sorter.convertRowIndexToModel(1))).isEqualTo("2");
  }

  @Test
  void textFilter_matchesAnyColumnIgnoringCaseAndAccents() {
    FeatureTableModel m = new FeatureTableModel(features());
    TableRowSorter<FeatureTableModel> sorter = new TableRowSorter<>(m);
    sorter.setRowFilter(new TableFilter("OSKEM", Double.NaN));
    assertThat(sorter.getViewRowCount()).isEqualTo(1);
    assertThat(m.id(sorter.convertRowIndexToModel(0))).isEqualTo("2");
    sorter.setRowFilter(new TableFilter("vert", Double.NaN)); // the id column
    assertThat(sorter.getViewRowCount()).isEqualTo(1);
    sorter.setRowFilter(new TableFilter("zzz", Double.NaN));
    assertThat(sorter.getViewRowCount()).isZero();
    assertThat(new TableFilter("  ", Double.NaN).keepsAll()).isTrue();
  }

  @Test
  void proximityColumns_andTheWithinFilter() {
    List<GeoJsonFeature> fs = features();
    FeatureTableModel m = new FeatureTableModel(fs);
    TableRowSorter<FeatureTableModel> sorter = new TableRowSorter<>(m);
    sorter.setRowFilter(new TableFilter("", 50));
    assertThat(sorter.getViewRowCount()).isZero(); // not measured yet: nothing is known close
    List<FeatureProximity> measured = measured(fs);
    m.setProximity(measured);
    assertThat(m.getColumnCount()).isEqualTo(8);
    assertThat(m.getColumnName(4)).isEqualTo("side");
    assertThat(m.getValueAt(0, 4)).isEqualTo("kazakhstan");
    assertThat(m.getValueAt(2, 5)).isEqualTo(0.0);
    assertThat(m.getValueAt(3, 4)).isEqualTo("no geometry");
    assertThat(m.getValueAt(3, 5)).isNull();
    double almatyKm = measured.get(0).measure().orElseThrow().distanceMetres() / 1000;
    assertThat(m.getValueAt(0, 5)).isEqualTo(almatyKm);
    assertThat(m.getValueAt(0, 6)).isEqualTo("Khorgos");
    sorter.setRowFilter(new TableFilter("", 50));
    // within 50 km: the vertex (0 km) and the Chinese point (80.6 44.2, some 12 km east of the
    // line); Almaty is hundreds of km away and the ghost has no geometry
    assertThat(sorter.getViewRowCount()).isEqualTo(2);
    sorter.setRowFilter(new TableFilter("china", 50));
    assertThat(sorter.getViewRowCount()).isEqualTo(1);
    assertThatThrownBy(() -> m.setProximity(measured.subList(0, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
