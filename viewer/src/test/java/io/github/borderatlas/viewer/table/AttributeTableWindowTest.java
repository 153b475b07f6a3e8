package io.github.borderatlas.viewer.table;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.click;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.ComponentFinder;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.timeline.WindowTestSupport;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The attribute table in a real window: typing filters, a click selects, proximity arrives. */
@WindowTest
class AttributeTableWindowTest {

  private JFrame frame;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @AfterEach
  void close() {
    worker.shutdownNow();
    if (frame != null) {
      onEdt(frame::dispose);
    }
  }

  @Test
  void typingFilters_clickingSelects_zoomGetsTheSelection_proximityComesOffTheEventThread()
      throws Exception {
    Robot robot = new Robot();
    AttributeTablePanel[] panel = new AttributeTablePanel[1];
    List<List<GeoJsonFeature>> selections = new CopyOnWriteArrayList<>();
    List<List<GeoJsonFeature>> zooms = new CopyOnWriteArrayList<>();
    frame =
        WindowTestSupport.show(
            () -> {
              panel[0] = new AttributeTablePanel("Test points", FeatureTableModelTest.features());
              panel[0].addSelectionListener(selections::add);
              panel[0].setZoomAction(zooms::add);
              return panel[0];
            },
            900,
            400);
    settle(robot);
    var filter = onEdt(() -> find("table.filter", javax.swing.JTextField.class));
    click(robot, filter, 5, 5);
    for (int key : new int[] {KeyEvent.VK_O, KeyEvent.VK_S, KeyEvent.VK_K}) {
      robot.keyPress(key);
      robot.keyRelease(key);
    }
    settle(robot);
    assertThat(onEdt(() -> filter.getText())).isEqualToIgnoringCase("osk");
    assertThat(onEdt(() -> panel[0].table().getRowCount())).isEqualTo(1); // Öskemen only
    assertThat(onEdt(() -> find("table.count", javax.swing.JLabel.class).getText()))
        .isEqualTo("1 of 4 features");

    var table = panel[0].table();
    Rectangle cell = onEdt(() -> table.getCellRect(0, 1, true));
    click(robot, table, (int) cell.getCenterX(), (int) cell.getCenterY());
    assertThat(selections).isNotEmpty();
    assertThat(selections.get(selections.size() - 1))
        .extracting(f -> f.string("name"))
        .containsExactly("Öskemen");
    onEdt(() -> find("table.zoom", javax.swing.JButton.class).doClick());
    assertThat(zooms).hasSize(1);
    assertThat(zooms.get(0)).extracting(f -> f.string("name")).containsExactly("Öskemen");

    // measuring runs on the worker, not on the event thread
    Thread[] measuredOn = new Thread[1];
    var shown =
        onEdt(
            () ->
                panel[0].computeProximity(
                    () -> {
                      measuredOn[0] = Thread.currentThread();
                      return BorderProximity.of(TestAtlas.atlas());
                    },
                    worker));
    shown.get(30, TimeUnit.SECONDS);
    settle(robot);
    assertThat(measuredOn[0].getName()).doesNotContain("AWT-EventQueue");
    assertThat(onEdt(() -> panel[0].model().hasProximity())).isTrue();
    // the selection survives the new columns, without telling the listeners again
    int told = selections.size();
    assertThat(onEdt(() -> panel[0].selectedFeatures()))
        .extracting(f -> f.string("name"))
        .containsExactly("Öskemen");
    assertThat(selections).hasSize(told);

    onEdt(
        () -> {
          filter.setText("");
          find("table.within", javax.swing.JCheckBox.class).doClick();
        });
    settle(robot);
    // within 10 km by default: only the border vertex (Öskemen's position is ~12 km away)
    assertThat(onEdt(() -> panel[0].table().getRowCount())).isEqualTo(1);
    onEdt(() -> find("table.withinKm", javax.swing.JSpinner.class).setValue(50.0));
    assertThat(onEdt(() -> panel[0].table().getRowCount())).isEqualTo(2);

    // filtering the selected row away and back told the listeners: [] then Öskemen again
    assertThat(selections.subList(told, selections.size()))
        .extracting(List::size)
        .containsExactly(0, 1);
    told = selections.size();
    onEdt(() -> panel[0].selectId("vertex"));
    assertThat(onEdt(() -> panel[0].selectedFeatures()))
        .extracting(GeoJsonFeature::id)
        .containsExactly("vertex");
    assertThat(selections).hasSize(told); // following the map does not echo back
    onEdt(() -> panel[0].selectId(null));
    assertThat(onEdt(() -> panel[0].selectedFeatures())).isEmpty();
  }

  private <T> T find(String name, Class<T> type) {
    return ComponentFinder.find(frame.getContentPane(), name, type);
  }
}
