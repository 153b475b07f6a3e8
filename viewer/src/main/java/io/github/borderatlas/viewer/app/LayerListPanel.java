package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.layerlist.LayerStyle;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JColorChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * The layer list: one row per layer of the map's {@link LayerList}, topmost first, with a checkbox
 * (visibility), an opacity slider, the colour of an added layer (click to change it), and buttons
 * to move the layer up or down and to remove it; below, "Add layer…" opens files. The rows are
 * rebuilt from the list's snapshot whenever it changes, so the menus, the map and this panel never
 * disagree. Event dispatch thread only.
 */
final class LayerListPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient LayerList layers;
  private final JPanel rows = new JPanel();
  private final Map<String, JCheckBox> boxes = new HashMap<>();
  private final transient Runnable onChange;

  /**
   * @param map the map whose layers are listed
   * @param onChange run after every change of the list (keeps the menus in step)
   * @param addLayers run by the "Add layer…" button
   */
  LayerListPanel(MapView map, Runnable onChange, Runnable addLayers) {
    super(new BorderLayout());
    this.layers = map.layerList();
    this.onChange = onChange;
    JPanel top = new JPanel();
    top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
    top.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
    JLabel title = new JLabel("Layers (top first)");
    title.putClientProperty("FlatLaf.styleClass", "h4");
    title.setAlignmentX(LEFT_ALIGNMENT);
    top.add(title);
    top.add(Box.createVerticalStrut(6));
    rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
    rows.setAlignmentX(LEFT_ALIGNMENT);
    top.add(rows);
    top.add(Box.createVerticalStrut(8));
    JButton add = new JButton("Add layer…");
    add.setName("layers.add");
    add.setAlignmentX(LEFT_ALIGNMENT);
    add.addActionListener(e -> addLayers.run());
    top.add(add);
    add(top, BorderLayout.NORTH);
    layers.addListener(snapshot -> refresh());
    refresh();
  }

  /** Rebuilds the rows from the layer list. */
  void refresh() {
    rows.removeAll();
    boxes.clear();
    List<LayerEntry> all = layers.snapshot();
    for (int i = all.size() - 1; i >= 0; i--) {
      rows.add(row(all.get(i), i, all.size()));
    }
    rows.revalidate();
    rows.repaint();
    onChange.run();
  }

  private JPanel row(LayerEntry e, int index, int count) {
    JPanel row = new JPanel(new BorderLayout(4, 0));
    row.setAlignmentX(LEFT_ALIGNMENT);
    row.setName("layerRow." + e.id());
    JCheckBox box = new JCheckBox(e.title(), e.visible());
    box.setName(e.bundled().map(b -> "layer." + b.key()).orElse("layer." + e.id()));
    box.setToolTipText(e.title());
    box.addActionListener(a -> layers.setVisible(e.id(), box.isSelected()));
    boxes.put(e.id(), box);
    row.add(box, BorderLayout.CENTER);
    JPanel tools = new JPanel(new FlowLayout(FlowLayout.RIGHT, 2, 0));
    if (e.style() != null) {
      tools.add(colourButton(e));
    }
    if (e.source() instanceof LayerSource.File file) {
      tools.add(
          small(
              "…",
              "Style",
              true,
              () -> {
                LayerStyleForm form = new LayerStyleForm(e.style(), file.features());
                int answer =
                    JOptionPane.showConfirmDialog(
                        this,
                        form,
                        "Style of " + e.title(),
                        JOptionPane.OK_CANCEL_OPTION,
                        JOptionPane.PLAIN_MESSAGE);
                if (answer == JOptionPane.OK_OPTION) {
                  layers.setStyle(e.id(), form.style());
                }
              }));
    }
    JSlider opacity = new JSlider(0, 100, (int) Math.round(e.opacity() * 100));
    opacity.setName("opacity." + e.id());
    opacity.setToolTipText("Opacity");
    opacity.setPreferredSize(new Dimension(70, opacity.getPreferredSize().height));
    opacity.addChangeListener(
        c -> {
          if (!opacity.getValueIsAdjusting()) {
            layers.setOpacity(e.id(), opacity.getValue() / 100.0);
          }
        });
    tools.add(opacity);
    tools.add(small("▲", "Move up", index < count - 1, () -> layers.moveBy(e.id(), 1)));
    tools.add(small("▼", "Move down", index > 0, () -> layers.moveBy(e.id(), -1)));
    tools.add(small("✕", "Remove", true, () -> layers.remove(e.id())));
    row.add(tools, BorderLayout.EAST);
    row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
    return row;
  }

  private JButton colourButton(LayerEntry e) {
    LayerStyle style = e.style();
    JButton b = new JButton("  ");
    b.setName("colour." + e.id());
    b.setToolTipText("Colour");
    b.setBackground(style.keyColour());
    b.addActionListener(
        a -> {
          Color c = JColorChooser.showDialog(this, "Colour of " + e.title(), style.keyColour());
          if (c != null) {
            layers.setStyle(e.id(), recoloured(style, c));
          }
        });
    return b;
  }

  /** The style in another colour: the fill of point layers, else the stroke (and its fill). */
  static LayerStyle recoloured(LayerStyle style, Color c) {
    if (style.stroke().equals(Color.WHITE) && style.fill() != null) {
      return style.withFill(c);
    }
    LayerStyle s = style.withStroke(c, style.strokeWidthPx());
    return style.fill() == null ? s : s.withFill(LayerStyle.translucent(c));
  }

  private static JButton small(String text, String tip, boolean enabled, Runnable action) {
    JButton b = new JButton(text);
    b.setToolTipText(tip);
    b.setName(tip.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
    b.setEnabled(enabled);
    b.setMargin(new java.awt.Insets(0, 3, 0, 3));
    b.addActionListener(a -> action.run());
    return b;
  }

  /** The checkbox of an atlas layer (for tests). */
  JCheckBox box(BundledLayer layer) {
    return boxes.get("atlas." + layer.key());
  }

  /** The checkbox of any layer by id (for tests). */
  JCheckBox box(String id) {
    return boxes.get(id);
  }
}
