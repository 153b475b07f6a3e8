package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.layers.MapLayer;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.BorderLayout;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The layer list: one checkbox per {@link MapLayer}, topmost first, toggling its visibility on the
 * map. Kept in step with the View menu through {@link #refresh()}.
 */
final class LayerListPanel extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient MapView map;
  private final Map<MapLayer, JCheckBox> boxes = new EnumMap<>(MapLayer.class);
  private final transient Runnable onChange;

  LayerListPanel(MapView map, Runnable onChange) {
    super(new BorderLayout());
    this.map = map;
    this.onChange = onChange;
    JPanel list = new JPanel();
    list.setLayout(new BoxLayout(list, BoxLayout.Y_AXIS));
    list.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
    JLabel title = new JLabel("Layers (top first)");
    title.putClientProperty("FlatLaf.styleClass", "h4");
    list.add(title);
    list.add(Box.createVerticalStrut(6));
    MapLayer[] layers = MapLayer.values();
    for (int i = layers.length - 1; i >= 0; i--) {
      MapLayer layer = layers[i];
      JCheckBox box = new JCheckBox(layer.label(), map.isLayerVisible(layer));
      box.setName("layer." + layer.name().toLowerCase(java.util.Locale.ROOT));
      box.addActionListener(
          e -> {
            map.setLayerVisible(layer, box.isSelected());
            this.onChange.run();
          });
      boxes.put(layer, box);
      list.add(box);
    }
    add(list, BorderLayout.NORTH);
  }

  /** Re-reads the map's visibility into the checkboxes. */
  void refresh() {
    boxes.forEach((layer, box) -> box.setSelected(map.isLayerVisible(layer)));
  }

  /** The checkbox of a layer (for tests). */
  JCheckBox box(MapLayer layer) {
    return boxes.get(layer);
  }
}
