package io.github.borderatlas.viewer.app;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.search.SearchHit;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

/**
 * The search box in the viewer's menu bar on the {@link TestAtlas}: typing lists matches, Enter
 * chooses the first, which is selected on the map and zoomed to (Almaty at 76.95 43.25).
 */
@WindowTest
class SearchBoxUiTest extends ShownFrameTest {

  @Test
  void typingAndEnter_selectsAndZoomsToTheFeature() throws Exception {
    var box = frame.search();
    // the index is built off the event thread: wait until typing finds something
    onEdt(() -> box.field().requestFocusInWindow());
    settle(robot);
    for (int key : new int[] {KeyEvent.VK_A, KeyEvent.VK_L, KeyEvent.VK_M}) {
      robot.keyPress(key);
      robot.keyRelease(key);
    }
    settle(robot);
    for (int i = 0; i < 200 && onEdt(() -> box.results().isEmpty()); i++) {
      Thread.sleep(25);
      onEdt(() -> box.field().setText(box.field().getText())); // search again once indexed
    }
    assertThat(onEdt(() -> box.results().stream().map(SearchHit::id).toList()))
        .startsWith("city.almaty");
    Viewport before = onEdt(() -> frame.mapView().viewport());
    onEdt(() -> box.field().requestFocusInWindow());
    settle(robot);
    robot.keyPress(KeyEvent.VK_ENTER);
    robot.keyRelease(KeyEvent.VK_ENTER);
    settle(robot);
    assertThat(onEdt(() -> frame.mapView().selected().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("city.almaty");
    Viewport after = onEdt(() -> frame.mapView().viewport());
    assertThat(after.metresPerPixel()).isLessThan(before.metresPerPixel());
    double[] xy = new double[2];
    frame.mapView().projectedAtlas().projection().project(76.95, 43.25, xy);
    assertThat(after.worldBounds().contains(xy[0], xy[1])).isTrue();
    assertThat(onEdt(() -> frame.details().feature().map(AtlasFeature::id).orElse(null)))
        .isEqualTo("city.almaty");
  }
}
