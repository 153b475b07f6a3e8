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
    // the text is given, not left to the superclass: TimelineEntry.toString writes its geometry
    String text = value instanceof TimelineEntry t ? t.date() + "  " + t.title() : placeholder;
    super.getListCellRendererComponent(list, text, index, selected, focus);
    if (value instanceof TimelineEntry t) {
      setIcon(EntryStyle.icon(t.kind(), 14));
      setToolTipText(EntryStyle.label(t.kind()) + ", " + EntryDetails.formatDate(t.date()));
    } else {
      setIcon(null);
    }
    return this;
  }
}
