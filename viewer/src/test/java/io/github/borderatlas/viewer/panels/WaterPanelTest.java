package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.JScrollPane;
import org.junit.jupiter.api.Test;

/** The water panel built headless on the fixture atlas plus a river that is not transboundary. */
class WaterPanelTest {

  private final Atlas atlas =
      PanelFixtures.atlas().toBuilder()
          .river(
              new River(
                  "river.tekes",
                  Names.english("Tekes"),
                  PanelFixtures.line(80.4, 42.84, 81.6, 43.1),
                  Optional.of("river.ili"),
                  false,
                  null,
                  Provenance.fact("test"),
                  null))
          .build();

  private final Map<String, RiverAtBorder> crossings = new HashMap<>();

  {
    RiverCrossingAnalysis.of(atlas).rivers().forEach(c -> crossings.put(c.riverId(), c));
  }

  @Test
  void showsOneTabPerTransboundaryRiver_inAtlasOrder() {
    WaterPanel p = new WaterPanel(atlas, crossings);
    assertThat(p.riverIds()).containsExactly("river.ili", "river.black-irtysh", "river.emil");
    assertThat(p.shownRiver()).contains("river.ili");
    assertThat(p.showRiver("river.emil")).isTrue();
    assertThat(p.shownRiver()).contains("river.emil");
    assertThat(p.showRiver("river.tekes")).isFalse();
    assertThat(p.shownRiver()).contains("river.emil");
  }

  /**
   * The fixture's Emil (82.72 46.49 → 82.0 46.42) meets the border edge 82.7 46.5 → 82.3 45.5 at
   * 46.487572° N, 82.695029° E: the planar intersection of the two lon/lat segments, solved by hand
   * (s = 0.024 / 0.692 along the river's edge).
   */
  @Test
  void head_namesTheCrossingPointTheDirectionAndTheOutletLake() {
    River emil = atlas.find("river.emil", River.class).orElseThrow();
    String html = WaterPanel.headHtml(atlas, emil, Optional.ofNullable(crossings.get(emil.id())));
    assertThat(html)
        .contains("Emil")
        .contains("Емел · 额敏河 · Эмель")
        .contains("It crosses the border at 46.4876° N, 82.6950° E")
        .contains("flowing from China into Kazakhstan")
        .contains("It flows into Alakol.");
  }

  @Test
  void head_withoutAMeasuredCrossing_saysSo() {
    assertThat(WaterPanel.crossingText(Optional.empty())).contains("has not been measured");
  }

  /**
   * A river drawn on two border vertices of the fixture runs along the border: the head says it
   * does not cross and for how long it follows the line (its geodesic length, GeographicLib).
   */
  @Test
  void head_ofARiverOnTheBorderLine_saysItFollowsTheBorder() {
    var line = PanelFixtures.atlas().border().orElseThrow().line();
    var along =
        io.github.borderatlas.core.model.Geometries.FACTORY.createLineString(
            new org.locationtech.jts.geom.Coordinate[] {
              line.getCoordinateN(1), line.getCoordinateN(2)
            });
    River boundary =
        new River(
            "river.boundary",
            Names.english("Boundary"),
            along,
            null,
            false,
            null,
            Provenance.fact("test"),
            null);
    Atlas withBoundary = atlas.toBuilder().river(boundary).build();
    RiverAtBorder rc = RiverCrossingAnalysis.of(withBoundary).river("river.boundary").orElseThrow();
    String km =
        FeatureText.number(
            io.github.borderatlas.core.geodesy.GeodesicMeasure.lengthMetres(along) / 1000, 1);
    assertThat(WaterPanel.crossingText(Optional.of(rc)))
        .startsWith("The atlas line does not cross the border.")
        .contains("It follows the border for " + km + " km, from km ");
  }

  @Test
  void paintsEveryTabHeadless_withItsChartAndFigures() {
    WaterPanel p = new WaterPanel(atlas, crossings);
    for (String id : p.riverIds()) {
      p.showRiver(id);
      p.setSize(760, 600);
      layout(p);
      layout(p);
      BarChart chart = find(p, "water.chart." + id, BarChart.class);
      assertThat(chart.getHeight()).as(id).isGreaterThan(40);
      assertThat(chart.groups()).isNotEmpty();
      HtmlPane text = find(p, "water.text." + id, HtmlPane.class);
      assertThat(text.getText()).contains("Published figures");
      BufferedImage img = new BufferedImage(760, 600, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      p.paint(g);
      g.dispose();
    }
  }

  /** The main frame may wrap the panel in a scroll pane: it must still fit the side panel. */
  @Test
  void wrappedInAScrollPane_itFitsTheViewportWidth() {
    WaterPanel p = new WaterPanel(atlas, crossings);
    JScrollPane outer = new JScrollPane(p);
    outer.setSize(400, 700);
    layout(outer);
    layout(outer);
    BarChart chart = find(p, "water.chart.river.ili", BarChart.class);
    assertThat(p.getWidth()).isLessThanOrEqualTo(400);
    assertThat(chart.getWidth()).isLessThan(400);
    assertThat(chart.barBounds(0, 0).getMaxX()).isLessThan(400);
  }

  @Test
  void anAtlasWithoutTransboundaryRivers_saysSo() {
    WaterPanel p = new WaterPanel(Atlas.builder().build(), Map.of());
    assertThat(p.riverIds()).isEmpty();
    assertThat(p.shownRiver()).isEmpty();
  }

  static void layout(Component c) {
    if (c instanceof Container k) {
      k.doLayout();
      for (Component child : k.getComponents()) {
        layout(child);
      }
    }
  }

  static <T extends Component> T find(Component root, String name, Class<T> type) {
    if (type.isInstance(root) && name.equals(root.getName())) {
      return type.cast(root);
    }
    if (root instanceof Container k) {
      for (Component child : k.getComponents()) {
        T t = find(child, name, type);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }
}
