package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import io.github.borderatlas.viewer.layerlist.PointSymbol;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The style of an added layer as a form (the layer list's "Style…" dialog): line width, whether
 * areas are filled, point symbol and size, and the property that labels each feature, chosen among
 * the properties the layer's features have. The colour is the layer list's colour button. Event
 * dispatch thread only.
 */
final class LayerStyleForm extends JPanel {

  private static final long serialVersionUID = 1L;

  /** The label field choice meaning "no labels". */
  static final String NO_LABELS = "(no labels)";

  /** At most this many features are looked at for property names. */
  static final int FIELD_SCAN_LIMIT = 10_000;

  private final transient LayerStyle original;
  private final JSpinner strokeWidthPx;
  private final JCheckBox fill = new JCheckBox("Fill areas");
  private final JComboBox<PointSymbol> symbol = new JComboBox<>(PointSymbol.values());
  private final JSpinner pointSizePx;
  private final JComboBox<String> labelField;

  LayerStyleForm(LayerStyle style, ProjectedFeatures features) {
    super(new GridBagLayout());
    this.original = style;
    strokeWidthPx =
        new JSpinner(new SpinnerNumberModel((double) style.strokeWidthPx(), 0.2, 20.0, 0.2));
    strokeWidthPx.setName("style.strokeWidth");
    fill.setSelected(style.fill() != null);
    fill.setName("style.fill");
    symbol.setSelectedItem(style.pointSymbol());
    symbol.setName("style.symbol");
    pointSizePx =
        new JSpinner(new SpinnerNumberModel((double) style.pointSizePx(), 2.0, 40.0, 1.0));
    pointSizePx.setName("style.pointSize");
    List<String> fields = new ArrayList<>();
    fields.add(NO_LABELS);
    fields.addAll(fieldNames(features));
    labelField = new JComboBox<>(fields.toArray(new String[0]));
    labelField.setName("style.labelField");
    labelField.setSelectedItem(style.labelField() == null ? NO_LABELS : style.labelField());
    int row = 0;
    add("Line width (px)", strokeWidthPx, row++);
    add("", fill, row++);
    add("Point symbol", symbol, row++);
    add("Point size (px)", pointSizePx, row++);
    add("Label", labelField, row);
  }

  private void add(String label, JComponent field, int row) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = row;
    c.insets = new Insets(3, 3, 3, 8);
    c.anchor = GridBagConstraints.LINE_START;
    add(new JLabel(label), c);
    c.gridx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    add(field, c);
  }

  /**
   * The property names of the features, in the order first met, looking at the first {@link
   * #FIELD_SCAN_LIMIT} features (a layer of millions of points keeps its dialog instant).
   */
  static List<String> fieldNames(ProjectedFeatures features) {
    Set<String> names = new LinkedHashSet<>();
    List<ProjectedFeatures.Feature> all = features.features();
    for (int i = 0; i < all.size() && i < FIELD_SCAN_LIMIT; i++) {
      names.addAll(all.get(i).properties().keySet());
    }
    return List.copyOf(names);
  }

  /**
   * The style the form shows: the original colours, a fill in the original fill colour (or the
   * stroke colour made translucent if the original had none) when "Fill areas" is ticked.
   */
  LayerStyle style() {
    LayerStyle s =
        original.withStroke(original.stroke(), ((Number) strokeWidthPx.getValue()).floatValue());
    if (!fill.isSelected()) {
      s = s.withFill(null);
    } else if (original.fill() == null) {
      s = s.withFill(LayerStyle.translucent(original.stroke()));
    }
    s =
        s.withPointSymbol(
            (PointSymbol) symbol.getSelectedItem(), ((Number) pointSizePx.getValue()).floatValue());
    String field = (String) labelField.getSelectedItem();
    return s.withLabelField(NO_LABELS.equals(field) ? null : field);
  }

  /** Sets the controls (for tests). */
  void set(float widthPx, boolean filled, PointSymbol sym, float sizePx, String field) {
    strokeWidthPx.setValue((double) widthPx);
    fill.setSelected(filled);
    symbol.setSelectedItem(sym);
    pointSizePx.setValue((double) sizePx);
    labelField.setSelectedItem(field == null ? NO_LABELS : field);
  }

  /** The label field choices (for tests). */
  List<String> labelChoices() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < labelField.getItemCount(); i++) {
      out.add(labelField.getItemAt(i));
    }
    return out;
  }
}
