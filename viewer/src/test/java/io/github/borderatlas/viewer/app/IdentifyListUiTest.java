package io.github.borderatlas.viewer.app;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.map.MapFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identify on the {@link TestAtlas}: a click on the Khorgos crossing (80.35 44.05) lists every
 * feature there in the details panel, topmost first, and choosing another selects it on the map.
 */
@WindowTest
class IdentifyListUiTest {

  private MainFrame frame;

  @BeforeEach
  void open() throws Exception {
    frame = ShownFrame.open();
  }

  @AfterEach
  void close() {
    ShownFrame.close(frame);
  }

  @Test
  void clickListsEveryFeatureUnderIt_andChoosingOneSelectsIt() throws Exception {
    onEdt(
        () -> {
          double[] xy = new double[2];
          frame.mapView().projectedAtlas().projection().project(80.35, 44.05, xy);
          var vp = frame.mapView().viewport();
          frame.interaction().click(vp.screenX(xy[0]), vp.screenY(xy[1]), 1);
        });
    var ids =
        onEdt(() -> frame.details().candidates().stream().map(IdentifyListUiTest::id).toList());
    assertThat(ids).startsWith("crossing.khorgos").contains("country.KAZ");
    assertThat(onEdt(() -> frame.mapView().selected().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("crossing.khorgos");

    @SuppressWarnings("unchecked")
    var list =
        (javax.swing.JList<MapFeature>)
            io.github.borderatlas.viewer.ComponentFinder.find(frame.details(), "details.here");
    int kaz = ids.indexOf("country.KAZ");
    onEdt(() -> list.setSelectedIndex(kaz));
    assertThat(onEdt(() -> frame.mapView().selected().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("country.KAZ");
    assertThat(onEdt(() -> frame.details().feature().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("country.KAZ");
    assertThat(onEdt(() -> frame.details().candidates())).hasSize(ids.size());
  }

  /** An atlas feature's id, or LAYER#INDEX for a feature of an added layer. */
  static String id(MapFeature f) {
    return f instanceof MapFeature.OfAtlas a
        ? a.feature().id()
        : ((io.github.borderatlas.viewer.map.AddedFeature) f).layerId()
            + "#"
            + ((io.github.borderatlas.viewer.map.AddedFeature) f).index();
  }
}
