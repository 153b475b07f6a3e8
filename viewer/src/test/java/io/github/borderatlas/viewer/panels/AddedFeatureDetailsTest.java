package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.map.AddedFeature;
import io.github.borderatlas.viewer.map.MapFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The details of a feature of an added layer (issue 9 §2): its name and layer first, then its
 * attributes with the names before codes, text from the file escaped. The wells are made up.
 */
class AddedFeatureDetailsTest {

  private static final String WELLS =
      "{\"type\":\"FeatureCollection\",\"features\":["
          + "{\"type\":\"Feature\",\"id\":\"W-17\",\"properties\":{\"code\":\"KZ-0017\","
          + "\"depth_m\":40,\"name_kk\":\"Құдық\",\"name\":\"Well <17>\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.1,44.2]}},"
          + "{\"type\":\"Feature\",\"id\":\"W-18\",\"properties\":{\"code\":\"KZ-0018\"},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.2,44.2]}},"
          + "{\"type\":\"Feature\",\"properties\":{},"
          + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80.3,44.2]}}]}";

  private final ProjectedFeatures wells = LayerFixtures.features(WELLS);

  private AddedFeature well(int i) {
    return new AddedFeature("file.1", "wells.geojson", wells, i);
  }

  @Test
  void name_isTheNameProperty_elseTheId_elseTheRow() {
    assertThat(well(0).name()).isEqualTo("Well <17>");
    assertThat(well(1).name()).isEqualTo("W-18");
    assertThat(well(2).name()).isEqualTo("feature 3");
    assertThat(well(0).attributeKeys()).containsExactly("name", "name_kk", "code", "depth_m");
  }

  @Test
  void html_showsNameLayerAndAttributes_namesFirst_escaped() {
    String html = AddedFeatureDetails.html(well(0));
    assertThat(html).contains("Well &lt;17&gt;").doesNotContain("<17>").contains("wells.geojson");
    assertThat(html).contains("Құдық").contains("KZ-0017").contains("40");
    assertThat(html.indexOf("Құдық")).isLessThan(html.indexOf("KZ-0017"));
    assertThat(html.indexOf("wells.geojson")).isLessThan(html.indexOf("Құдық"));
    assertThat(AddedFeatureDetails.html(well(2))).contains("No attributes");
  }

  @Test
  void detailsPanel_listsAndShowsAnAddedFeature() {
    DetailsPanel panel = new DetailsPanel(TestAtlas.atlas());
    MapFeature kaz = MapFeature.of(TestAtlas.atlas().find("country.KAZ").orElseThrow());
    panel.showCandidates(List.of(well(0), kaz));
    panel.show(well(0));
    assertThat(panel.shown()).contains(well(0));
    assertThat(panel.feature()).isEmpty();
    assertThat(panel.html()).contains("Well &lt;17&gt;");
    assertThat(panel.candidates()).containsExactly(well(0), kaz);
    panel.show(kaz);
    assertThat(panel.candidates()).hasSize(2); // the list stays while a listed feature is shown
    assertThat(panel.feature()).isPresent();
  }
}
