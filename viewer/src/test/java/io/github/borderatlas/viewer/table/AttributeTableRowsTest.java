package io.github.borderatlas.viewer.table;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.viewer.ComponentFinder;
import io.github.borderatlas.viewer.TestAtlas;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Selecting rows by position, as the map does for an added layer's table (issue 9 §2): quietly (the
 * listeners hear only the user), filtered rows left out, and several rows kept when the proximity
 * columns arrive. No window: the panel is used on the event thread without being shown. The four
 * features are {@link FeatureTableModelTest#features()}.
 */
class AttributeTableRowsTest {

  @Test
  void selectRows_selectsByModelRow_quietly_andSurvivesTheProximityColumns() throws Exception {
    List<List<GeoJsonFeature>> told = new CopyOnWriteArrayList<>();
    AttributeTablePanel panel =
        onEdt(
            () -> {
              AttributeTablePanel p =
                  new AttributeTablePanel("Test points", FeatureTableModelTest.features());
              p.addSelectionListener(told::add);
              return p;
            });
    onEdt(() -> panel.selectRows(List.of(2, 0)));
    assertThat(onEdt(panel::selectedRows)).containsExactly(0, 2);
    assertThat(told).isEmpty(); // following the map does not echo back
    onEdt(() -> panel.selectRows(List.of(0, 2, 99))); // the same rows (and one not there)
    assertThat(onEdt(panel::selectedRows)).containsExactly(0, 2);

    // the user's own choice is told
    onEdt(() -> panel.table().setRowSelectionInterval(1, 2));
    assertThat(told).last().extracting(List::size).isEqualTo(2);
    onEdt(() -> panel.selectRows(List.of(0, 2)));

    // several selected rows survive the proximity columns, without telling the listeners
    int before = told.size();
    onEdt(() -> panel.computeProximity(() -> BorderProximity.of(TestAtlas.atlas()), Runnable::run))
        .get(30, TimeUnit.SECONDS);
    assertThat(onEdt(() -> panel.model().hasProximity())).isTrue();
    assertThat(onEdt(panel::selectedRows)).containsExactly(0, 2);
    assertThat(told).hasSize(before);

    // a filter hides row 2: only row 0 can be selected
    onEdt(
        () ->
            ComponentFinder.find(panel, "table.filter", javax.swing.JTextField.class)
                .setText("Alm"));
    onEdt(() -> panel.selectRows(List.of(0, 2)));
    assertThat(onEdt(panel::selectedRows)).containsExactly(0);
    onEdt(() -> panel.selectRows(List.of()));
    assertThat(onEdt(panel::selectedRows)).isEmpty();
  }
}
