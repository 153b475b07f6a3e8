package io.github.borderatlas.viewer.app;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.ComponentFinder;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.map.AddedFeature;
import io.github.borderatlas.viewer.map.MapFeature;
import io.github.borderatlas.viewer.table.AttributeTablePanel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layer the user added, in the viewer window on the {@link TestAtlas} (issue 9 §2): a click
 * inside one of its polygons identifies it (listed first, shown in the details) and selects its row
 * in the layer's open attribute table; choosing rows in that table selects those features on the
 * map; an atlas selection clears the rows. The two squares are made up: A 78..79 E, B 76..77 E,
 * both 45..46 N (in the test atlas' Kazakhstan).
 */
@WindowTest
class AddedLayerSelectionUiTest extends ShownFrameTest {

  private static final String SQUARES =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"properties\":{\"code\":\"A-1\",\"name\":\"Square A\"},"
          + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[78,45],[79,45],[79,46],[78,46],[78,45]]]}},"
          + "{\"type\":\"Feature\",\"properties\":{\"code\":\"B-2\",\"name\":\"Square B\"},"
          + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
          + "[[[76,45],[77,45],[77,46],[76,46],[76,45]]]}}]}";

  @TempDir Path dir;

  private void clickAt(double lon, double lat) {
    onEdt(
        () -> {
          double[] xy = new double[2];
          frame.mapView().projectedAtlas().projection().project(lon, lat, xy);
          var vp = frame.mapView().viewport();
          frame.interaction().click(vp.screenX(xy[0]), vp.screenY(xy[1]), 1);
        });
  }

  @Test
  void identifyOnTheMap_andRowsOfTheTable_selectEachOther() throws Exception {
    Path file = LayerFixtures.write(dir, "squares.geojson", SQUARES);
    onEdt(() -> frame.openFiles(List.of(file))).get(30, TimeUnit.SECONDS);
    LayerEntry layer =
        onEdt(() -> frame.mapView().layerList().snapshot()).stream()
            .filter(e -> e.title().equals("squares.geojson"))
            .findFirst()
            .orElseThrow();
    JDialog window =
        frame
            .attributeTables()
            .openFile(layer, (LayerSource.File) layer.source())
            .get(30, TimeUnit.SECONDS);
    settle(robot);
    AttributeTablePanel panel = (AttributeTablePanel) window.getContentPane().getComponent(0);
    assertThat(onEdt(() -> panel.model().getRowCount())).isEqualTo(2);

    // identify: the square is listed above the atlas, shown, selected on the map and in the table
    clickAt(76.5, 45.5);
    List<String> ids =
        onEdt(() -> frame.details().candidates().stream().map(IdentifyListUiTest::id).toList());
    assertThat(ids).containsSubsequence(layer.id() + "#1", "country.KAZ");
    assertThat(ids.get(0)).isEqualTo(layer.id() + "#1");
    assertThat(onEdt(() -> frame.details().html())).contains("Square B").contains("B-2");
    assertThat(onEdt(() -> frame.mapView().addedSelection().features()))
        .extracting(AddedFeature::index)
        .containsExactly(1);
    assertThat(onEdt(panel::selectedRows)).containsExactly(1);

    // the table: choosing rows selects (and outlines) those features on the map
    onEdt(() -> panel.table().setRowSelectionInterval(0, 1));
    assertThat(onEdt(() -> frame.mapView().addedSelection().features()))
        .extracting(AddedFeature::index)
        .containsExactlyInAnyOrder(0, 1);
    assertThat(onEdt(() -> frame.mapView().selected())).isEmpty();
    int rowA = onEdt(() -> panel.table().convertRowIndexToView(0));
    onEdt(() -> panel.table().setRowSelectionInterval(rowA, rowA));
    assertThat(onEdt(() -> frame.mapView().addedSelection().features()))
        .extracting(AddedFeature::name)
        .containsExactly("Square A");
    assertThat(onEdt(() -> frame.details().shown().map(MapFeature::name))).contains("Square A");

    // zoom to selection still shows the chosen square
    onEdt(() -> ComponentFinder.find(panel, "table.zoom", javax.swing.JButton.class).doClick());
    double[] a = new double[2];
    frame.mapView().projectedAtlas().projection().project(78.5, 45.5, a);
    assertThat(onEdt(() -> frame.mapView().viewport()).worldBounds().contains(a[0], a[1])).isTrue();

    // an atlas feature chosen on the map clears the layer's rows
    onEdt(() -> frame.mapView().select("country.KAZ"));
    assertThat(onEdt(panel::selectedRows)).isEmpty();
    assertThat(onEdt(() -> frame.mapView().addedSelection().features())).isEmpty();

    // a hidden layer is not identified
    onEdt(() -> frame.mapView().layerList().setVisible(layer.id(), false));
    clickAt(76.5, 45.5);
    assertThat(
            onEdt(() -> frame.details().candidates().stream().map(IdentifyListUiTest::id).toList()))
        .contains("country.KAZ")
        .doesNotContain(layer.id() + "#1");
    onEdt(window::dispose);
  }

  @Test
  void aSearchHitOfAnAddedLayer_isSelectedAndShownAsIdentifyDoes() throws Exception {
    Path file = LayerFixtures.write(dir, "squares.geojson", SQUARES);
    onEdt(() -> frame.openFiles(List.of(file))).get(30, TimeUnit.SECONDS);
    var box = frame.search();
    onEdt(() -> box.field().setText("Square B"));
    // the index is rebuilt off the event thread once the layer is added: search again until then
    for (int i = 0; i < 200 && onEdt(() -> box.results().isEmpty()); i++) {
      Thread.sleep(25);
      onEdt(() -> box.field().setText(box.field().getText()));
    }
    assertThat(onEdt(() -> box.results().get(0).layer())).isEqualTo("squares.geojson");
    onEdt(() -> box.choose(0));
    assertThat(onEdt(() -> frame.mapView().addedSelection().features()))
        .extracting(AddedFeature::name)
        .containsExactly("Square B");
    assertThat(onEdt(() -> frame.details().shown().map(MapFeature::name))).contains("Square B");

    // removing the layer drops its selection and its feature from the details
    String id = onEdt(() -> frame.mapView().addedSelection().features().get(0).layerId());
    onEdt(() -> frame.mapView().layerList().remove(id));
    assertThat(onEdt(() -> frame.mapView().addedSelection().features())).isEmpty();
    assertThat(onEdt(() -> frame.details().shown())).isEmpty();
  }
}
