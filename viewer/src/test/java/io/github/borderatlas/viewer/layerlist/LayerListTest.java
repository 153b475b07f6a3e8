package io.github.borderatlas.viewer.layerlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.viewer.draw.GeometryKind;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerListTest {

  private static final ProjectedFeatures LINE = LayerFixtures.features(LayerFixtures.LINE);

  private static List<String> ids(LayerList list) {
    return list.snapshot().stream().map(LayerEntry::id).toList();
  }

  @Test
  void startsWithTheAtlasLayersInTheirDrawingOrder() {
    LayerList list = new LayerList();
    // the order of the former MapLayer enum, which the bundled rendering keeps
    assertThat(ids(list))
        .containsExactly(
            "atlas.countries",
            "atlas.graticule",
            "atlas.lakes",
            "atlas.rivers",
            "atlas.border",
            "atlas.disputed",
            "atlas.places");
    assertThat(list.snapshot()).allMatch(LayerEntry::visible).allMatch(e -> e.opacity() == 1);
  }

  @Test
  void addsOnTop_removes_reorders_hides_andFades() {
    LayerList list = new LayerList();
    List<List<LayerEntry>> seen = new ArrayList<>();
    list.addListener(seen::add);
    LayerEntry a = list.addFile("a.geojson", Path.of("a.geojson"), LINE);
    LayerEntry b = list.addFile("b.geojson", Path.of("b.geojson"), LINE);
    assertThat(ids(list)).endsWith(a.id(), b.id());

    assertThat(list.move(b.id(), 0)).isTrue();
    assertThat(ids(list).get(0)).isEqualTo(b.id());
    assertThat(list.moveBy(b.id(), 1)).isTrue();
    assertThat(ids(list).get(1)).isEqualTo(b.id());
    assertThat(list.move("atlas.places", 100)).isTrue(); // clamped to the top
    assertThat(ids(list).get(ids(list).size() - 1)).isEqualTo("atlas.places");

    assertThat(list.setVisible(a.id(), false)).isTrue();
    assertThat(list.find(a.id()).orElseThrow().visible()).isFalse();
    assertThat(list.setOpacity(a.id(), 0.25)).isTrue();
    assertThat(list.find(a.id()).orElseThrow().opacity()).isEqualTo(0.25);
    assertThat(list.setOpacity(a.id(), 7)).isTrue();
    assertThat(list.find(a.id()).orElseThrow().opacity()).isEqualTo(1.0);

    assertThat(list.remove("atlas.lakes")).isTrue();
    assertThat(ids(list)).doesNotContain("atlas.lakes");
    assertThat(list.remove("atlas.lakes")).isFalse();

    // every change told the listeners with the new snapshot
    assertThat(seen).hasSize(9);
    assertThat(seen.get(seen.size() - 1)).isEqualTo(list.snapshot());
  }

  @Test
  void snapshotsAreImmutableAndUnchangedByLaterChanges() {
    LayerList list = new LayerList();
    List<LayerEntry> before = list.snapshot();
    list.setVisible(BundledLayer.RIVERS, false);
    assertThat(before).allMatch(LayerEntry::visible);
    assertThatThrownBy(() -> before.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addedLayersGetDistinctColours_thenThePaletteCycles() {
    LayerList list = new LayerList();
    Set<Color> colours = new HashSet<>();
    int n = LayerColours.PALETTE.size();
    for (int i = 0; i < n; i++) {
      colours.add(list.addFile("f" + i, Path.of("f" + i), LINE).style().keyColour());
    }
    assertThat(colours).hasSize(n);
    LayerEntry ninth = list.addFile("f9", Path.of("f9"), LINE);
    assertThat(LayerColours.PALETTE).contains(ninth.style().keyColour());
    // a colour freed by removing its layer is handed out again first
    String second = list.snapshot().get(8).id();
    Color freed = list.find(second).orElseThrow().style().keyColour();
    list.remove(second);
    assertThat(list.addFile("g", Path.of("g"), LINE).style().keyColour()).isEqualTo(freed);
  }

  @Test
  void defaultStylesFollowTheGeometryKind() {
    Color c = LayerColours.PALETTE.get(0);
    LayerStyle point = LayerStyle.defaults(GeometryKind.POINT, c);
    LayerStyle line = LayerStyle.defaults(GeometryKind.LINE, c);
    LayerStyle polygon = LayerStyle.defaults(GeometryKind.POLYGON, c);
    assertThat(point.fill()).isEqualTo(c);
    assertThat(point.pointSymbol()).isEqualTo(PointSymbol.CIRCLE);
    assertThat(line.stroke()).isEqualTo(c);
    assertThat(line.fill()).isNull();
    assertThat(polygon.stroke()).isEqualTo(c);
    assertThat(polygon.fill().getAlpha()).isEqualTo(LayerStyle.POLYGON_FILL_ALPHA);
    assertThat(point.keyColour()).isEqualTo(c);
    assertThat(polygon.keyColour()).isEqualTo(c);

    assertThat(LayerFixtures.features(LayerFixtures.POINTS).kind()).isEqualTo(GeometryKind.POINT);
    assertThat(LayerFixtures.features(LayerFixtures.LINE).kind()).isEqualTo(GeometryKind.LINE);
    assertThat(LayerFixtures.features(LayerFixtures.POLYGON).kind())
        .isEqualTo(GeometryKind.POLYGON);
    LayerEntry points =
        new LayerList().addFile("p", Path.of("p"), LayerFixtures.features(LayerFixtures.POINTS));
    assertThat(points.style().fill()).isNotNull();
  }

  @Test
  void styleChangesOnlyForAddedLayers() {
    LayerList list = new LayerList();
    LayerEntry a = list.addFile("a", Path.of("a"), LINE);
    LayerStyle thick = a.style().withStroke(Color.BLACK, 4f).withLabelField("name");
    assertThat(list.setStyle(a.id(), thick)).isTrue();
    assertThat(list.find(a.id()).orElseThrow().style()).isEqualTo(thick);
    assertThat(list.setStyle("atlas.rivers", thick)).isFalse();
    assertThatThrownBy(() -> a.style().withStroke(Color.BLACK, 0f))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void duplicateIdsAreRefused() {
    LayerList list = new LayerList();
    assertThatThrownBy(() -> list.add(LayerEntry.atlas(BundledLayer.RIVERS)))
        .hasMessageContaining("atlas.rivers");
  }
}
