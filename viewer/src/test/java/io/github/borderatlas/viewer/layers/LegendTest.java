package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerList;
import org.junit.jupiter.api.Test;

/**
 * The legend's rows: one per kind of border stretch (issue 13 added one); in the map window, what
 * hover and selection look like (issue 14 item 2).
 */
class LegendTest {

  @Test
  void borderRowsNameEveryKindIncludingLandOrUnlocatedWater() {
    ProjectedAtlas atlas = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    assertThat(Legend.rows(atlas, RenderOptions.DEFAULT))
        .containsSubsequence(
            "Border over land",
            "Border over land, or along water not located",
            "Border along a river",
            "Border across a lake");
  }

  @Test
  void mapWindowLegend_saysWhatHoverAndSelectionLookLike_anExportDoesNot() {
    ProjectedAtlas atlas = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    assertThat(Legend.rows(atlas, RenderOptions.DEFAULT, true))
        .endsWith(Legend.HOVER_ROW, Legend.SELECTION_ROW);
    assertThat(Legend.rows(atlas, RenderOptions.DEFAULT))
        .doesNotContain(Legend.HOVER_ROW, Legend.SELECTION_ROW);
  }

  @Test
  void visibleAddedLayersGetARowWithTheirTitle() {
    ProjectedAtlas atlas = new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
    LayerList list = new LayerList();
    LayerEntry wells =
        list.addFile(
            "wells.geojson",
            java.nio.file.Path.of("wells.geojson"),
            LayerFixtures.features(LayerFixtures.POINTS));
    RenderOptions shown = RenderOptions.DEFAULT.withLayers(list.snapshot());
    assertThat(Legend.rows(atlas, shown)).endsWith("wells.geojson");
    list.setVisible(wells.id(), false);
    assertThat(Legend.rows(atlas, shown.withLayers(list.snapshot())))
        .doesNotContain("wells.geojson");
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(400, 600, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      assertThat(Legend.box(g, atlas, shown, false, 600)).isNotNull();
      Legend.paint(
          g, atlas, shown, false, 600); // draws the swatch of the added layer without failing
    } finally {
      g.dispose();
    }
  }
}
