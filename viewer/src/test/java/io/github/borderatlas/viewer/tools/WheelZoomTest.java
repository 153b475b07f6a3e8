package io.github.borderatlas.viewer.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wheel zoom (issue 14 item 5): one notch halves or doubles the scale, a trackpad's fraction of
 * a notch zooms by that fraction of the step, and the point under the cursor stays put.
 */
class WheelZoomTest {

  private MapView view;
  private MouseWheelListener wheel;

  @BeforeEach
  void setUp() {
    view = new MapView(TestAtlas.atlas());
    view.setSize(500, 400);
    view.fitToData();
    MapInteraction.install(view);
    wheel = view.getMouseWheelListeners()[0];
  }

  @AfterEach
  void tearDown() {
    view.dispose();
  }

  private void turn(int notches, double precise) {
    wheel.mouseWheelMoved(
        new MouseWheelEvent(
            view,
            MouseWheelEvent.MOUSE_WHEEL,
            0,
            0,
            250,
            200,
            250,
            200,
            0,
            false,
            MouseWheelEvent.WHEEL_UNIT_SCROLL,
            3,
            notches,
            precise));
  }

  @Test
  void oneNotchTowardsTheUser_zoomsInTwice() {
    Viewport before = view.viewport();
    double wx = before.worldX(250);
    turn(-1, -1.0);
    // 2x per notch: the step maps usually take (the old 1.25x needed three notches for 2x)
    assertThat(view.viewport().metresPerPixel())
        .isCloseTo(before.metresPerPixel() / 2, within(1e-9));
    assertThat(view.viewport().worldX(250)).isCloseTo(wx, within(before.metresPerPixel()));
    turn(1, 1.0);
    assertThat(view.viewport().metresPerPixel()).isCloseTo(before.metresPerPixel(), within(1e-6));
  }

  @Test
  void aTrackpadsQuarterNotch_zoomsByTheFourthRootOfTwo() {
    Viewport before = view.viewport();
    turn(0, 0.25); // a trackpad reports fractions with a whole rotation of 0
    assertThat(view.viewport().metresPerPixel())
        .isCloseTo(before.metresPerPixel() * Math.pow(2, 0.25), within(1e-6));
  }
}
