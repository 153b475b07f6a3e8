package io.github.borderatlas.viewer.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {

  private final Viewport vp = new Viewport(1000, 2000, 10, 400, 300);

  @Test
  void screenAndWorld_areInverse_andYGrowsDownwards() {
    // hand computation: x = 200 + (1500 - 1000) / 10 = 250; y = 150 - (2500 - 2000) / 10 = 100
    assertThat(vp.screenX(1500)).isEqualTo(250);
    assertThat(vp.screenY(2500)).isEqualTo(100);
    assertThat(vp.worldX(250)).isEqualTo(1500);
    assertThat(vp.worldY(100)).isEqualTo(2500);
  }

  @Test
  void zoomAt_keepsThePointUnderTheCursor() {
    Point2D before = vp.toWorld(new Point2D.Double(37, 211));
    Viewport z = vp.zoomAt(2.5, 37, 211);
    assertThat(z.metresPerPixel()).isEqualTo(4);
    Point2D after = z.toWorld(new Point2D.Double(37, 211));
    assertThat(after.getX()).isCloseTo(before.getX(), within(1e-9));
    assertThat(after.getY()).isCloseTo(before.getY(), within(1e-9));
  }

  @Test
  void zoom_isClampedToTheAllowedScales() {
    assertThat(vp.zoomAt(1e9, 0, 0).metresPerPixel()).isEqualTo(Viewport.MIN_METRES_PER_PIXEL);
    assertThat(vp.zoomAt(1e-9, 0, 0).metresPerPixel()).isEqualTo(Viewport.MAX_METRES_PER_PIXEL);
  }

  @Test
  void panBy_movesContentWithTheDrag() {
    Viewport p = vp.panBy(30, -20);
    // the world point that was at (200, 150) is now at (230, 130)
    assertThat(p.screenX(vp.worldX(200))).isCloseTo(230, within(1e-9));
    assertThat(p.screenY(vp.worldY(150))).isCloseTo(130, within(1e-9));
  }

  @Test
  void fit_showsTheWholeExtentCentred() {
    Envelope e = new Envelope(0, 4000, 0, 1000);
    Viewport f = Viewport.fit(e, 400, 300, 0);
    assertThat(f.metresPerPixel()).isEqualTo(10); // 4000 m over 400 px
    assertThat(f.worldBounds().contains(e)).isTrue();
    assertThat(f.centreX()).isEqualTo(2000);
  }

  @Test
  void fit_padsZeroHeightAndZeroWidthExtents() {
    Viewport alongParallel = Viewport.fit(new Envelope(0, 50_000, 7, 7), 500, 500, 10);
    Viewport point = Viewport.fit(new Envelope(5, 5, 7, 7), 500, 500, 10);
    assertThat(alongParallel.metresPerPixel()).isCloseTo(50_000 / 480.0, within(1e-9));
    assertThat(point.metresPerPixel())
        .isCloseTo(Viewport.MIN_FIT_SPAN_METRES / 480.0, within(1e-9));
    assertThat(point.centreX()).isEqualTo(5);
    assertThat(point.centreY()).isEqualTo(7);
  }

  @Test
  void fit_ofNullEnvelope_doesNotThrow() {
    assertThat(Viewport.fit(new Envelope(), 10, 10, 2).metresPerPixel()).isPositive();
  }

  @Test
  void transformFrom_mapsOldPixelsToNewPixels() {
    Viewport z = vp.zoomAt(2, 100, 100).panBy(13, 7);
    java.awt.geom.AffineTransform t = z.transformFrom(vp);
    Point2D p = t.transform(new Point2D.Double(321, 45), null);
    assertThat(p.getX()).isCloseTo(z.screenX(vp.worldX(321)), within(1e-9));
    assertThat(p.getY()).isCloseTo(z.screenY(vp.worldY(45)), within(1e-9));
  }

  @Test
  void badArguments_nameTheConstraint() {
    assertThatThrownBy(() -> new Viewport(0, 0, 10, 0, 5)).hasMessageContaining("at least 1x1");
    assertThatThrownBy(() -> new Viewport(0, 0, 0.1, 5, 5)).hasMessageContaining("metresPerPixel");
    assertThatThrownBy(() -> vp.zoomAt(0, 0, 0)).hasMessageContaining("> 0");
    assertThatThrownBy(() -> new Viewport(Double.NaN, 0, 1, 5, 5)).hasMessageContaining("finite");
  }
}
