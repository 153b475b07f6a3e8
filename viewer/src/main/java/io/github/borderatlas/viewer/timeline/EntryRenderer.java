package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;

/** Renders an entry as "date · title" with its kind's icon; {@code null} as a placeholder. */
final class EntryRenderer extends DefaultListCellRenderer {
  private final String placeholder;

  EntryRenderer(String placeholder) {
    this.placeholder = placeholder;
  }

  @Override
  public Component getListCellRendererComponent(
      JList<?> list, Object value, int index, boolean selected, boolean focus) {
    super.getListCellRendererComponent(list, value, index, selected, focus);
    if (value instanceof TimelineEntry t) {
      setText(t.date() + "  " + t.title());
      setIcon(EntryStyle.icon(t.kind(), 14));
      setToolTipText(EntryStyle.label(t.kind()) + ", " + EntryDetails.formatDate(t.date()));
    } else {
      setText(placeholder);
      setIcon(null);
    }
    return this;
  }
}
