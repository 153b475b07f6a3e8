package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label rules of issue 14 item 3 on synthetic inputs: what is drawn over the map blocks labels,
 * a place label keeps to its side of the border when it can, and crowded places share one label.
 */
class LabelRulesTest {

  private static Graphics2D graphics() {
    return new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB).createGraphics();
  }

  private static Label city(String text, double x, double y) {
    return new Label(
        text, Palette.PLACE_FONT, Palette.LABEL, x, y, 0, Label.Placement.around(4), 70);
  }

  /** A vertical "border" 10 px right of (200, 150), from top to bottom of the view. */
  private static Path2D borderRightOfTheCity() {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(210, 0);
    p.lineTo(210, 300);
    return p;
  }

  @Test
  void anOverlayBox_keepsLabelsOff() {
    LabelLayout layout = new LabelLayout(400, 300);
    // a measure readout's box over every right-hand position of the city
    Rectangle2D readout = new Rectangle2D.Double(204, 120, 120, 60);
    layout.addObstacle(readout);
    layout.add(city("Zharkent", 200, 150));
    layout.placeAndDraw(graphics());
    assertThat(layout.placed()).hasSize(1);
    assertThat(layout.placed().get(0).box().intersects(readout)).isFalse();
  }

  @Test
  void aLabelKeepingSide_takesAPositionClearOfTheBorder() {
    LabelLayout layout = new LabelLayout(400, 300);
    layout.addBarrier(borderRightOfTheCity());
    layout.add(city("Zharkent", 200, 150).keepingSide());
    layout.placeAndDraw(graphics());
    Rectangle2D box = layout.placed().get(0).box();
    assertThat(box.intersectsLine(new Line2D.Double(210, 0, 210, 300))).isFalse();
    assertThat(box.getMaxX()).isLessThan(210); // on the city's own (left) side
  }

  @Test
  void aLabelFreeToCross_takesItsFirstPosition_acrossTheBorder() {
    // the same label without the rule: upper right, straddling the line (what the issue saw)
    LabelLayout layout = new LabelLayout(400, 300);
    layout.addBarrier(borderRightOfTheCity());
    layout.add(city("Zharkent", 200, 150));
    layout.placeAndDraw(graphics());
    assertThat(layout.placed().get(0).box().intersectsLine(new Line2D.Double(210, 0, 210, 300)))
        .isTrue();
  }

  @Test
  void whenEveryPositionCrossesTheBorder_theLabelIsStillPlaced() {
    LabelLayout layout = new LabelLayout(400, 300);
    Path2D.Double ring = new Path2D.Double(); // a tight ring round the city: no clear position
    ring.moveTo(190, 140);
    ring.lineTo(212, 140);
    ring.lineTo(212, 160);
    ring.lineTo(190, 160);
    ring.closePath();
    layout.addBarrier(ring);
    layout.add(city("Zharkent", 200, 150).keepingSide());
    layout.placeAndDraw(graphics());
    assertThat(layout.placedTexts()).containsExactly("Zharkent");
  }

  @Test
  void crowdedPlaces_formOneGroupLedByTheHighestPriority() {
    List<double[]> xy =
        List.of(
            new double[] {100, 100}, // city
            new double[] {104, 98}, // crossing, 4.5 px away
            new double[] {100, 100}, // centre, same point
            new double[] {110, 105}, // waterworks, 11 px away
            new double[] {200, 100}); // far away
    int[] priorities = {70, 90, 85, 45, 70};
    List<List<Integer>> groups = PlacePainter.clusters(xy, priorities, 14);
    assertThat(groups).containsExactly(List.of(1, 2, 0, 3), List.of(4));
  }

  @Test
  void spreadPlaces_keepTheirOwnLabels() {
    // the same places zoomed in 4x: 18 px and more apart
    List<double[]> xy =
        List.of(
            new double[] {400, 400},
            new double[] {418, 392},
            new double[] {440, 420},
            new double[] {800, 400});
    List<List<Integer>> groups = PlacePainter.clusters(xy, new int[] {70, 90, 45, 70}, 14);
    assertThat(groups).hasSize(4);
  }

  @Test
  void placesOnTheLine_mayLabelAcrossIt_othersKeepTheirSide() {
    assertThat(PlacePainter.keepsSide(io.github.borderatlas.core.model.PlaceKind.CITY)).isTrue();
    assertThat(PlacePainter.keepsSide(io.github.borderatlas.core.model.PlaceKind.BORDER_CROSSING))
        .isFalse();
    assertThat(PlacePainter.keepsSide(io.github.borderatlas.core.model.PlaceKind.TRIPOINT))
        .isFalse();
  }
}
