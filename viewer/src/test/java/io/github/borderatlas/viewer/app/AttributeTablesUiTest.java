package io.github.borderatlas.viewer.app;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.ComponentFinder;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.table.AttributeTablePanel;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.junit.jupiter.api.Test;

/**
 * View &gt; Attribute table on the {@link TestAtlas}: the places' table follows the map's selection
 * and selects on the map, and "Zoom to selection" shows the chosen place.
 */
@WindowTest
class AttributeTablesUiTest extends ShownFrameTest {

  @Test
  void placesTable_selectsBothWays_andZoomsToTheSelection() throws Exception {
    assertThat(onEdt(() -> menuTexts())).contains("Attribute table");
    JDialog window = frame.attributeTables().open(Layer.PLACE).get(30, TimeUnit.SECONDS);
    settle(robot);
    AttributeTablePanel panel = (AttributeTablePanel) window.getContentPane().getComponent(0);
    assertThat(onEdt(() -> panel.model().getRowCount()))
        .isEqualTo(TestAtlas.atlas().places().size());

    int row = onEdt(() -> panel.table().convertRowIndexToView(panel.model().rowOf("city.almaty")));
    onEdt(() -> panel.table().setRowSelectionInterval(row, row));
    assertThat(onEdt(() -> frame.mapView().selected().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("city.almaty");
    assertThat(onEdt(() -> frame.details().feature().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("city.almaty");

    onEdt(() -> frame.mapView().select("crossing.khorgos"));
    assertThat(onEdt(() -> panel.selectedFeatures()))
        .extracting(GeoJsonFeature::id)
        .containsExactly("crossing.khorgos");

    Viewport before = onEdt(() -> frame.mapView().viewport());
    onEdt(() -> ComponentFinder.find(panel, "table.zoom", javax.swing.JButton.class).doClick());
    Viewport after = onEdt(() -> frame.mapView().viewport());
    assertThat(after.metresPerPixel()).isLessThan(before.metresPerPixel());
    double[] khorgos = new double[2];
    frame.mapView().projectedAtlas().projection().project(80.35, 44.05, khorgos); // TestAtlas
    assertThat(after.worldBounds().contains(khorgos[0], khorgos[1])).isTrue();
    // a point is shown with its surroundings: at least MapFocus.MIN_SPAN_METRES across
    assertThat(Math.min(after.worldBounds().getWidth(), after.worldBounds().getHeight()))
        .isGreaterThanOrEqualTo(MapFocus.MIN_SPAN_METRES);

    // the proximity columns arrive from the worker
    for (int i = 0; i < 200 && !onEdt(() -> panel.model().hasProximity()); i++) {
      Thread.sleep(25);
    }
    assertThat(onEdt(() -> panel.model().hasProximity())).isTrue();
    onEdt(window::dispose);
  }

  private String menuTexts() {
    StringBuilder b = new StringBuilder();
    var view = frame.getJMenuBar().getMenu(1);
    for (int i = 0; i < view.getItemCount(); i++) {
      if (view.getItem(i) != null) {
        b.append(view.getItem(i).getText()).append('\n');
      }
    }
    return b.toString();
  }
}
