package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {

  private static Graphics2D graphics() {
    return new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB).createGraphics();
  }

  private static Label label(String text, double x, double y, int priority) {
    return new Label(
        text,
        Palette.PLACE_FONT,
        Palette.LABEL,
        x,
        y,
        0,
        List.of(Label.Placement.CENTRE),
        priority);
  }

  @Test
  void overlappingLabels_keepTheHigherPriority() {
    LabelLayout layout = new LabelLayout(400, 300);
    layout.add(label("City", 200, 150, 10));
    layout.add(label("Tripoint", 205, 152, 100));
    layout.add(label("Far away", 80, 60, 5));
    layout.placeAndDraw(graphics());
    assertThat(layout.placedTexts()).containsExactly("Tripoint", "Far away");
  }

  @Test
  void aLabelMovesToItsNextCandidate_whenTheFirstIsTaken() {
    LabelLayout layout = new LabelLayout(400, 300);
    layout.addObstacle(new Rectangle2D.Double(200, 130, 150, 19)); // over the upper-right slot
    layout.add(
        new Label(
            "Almaty",
            Palette.PLACE_FONT,
            Palette.LABEL,
            200,
            150,
            0,
            Label.Placement.around(4),
            1));
    layout.placeAndDraw(graphics());
    assertThat(layout.placedTexts()).containsExactly("Almaty");
    // upper right is blocked; lower right (the second candidate) must now be taken
    assertThat(layout.isFree(new Rectangle2D.Double(210, 155, 20, 5))).isFalse();
  }

  @Test
  void labelsOutsideTheView_areDropped() {
    LabelLayout layout = new LabelLayout(400, 300);
    layout.add(label("Edge", 399, 150, 1));
    layout.placeAndDraw(graphics());
    assertThat(layout.placedTexts()).isEmpty();
  }
}
