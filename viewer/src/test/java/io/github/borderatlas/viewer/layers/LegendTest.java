package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import org.junit.jupiter.api.Test;

/** The legend's border rows: one per kind of border stretch (issue 13 added one). */
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
}
