package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.map.ProjectedAtlas;
import io.github.borderatlas.viewer.map.RegionMapProjection;
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
}
