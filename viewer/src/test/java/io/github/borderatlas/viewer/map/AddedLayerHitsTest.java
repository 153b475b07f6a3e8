package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identify and hover on the layers the user added (issue 9 §2): features of visible added layers
 * are found under a point with the atlas' rules (points and lines within {@link
 * HitTester#TOLERANCE_PX}, areas inside), in the layer list's drawing order, and never in a hidden
 * layer. Positions are those of {@link LayerFixtures} (made up) and of the {@link TestAtlas} (78.5
 * 45.5 lies in its Kazakhstan, away from its rivers and lakes).
 */
class AddedLayerHitsTest {

  private static final ProjectedAtlas PA =
      new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION);
  private static final Viewport VP = Viewport.fit(PA.fullExtent(), 900, 650, 20);

  /**
   * A square 78..79 E, 45..46 N with a hole 78.25..78.75 E, 45.25..45.75 N (made up): about 40 km
   * across, so its centre lies well beyond the tolerance from its edge at the test's scale.
   */
  private static final String DONUT =
      "{\"type\":\"Feature\",\"properties\":{\"name\":\"Donut\"},\"geometry\":{\"type\":"
          + "\"Polygon\",\"coordinates\":[[[78,45],[79,45],[79,46],[78,46],[78,45]],"
          + "[[78.25,45.25],[78.75,45.25],[78.75,45.75],[78.25,45.75],[78.25,45.25]]]}}";

  private final LayerList layers = new LayerList();

  private String add(String title, String json) {
    return layers.addFile(title, Path.of(title), LayerFixtures.features(json)).id();
  }

  private List<String> idsAt(double lon, double lat) {
    double[] s = PixelProbe.screen(PA, VP, lon, lat);
    return idsAt(s[0], s[1], new RenderOptions(layers.snapshot(), null, null, null, true, null));
  }

  private static List<String> idsAt(double px, double py, RenderOptions options) {
    return HitTester.hitAllLayers(PA, VP, options, px, py).stream()
        .map(AddedLayerHitsTest::id)
        .toList();
  }

  /** An atlas feature's id; LAYER-TITLE#N (from 0) for an added feature. */
  static String id(MapFeature f) {
    return f instanceof AddedFeature a
        ? a.layerTitle() + "#" + a.index()
        : ((MapFeature.OfAtlas) f).feature().id();
  }

  @Test
  void aPointInsideAnAddedPolygon_listsItAboveTheAtlas_whenTheLayerIsOnTop() {
    add("square.geojson", LayerFixtures.POLYGON);
    List<String> ids = idsAt(78.5, 45.5);
    assertThat(ids).containsSubsequence("square.geojson#0", "country.KAZ");
    assertThat(ids.get(0)).isEqualTo("square.geojson#0");
    double[] s = PixelProbe.screen(PA, VP, 78.5, 45.5);
    RenderOptions options = new RenderOptions(layers.snapshot(), null, null, null, true, null);
    assertThat(HitTester.hitTop(PA, VP, options, s[0], s[1]).map(AddedLayerHitsTest::id))
        .contains("square.geojson#0");
    // the atlas-only queries are unchanged by added layers
    assertThat(HitTester.hitAll(PA, VP, options, s[0], s[1]).get(0).id()).isEqualTo("country.KAZ");
  }

  @Test
  void anAddedLayerBelowTheCountries_comesAfterThem() {
    String id = add("square.geojson", LayerFixtures.POLYGON);
    layers.move(id, 0); // drawn first, under the countries
    assertThat(idsAt(78.5, 45.5)).containsSubsequence("country.KAZ", "square.geojson#0");
  }

  @Test
  void twoAddedLayers_topmostFirst() {
    add("square.geojson", LayerFixtures.POLYGON);
    add("donut.geojson", DONUT);
    assertThat(idsAt(78.2, 45.2))
        .containsSubsequence("donut.geojson#0", "square.geojson#0", "country.KAZ");
  }

  @Test
  void aHiddenOrTransparentLayer_isNotHit() {
    String id = add("square.geojson", LayerFixtures.POLYGON);
    layers.setVisible(id, false);
    assertThat(idsAt(78.5, 45.5)).doesNotContain("square.geojson#0").contains("country.KAZ");
    layers.setVisible(id, true);
    layers.setOpacity(id, 0);
    assertThat(idsAt(78.5, 45.5)).doesNotContain("square.geojson#0");
  }

  @Test
  void aPolygonsHole_isNotInside_butItsEdgeIsWithinTheTolerance() {
    add("donut.geojson", DONUT);
    assertThat(idsAt(78.5, 45.5)).doesNotContain("donut.geojson#0");
    assertThat(idsAt(78.1, 45.5)).contains("donut.geojson#0");
    double[] edge = PixelProbe.screen(PA, VP, 79, 45.5);
    RenderOptions o = new RenderOptions(layers.snapshot(), null, null, null, true, null);
    assertThat(idsAt(edge[0] + 4, edge[1], o)).contains("donut.geojson#0"); // 4 px outside
    assertThat(idsAt(edge[0] + 9, edge[1], o)).doesNotContain("donut.geojson#0");
  }

  @Test
  void pointsAndLines_areHitWithinTheTolerance_nearestFirst() {
    add("points.geojson", LayerFixtures.POINTS);
    add("line.geojson", LayerFixtures.LINE);
    RenderOptions o = new RenderOptions(layers.snapshot(), null, null, null, true, null);
    double[] a = PixelProbe.screen(PA, VP, 80.5, 44.0); // point A
    assertThat(idsAt(a[0] + 3, a[1] - 3, o)).contains("points.geojson#0");
    assertThat(idsAt(a[0] + 7, a[1] - 7, o)).doesNotContain("points.geojson#0");
    double[] b2 = PixelProbe.screen(PA, VP, 81.5, 45.5); // second point of multipoint B
    assertThat(idsAt(b2[0], b2[1] + 5, o)).contains("points.geojson#1");
    double[] l = PixelProbe.screen(PA, VP, 79.5, 44.5); // on the line
    assertThat(idsAt(l[0], l[1] + 5, o)).first().isEqualTo("line.geojson#0");
    assertThat(idsAt(l[0], l[1] + 8, o)).doesNotContain("line.geojson#0");
  }

  @Test
  void theReadyLevelOfDetail_andFullDetail_findTheSameFeature() {
    ProjectedFeatures square = LayerFixtures.features(LayerFixtures.POLYGON);
    layers.addFile("square.geojson", Path.of("square.geojson"), square);
    assertThat(square.readyShapes(VP.metresPerPixel())).isEmpty(); // nothing computed yet
    assertThat(idsAt(78.5, 45.5)).first().isEqualTo("square.geojson#0");
    square.shapes(VP.metresPerPixel()); // as the render thread does
    assertThat(square.readyShapes(VP.metresPerPixel())).isPresent();
    assertThat(idsAt(78.5, 45.5)).first().isEqualTo("square.geojson#0");
    assertThat(idsAt(77.5, 45.5)).doesNotContain("square.geojson#0");
  }

  @Test
  void atlasLayersMovedInTheList_areHitInTheirNewOrder() {
    // by default the Ili (river, 79.5 43.8263 in the TestAtlas) lies above Kazakhstan
    assertThat(idsAt(79.5, 43.8263)).containsSubsequence("river.ili", "country.KAZ");
    layers.move("atlas.countries", layers.snapshot().size() - 1); // countries drawn on top
    assertThat(idsAt(79.5, 43.8263)).containsSubsequence("country.KAZ", "river.ili");
  }
}
