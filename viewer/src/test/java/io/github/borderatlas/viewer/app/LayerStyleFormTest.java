package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.viewer.draw.GeometryKind;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerFixtures;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import io.github.borderatlas.viewer.layerlist.PointSymbol;
import java.awt.Color;
import org.junit.jupiter.api.Test;

/** The layer list's style form: starts from the layer's style, offers its properties as labels. */
class LayerStyleFormTest {

  private static final Color BLUE = new Color(30, 90, 200);

  @Test
  void untouched_givesTheStyleItWasOpenedWith() {
    LayerStyle polygon = LayerStyle.defaults(GeometryKind.POLYGON, BLUE);
    ProjectedFeatures square = LayerFixtures.features(LayerFixtures.POLYGON);
    assertThat(new LayerStyleForm(polygon, square).style()).isEqualTo(polygon);
    LayerStyle labelled = polygon.withLabelField("name");
    assertThat(new LayerStyleForm(labelled, square).style()).isEqualTo(labelled);
  }

  @Test
  void labelChoices_areTheFeaturesProperties_afterNoLabels() {
    // LayerFixtures.POINTS: two features, each with the one property "name"
    LayerStyleForm form =
        new LayerStyleForm(
            LayerStyle.defaults(GeometryKind.POINT, BLUE),
            LayerFixtures.features(LayerFixtures.POINTS));
    assertThat(form.labelChoices()).containsExactly(LayerStyleForm.NO_LABELS, "name");
  }

  @Test
  void changedControls_giveTheNewStyle_keepingTheColours() {
    LayerStyle polygon = LayerStyle.defaults(GeometryKind.POLYGON, BLUE);
    LayerStyleForm form =
        new LayerStyleForm(polygon, LayerFixtures.features(LayerFixtures.POLYGON));
    form.set(3f, false, PointSymbol.SQUARE, 12f, "name");
    LayerStyle s = form.style();
    assertThat(s.stroke()).isEqualTo(BLUE);
    assertThat(s.strokeWidthPx()).isEqualTo(3f);
    assertThat(s.fill()).as("fill unticked").isNull();
    assertThat(s.pointSymbol()).isEqualTo(PointSymbol.SQUARE);
    assertThat(s.pointSizePx()).isEqualTo(12f);
    assertThat(s.labelField()).isEqualTo("name");

    form.set(3f, false, PointSymbol.SQUARE, 12f, null);
    assertThat(form.style().labelField()).as("no labels").isNull();
  }

  @Test
  void tickingFill_onALineLayer_fillsInItsColourMadeTranslucent() {
    LayerStyle line = LayerStyle.defaults(GeometryKind.LINE, BLUE);
    LayerStyleForm form = new LayerStyleForm(line, LayerFixtures.features(LayerFixtures.LINE));
    form.set(line.strokeWidthPx(), true, line.pointSymbol(), line.pointSizePx(), null);
    assertThat(form.style().fill()).isEqualTo(LayerStyle.translucent(BLUE));
  }
}
