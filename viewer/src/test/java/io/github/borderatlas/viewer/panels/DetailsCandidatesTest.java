package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.ComponentFinder;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.map.MapFeature;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JList;
import org.junit.jupiter.api.Test;

/** The list of every feature under a click, above the details (no window needed). */
class DetailsCandidatesTest {

  private final Atlas atlas = TestAtlas.atlas();

  private MapFeature f(String id) {
    return MapFeature.of(atlas.find(id).orElseThrow());
  }

  @SuppressWarnings("unchecked")
  private static JList<MapFeature> list(DetailsPanel p) {
    return (JList<MapFeature>) ComponentFinder.find(p, "details.here");
  }

  @Test
  void severalFeatures_areListedTopmostFirst_andChoosingOneHandsItToTheChooser() {
    DetailsPanel panel = new DetailsPanel(atlas);
    List<MapFeature> chosen = new ArrayList<>();
    panel.setChooser(chosen::add);
    List<MapFeature> here = List.of(f("crossing.khorgos"), f("country.KAZ"));
    panel.showCandidates(here);
    panel.show(here.get(0)); // the frame shows the topmost
    JList<MapFeature> list = list(panel);
    assertThat(list.getParent().getParent().getParent().isVisible()).isTrue();
    assertThat(panel.candidates()).containsExactlyElementsOf(here);
    assertThat(list.getSelectedIndex()).isZero();
    assertThat(chosen).isEmpty(); // showing is not choosing

    list.setSelectedIndex(1);
    assertThat(chosen).containsExactly(f("country.KAZ"));
    panel.show(f("country.KAZ")); // the frame's answer: the list stays, marking it
    assertThat(panel.candidates()).hasSize(2);
    assertThat(list.getSelectedIndex()).isEqualTo(1);
    assertThat(panel.html()).contains("Kazakhstan");

    panel.show(f("river.ili")); // chosen elsewhere (table, search): the list goes
    assertThat(panel.candidates()).isEmpty();
  }

  @Test
  void oneFeature_showsNoList_andAClickOnNothingClearsIt() {
    DetailsPanel panel = new DetailsPanel(atlas);
    panel.showCandidates(List.of(f("river.ili")));
    assertThat(list(panel).getParent().getParent().getParent().isVisible()).isFalse();
    panel.showCandidates(List.of(f("crossing.khorgos"), f("country.KAZ")));
    panel.clear();
    assertThat(panel.candidates()).isEmpty();
  }

  /** A second click elsewhere, while the first click's feature is still shown, keeps its list. */
  @Test
  void aClickElsewhere_whileAnotherFeatureIsShown_keepsItsList() {
    DetailsPanel panel = new DetailsPanel(atlas);
    panel.show(f("river.ili")); // the first click's feature
    List<MapFeature> here = List.of(f("crossing.khorgos"), f("country.KAZ"));
    panel.showCandidates(here);
    panel.show(here.get(0)); // the frame shows the new topmost
    assertThat(panel.candidates()).containsExactlyElementsOf(here);
    assertThat(list(panel).getSelectedIndex()).isZero();
  }

  @Test
  void namesAreNotReadAsHtml() {
    DetailsPanel panel = new DetailsPanel(atlas);
    JList<MapFeature> list = list(panel);
    var label =
        (javax.swing.JLabel)
            list.getCellRenderer()
                .getListCellRendererComponent(list, f("crossing.khorgos"), 0, false, false);
    assertThat(label.getText()).isEqualTo("Khorgos (place)");
    assertThat(label.getClientProperty("html.disable")).isEqualTo(Boolean.TRUE);
  }
}
