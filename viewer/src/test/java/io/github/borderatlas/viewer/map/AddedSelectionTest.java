package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layers.Palette;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map's selection among the features of added layers (issue 9 §2): selected features are
 * outlined in the selection colour over the map (a pixel test on the painted component), not while
 * their layer is hidden, and the selection goes with the layer and with an atlas selection. The
 * square is {@link LayerFixtures#POLYGON} (78..79 E, 45..46 N, made up). No window: the component
 * is painted into an image.
 */
class AddedSelectionTest {

  /** {@link Palette#SELECTION} (255, 61, 0 at alpha 200) over the paper (243, 241, 236). */
  private static final Color SELECTION_ON_PAPER = new Color(252, 100, 51);

  private MapView view;
  private ProjectedFeatures square;
  private LayerEntry layer;
  private final List<List<AddedFeature>> told = new ArrayList<>();

  @BeforeEach
  void map() {
    view = new MapView(new ProjectedAtlas(TestAtlas.atlas(), RegionMapProjection.REGION));
    view.setSize(500, 500);
    square = LayerFixtures.features(LayerFixtures.POLYGON);
    layer = view.layerList().addFile("square.geojson", Path.of("square.geojson"), square);
    // drawn in blue: its automatic first colour, red 0xD1495B, lies only 65 (RGB) from the
    // selection colour on paper, and the rendered map under the outlines shows the layer
    view.layerList()
        .setStyle(layer.id(), layer.style().withStroke(new Color(0x2E86AB), 1.2f).withFill(null));
    view.setViewport(Viewport.fit(square.extent(), 500, 500, 80));
    square.shapes(view.viewport().metresPerPixel()); // as the render thread does
    view.addedSelection().addListener(told::add);
  }

  @AfterEach
  void dispose() {
    view.dispose();
  }

  /**
   * How far (RGB) the nearest pixel within 2 px of the square's west edge is from selection, once
   * the render thread has delivered the map of the current state (painting earlier would show the
   * map of an earlier state, or none, depending on timing).
   */
  private double selectionNearWestEdge() throws Exception {
    for (int i = 0; i < 1000 && onEdt(view::isRendering); i++) {
      Thread.sleep(10);
    }
    BufferedImage img = new BufferedImage(500, 500, BufferedImage.TYPE_INT_RGB);
    SwingUtilities.invokeAndWait(
        () -> {
          Graphics2D g = img.createGraphics();
          view.paint(g);
          g.dispose();
        });
    double[] xy = new double[2];
    view.projectedAtlas().projection().project(78, 45.5, xy);
    Viewport vp = view.viewport();
    return PixelProbe.nearest(img, vp.screenX(xy[0]), vp.screenY(xy[1]), 2, SELECTION_ON_PAPER);
  }

  private static <T> T onEdt(Supplier<T> s) throws Exception {
    AtomicReference<T> ref = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> ref.set(s.get()));
    return ref.get();
  }

  private AddedFeature theSquare() {
    return new AddedFeature(layer.id(), layer.title(), square, 0);
  }

  @Test
  void selectedAddedFeature_isOutlinedInTheSelectionColour() throws Exception {
    assertThat(selectionNearWestEdge()).isGreaterThan(80); // nothing selected: no such colour
    view.selectAdded(List.of(theSquare()));
    assertThat(view.addedSelection().features()).containsExactly(theSquare());
    assertThat(told).containsExactly(List.of(theSquare()));
    assertThat(selectionNearWestEdge()).isLessThan(40);
  }

  @Test
  void aHiddenLayersSelection_isNotDrawn_butKept() throws Exception {
    view.selectAdded(List.of(theSquare()));
    view.layerList().setVisible(layer.id(), false);
    assertThat(selectionNearWestEdge()).isGreaterThan(80);
    assertThat(view.addedSelection().features()).containsExactly(theSquare());
  }

  @Test
  void removingTheLayer_orSelectingAnAtlasFeature_clearsTheAddedSelection() {
    view.selectAdded(List.of(theSquare()));
    view.layerList().remove(layer.id());
    assertThat(view.addedSelection().features()).isEmpty();
    assertThat(told).last().isEqualTo(List.of());

    LayerEntry again = view.layerList().addFile("square.geojson", Path.of("s"), square);
    view.selectAdded(List.of(new AddedFeature(again.id(), again.title(), square, 0)));
    view.select("country.KAZ");
    assertThat(view.addedSelection().features()).isEmpty();
    assertThat(view.selected()).isPresent();
    // and back: choosing an added feature clears the atlas selection
    List<String> atlasTold = new ArrayList<>();
    view.addFeatureSelectionListener(f -> atlasTold.add(f == null ? "null" : f.id()));
    view.choose(new AddedFeature(again.id(), again.title(), square, 0));
    assertThat(view.selected()).isEmpty();
    assertThat(atlasTold).containsExactly("null");
    assertThat(view.addedSelection().features()).hasSize(1);
  }

  @Test
  void hoveringAnAddedFeature_givesItsNameAndLayerAsTooltip() {
    view.setHovered(theSquare());
    String tip = view.getToolTipText(null);
    assertThat(tip).contains("<b>Square</b>").contains("square.geojson");
  }
}
