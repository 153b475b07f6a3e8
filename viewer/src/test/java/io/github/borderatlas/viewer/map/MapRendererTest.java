package io.github.borderatlas.viewer.map;

import static io.github.borderatlas.viewer.map.PixelProbe.nearest;
import static io.github.borderatlas.viewer.map.PixelProbe.screen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renders the hand-made {@link TestAtlas} headless and checks colours at the projected positions of
 * its features (positions from TestAtlas; colours from {@link Palette}).
 */
class MapRendererTest {

  private static final ProjectedAtlas PA =
      new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
  private static final Viewport VP = Viewport.fit(PA.fullExtent(), 900, 650, 20);

  private static BufferedImage render(RenderOptions options) {
    return MapRenderer.renderImage(PA, VP, options, 1.0);
  }

  @Test
  void lakeInterior_isLakeBlue_andIslandIsNot() {
    BufferedImage img = render(RenderOptions.DEFAULT);
    double[] inside = screen(PA, VP, 74.5, 46.1); // Balkhash inside point, data-sources.md
    double[] island = screen(PA, VP, 75.6, 46.22); // centre of the test island hole
    assertThat(nearest(img, inside[0], inside[1], 0, Palette.LAKE_FILL)).isLessThan(8);
    assertThat(nearest(img, island[0], island[1], 0, Palette.LAKE_FILL)).isGreaterThan(30);
  }

  @Test
  void khorgosStretch_isDrawnInTheRiverBorderColour() {
    BufferedImage img = render(RenderOptions.DEFAULT.withVisible(EnumSet.of(BundledLayer.BORDER)));
    double[] p = screen(PA, VP, 80.45, 44.4); // on the test Khorgos stretch
    double[] land = screen(PA, VP, 81.55, 45.25); // midpoint of the land edge 80.8 45 .. 82.3 45.5
    assertThat(nearest(img, p[0], p[1], 3, Palette.BORDER_RIVER)).isLessThan(40);
    assertThat(nearest(img, p[0], p[1], 3, Palette.BORDER_LAND)).isGreaterThan(60);
    assertThat(nearest(img, land[0], land[1], 3, Palette.BORDER_LAND)).isLessThan(40);
  }

  @Test
  void ili_isBlueNearItsCrossing() {
    BufferedImage img = render(RenderOptions.DEFAULT);
    double[] p = screen(PA, VP, 79.5, 43.8263); // on the Ili between 80.2 43.8 and 78.3 43.87
    assertThat(nearest(img, p[0], p[1], 2, Palette.RIVER)).isLessThan(40);
  }

  @Test
  void hiddenLayer_isNotDrawn() {
    BufferedImage img = render(RenderOptions.DEFAULT.withLayer(BundledLayer.LAKES, false));
    double[] inside = screen(PA, VP, 74.5, 46.1);
    assertThat(nearest(img, inside[0], inside[1], 0, Palette.LAKE_FILL)).isGreaterThan(30);
  }

  @Test
  void sectorOutsideItsValidity_isGreyed() {
    // the test sector is valid 1992-01-01 .. 1998-07-04
    double[] p = screen(PA, VP, 83.3, 47.1);
    RenderOptions onlySectors =
        RenderOptions.DEFAULT.withVisible(EnumSet.of(BundledLayer.DISPUTED)).withDecorations(false);
    BufferedImage in1995 = render(onlySectors.withDate(LocalDate.of(1995, 1, 1)));
    BufferedImage in2005 = render(onlySectors.withDate(LocalDate.of(2005, 1, 1)));
    int r = 12;
    assertThat(nearest(in1995, p[0], p[1], r, Palette.DISPUTED)).isLessThan(40);
    assertThat(nearest(in2005, p[0], p[1], r, Palette.DISPUTED)).isGreaterThan(80);
  }

  @Test
  void highlightedRiver_getsTheAmberGlow() {
    double[] p = screen(PA, VP, 79.5, 43.8263);
    RenderOptions base = RenderOptions.DEFAULT.withDecorations(false);
    BufferedImage plain = render(base);
    BufferedImage lit = render(base.withHighlighted(Set.of("river.ili")));
    java.awt.Color amberOnSand = blend(Palette.HIGHLIGHT, Palette.KAZAKHSTAN);
    assertThat(nearest(lit, p[0], p[1] - 4, 1, amberOnSand)).isLessThan(25);
    assertThat(nearest(plain, p[0], p[1] - 4, 1, amberOnSand)).isGreaterThan(40);
  }

  @Test
  void twiceTheScale_drawsTheSameMapAtTwiceThePixels() {
    BufferedImage x2 = MapRenderer.renderImage(PA, VP, RenderOptions.DEFAULT, 2.0);
    assertThat(x2.getWidth()).isEqualTo(1800);
    assertThat(x2.getHeight()).isEqualTo(1300);
    double[] inside = screen(PA, VP, 74.5, 46.1);
    assertThat(nearest(x2, inside[0] * 2, inside[1] * 2, 0, Palette.LAKE_FILL)).isLessThan(8);
  }

  @Test
  void renderingTwice_givesTheSamePixels() {
    BufferedImage a = render(RenderOptions.DEFAULT);
    BufferedImage b = render(RenderOptions.DEFAULT);
    int differing = 0;
    for (int y = 0; y < a.getHeight(); y += 3) {
      for (int x = 0; x < a.getWidth(); x += 3) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertThat(differing).isZero();
  }

  @Test
  void zoomedFarIn_rendersOnlyWhatIsNearAndDoesNotFail() {
    double[] xy = new double[2];
    PA.projection().project(80.45, 44.4, xy);
    // 50 m per pixel: the straight projected edge and the meridian differ by well under a pixel
    Viewport close = new Viewport(xy[0], xy[1], 50.0, 400, 300);
    BufferedImage img = MapRenderer.renderImage(PA, close, RenderOptions.DEFAULT, 1.0);
    assertThat(nearest(img, 200, 150, 4, Palette.BORDER_RIVER)).isLessThan(40);
  }

  private static java.awt.Color blend(java.awt.Color top, java.awt.Color under) {
    double a = top.getAlpha() / 255.0;
    return new java.awt.Color(
        (int) Math.round(top.getRed() * a + under.getRed() * (1 - a)),
        (int) Math.round(top.getGreen() * a + under.getGreen() * (1 - a)),
        (int) Math.round(top.getBlue() * a + under.getBlue() * (1 - a)));
  }

  @Test
  void withoutLegendAndScaleBar_theAttributionStillShows() {
    // issue 14 item 5: hiding the legend hid the attribution, which the data licences require
    BufferedImage bare = render(RenderOptions.DEFAULT.withDecorations(false));
    int dark = 0;
    for (int y = bare.getHeight() - 18; y < bare.getHeight(); y++) {
      for (int x = bare.getWidth() - 260; x < bare.getWidth(); x++) {
        java.awt.Color c = new java.awt.Color(bare.getRGB(x, y));
        if (c.getRed() + c.getGreen() + c.getBlue() < 300) {
          dark++; // text pixels: the attribution is drawn in 0x4A4A4A on a light band
        }
      }
    }
    assertThat(dark).isGreaterThan(100);
  }
}
