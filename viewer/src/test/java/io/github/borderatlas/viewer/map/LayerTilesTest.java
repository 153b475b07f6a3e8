package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.GeometryKind;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.RenderQuality;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import io.github.borderatlas.viewer.layers.FeatureLayerPainter;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The added layers' tile cache draws what the vector painter draws, reuses tiles while the view
 * pans by whole pixels, and keeps to its memory budget.
 */
class LayerTilesTest {

  /**
   * A ring of 720 vertices around 80.5 E 44.5 N, radius about 1.2 degrees, plus a line and points
   * across it (all made up for the test): enough edges for antialiasing to differ if the tiles were
   * misplaced by a fraction of a pixel.
   */
  private static final ProjectedFeatures FEATURES = features();

  private static final LayerStyle STYLE =
      LayerStyle.defaults(GeometryKind.POLYGON, new Color(200, 40, 90));

  private static ProjectedFeatures features() {
    StringBuilder ring = new StringBuilder();
    for (int i = 0; i <= 720; i++) {
      double a = Math.toRadians(i / 2.0);
      double r = 1.2 + 0.15 * Math.sin(7 * a);
      ring.append(i == 0 ? "" : ",")
          .append('[')
          .append(80.5 + r * Math.cos(a))
          .append(',')
          .append(44.5 + 0.7 * r * Math.sin(a))
          .append(']');
    }
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"ring\"},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[["
            + ring
            + "]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"line\"},\"geometry\":"
            + "{\"type\":\"LineString\",\"coordinates\":[[78.7,43.1],[80.1,44.9],[82.3,45.6]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"p\"},\"geometry\":"
            + "{\"type\":\"MultiPoint\",\"coordinates\":[[80.5,44.5],[81.1,44.2]]}}]}";
    return LayerFixtures.features(json);
  }

  /** A view of the fixture, 420x310 px (odd sizes, so tiles overhang), at a fractional centre. */
  private static Viewport view(double metresPerPixel) {
    double[] xy = new double[2];
    RegionMapProjection.REGION.project(80.5, 44.5, xy);
    return new Viewport(xy[0] + 123.37, xy[1] - 45.91, metresPerPixel, 420, 310);
  }

  private static BufferedImage draw(Viewport vp, int scale, Consumer<Graphics2D> painter) {
    BufferedImage img =
        new BufferedImage(vp.width() * scale, vp.height() * scale, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(new Color(245, 240, 225));
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.scale(scale, scale);
      RenderQuality.hints(g);
      painter.accept(g);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static BufferedImage vector(Viewport vp, int scale) {
    return draw(vp, scale, g -> FeatureLayerPainter.paintShapes(g, vp, FEATURES, STYLE));
  }

  private static BufferedImage tiled(LayerTiles tiles, Viewport vp, int scale) {
    return draw(
        vp, scale, g -> assertThat(tiles.paint(g, vp, FEATURES, STYLE)).as("tiled").isTrue());
  }

  /** Pixels whose channels differ by more than 6 of 255 (blending the tile apart rounds). */
  private static int differing(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift < 32; shift += 8) {
          if (Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)) > 6) {
            n++;
            break;
          }
        }
      }
    }
    return n;
  }

  private static int inked(BufferedImage a) {
    int paper = new Color(245, 240, 225).getRGB();
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        n += a.getRGB(x, y) != paper ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void tiledFrame_isTheVectorFrame_atDeviceScalesOneAndTwo() {
    for (int scale : new int[] {1, 2}) {
      for (double mpp : new double[] {650, 97.3}) {
        LayerTiles tiles = new LayerTiles(64L << 20);
        Viewport vp = view(mpp);
        BufferedImage expected = vector(vp, scale);
        BufferedImage actual = tiled(tiles, vp, scale);
        assertThat(inked(expected)).as("the fixture is in view").isGreaterThan(1000);
        assertThat(differing(expected, actual)).as("scale %d, %s m/px", scale, mpp).isZero();
      }
    }
  }

  @Test
  void panningByWholePixels_rendersOnlyTheUncoveredTiles_andStillMatches() {
    LayerTiles tiles = new LayerTiles(64L << 20);
    Viewport vp = view(650);
    tiled(tiles, vp, 1);
    long first = tiles.tilesRendered();
    // 420x310 px with 256 px tiles: 2-3 columns by 2-3 rows
    assertThat(first).isBetween(4L, 9L);

    Viewport again = vp.panBy(0, 0);
    tiled(tiles, again, 1);
    assertThat(tiles.tilesRendered()).as("the same view again renders nothing").isEqualTo(first);

    Viewport panned = vp.panBy(37, -12);
    BufferedImage actual = tiled(tiles, panned, 1);
    assertThat(tiles.tilesRendered() - first)
        .as("at most one new column and one new row of tiles")
        .isLessThanOrEqualTo(6);
    assertThat(differing(vector(panned, 1), actual)).isZero();
  }

  private static boolean ready(LayerTiles tiles, Viewport vp) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scratch.createGraphics();
    try {
      return tiles.ready(g, vp, FEATURES, STYLE);
    } finally {
      g.dispose();
    }
  }

  @Test
  void theFirstFrameAtANewScale_isLeftToVectors_theNextOneUsesTiles() {
    LayerTiles tiles = new LayerTiles(64L << 20);
    Viewport vp = view(650);
    assertThat(ready(tiles, vp)).as("a new scale, no tile held").isFalse();
    assertThat(ready(tiles, vp.panBy(40, 3))).as("the next frame at that scale").isTrue();
    assertThat(ready(tiles, view(600))).as("another new scale").isFalse();
    assertThat(tiles.tilesRendered()).as("asking draws nothing").isZero();
  }

  @Test
  void warmingDrawsTheViewsTiles_untilNoLongerWanted() {
    LayerTiles tiles = new LayerTiles(64L << 20);
    Viewport vp = view(650);
    AffineTransform device = new AffineTransform();
    tiles.warm(vp, device, FEATURES, STYLE, () -> false);
    assertThat(tiles.tilesRendered()).as("not wanted: nothing drawn").isZero();

    tiles.warm(vp, device, FEATURES, STYLE, () -> true);
    long warmed = tiles.tilesRendered();
    assertThat(warmed).isBetween(4L, 9L);
    assertThat(ready(tiles, view(650))).as("every tile held").isTrue();
    BufferedImage frame = tiled(tiles, vp, 1);
    assertThat(tiles.tilesRendered()).as("the frame drew no tile").isEqualTo(warmed);
    assertThat(differing(vector(vp, 1), frame)).isZero();
  }

  @Test
  void anotherScaleOrStyle_rendersItsOwnTiles() {
    LayerTiles tiles = new LayerTiles(64L << 20);
    tiled(tiles, view(650), 1);
    long first = tiles.tilesRendered();
    tiled(tiles, view(325), 1);
    assertThat(tiles.tilesRendered()).isGreaterThan(first);
    long second = tiles.tilesRendered();

    LayerStyle red = STYLE.withStroke(Color.RED, 2.5f);
    Viewport vp = view(650);
    BufferedImage restyled =
        draw(vp, 1, g -> assertThat(tiles.paint(g, vp, FEATURES, red)).isTrue());
    assertThat(tiles.tilesRendered()).isGreaterThan(second);
    BufferedImage expected =
        draw(vp, 1, g -> FeatureLayerPainter.paintShapes(g, vp, FEATURES, red));
    assertThat(differing(expected, restyled)).isZero();
  }

  @Test
  void aFractionalOrRotatedTransform_isLeftToTheVectorPainter() {
    LayerTiles tiles = new LayerTiles(64L << 20);
    Viewport vp = view(650);
    BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(1.25, 1.25);
      assertThat(tiles.paint(g, vp, FEATURES, STYLE)).isFalse();
      g.rotate(0.1);
      assertThat(tiles.paint(g, vp, FEATURES, STYLE)).isFalse();
    } finally {
      g.dispose();
    }
    assertThat(tiles.tilesRendered()).isZero();
  }

  @Test
  void tilesStayWithinTheBudget_andGoWithTheirLayer() {
    // room for two 256x256 tiles of 4 bytes a pixel
    LayerTiles small = new LayerTiles(2L * 4 * 256 * 256);
    BufferedImage frame = tiled(small, view(650), 1);
    assertThat(small.bytes()).isPositive().isLessThanOrEqualTo(small.budgetBytes());
    // the frame that overflowed the budget was still drawn whole
    assertThat(differing(vector(view(650), 1), frame)).isZero();

    LayerTiles tiles = new LayerTiles(64L << 20);
    tiled(tiles, view(650), 1);
    assertThat(tiles.bytes()).isPositive();
    tiles.retainOnly(List.of(FEATURES));
    assertThat(tiles.bytes()).as("its layer is still listed").isPositive();
    tiles.retainOnly(List.of());
    assertThat(tiles.bytes()).as("its layer was removed").isZero();
  }

  @Test
  void aMapFrameWithTiles_isTheVectorFrame_labelsIncluded(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    ProjectedAtlas atlas = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    LayerList layers = new LayerList();
    String id = layers.addFile("ring", dir.resolve("ring.geojson"), FEATURES).id();
    layers.setStyle(id, STYLE.withLabelField("name"));
    RenderOptions options = RenderOptions.DEFAULT.withLayers(layers.snapshot());
    Viewport vp = view(650);
    LayerTiles tiles = new LayerTiles(64L << 20);
    BufferedImage vector = MapRenderer.renderImage(atlas, vp, options, 1, true, List.of());
    BufferedImage first = MapRenderer.renderImage(atlas, vp, options, 1, true, List.of(), tiles);
    assertThat(tiles.tilesRendered()).as("a new scale: drawn as vectors").isZero();
    assertThat(differing(vector, first)).isZero();
    BufferedImage tiled = MapRenderer.renderImage(atlas, vp, options, 1, true, List.of(), tiles);
    assertThat(tiles.tilesRendered()).as("the same scale again: from tiles").isPositive();
    assertThat(differing(vector, tiled)).isZero();
  }
}
