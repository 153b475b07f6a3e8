package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Notified by a {@link TimelineModel} when the chosen date or the selected entry changes. Called on
 * the thread that changed the model (the Swing event thread in the viewer). All methods default to
 * doing nothing, so an implementation overrides only what it needs.
 *
 * <p>The main frame wires the map to the timeline with {@link #forMap}:
 *
 * <pre>{@code
 * timelinePanel.model().addListener(TimelineListener.forMap(mapView::setDate, mapView::highlight));
 * }</pre>
 */
public interface TimelineListener {

  /** The chosen date changed (by the slider, the date field, stepping, playing or a jump). */
  default void dateChanged(LocalDate date) {}

  /**
   * An entry was selected; {@link TimelineEntry#concerns()} holds the ids of the atlas features it
   * concerns (for example the Khorgos river for the 1881 treaty).
   */
  default void entrySelected(TimelineEntry entry) {}

  /** The selection was cleared; nothing is selected now. */
  default void selectionCleared() {}

  /**
   * A listener that passes every date change to {@code setDate} and, on selection, the entry's
   * {@code concerns} ids to {@code highlight} (an empty set when the selection is cleared).
   */
  static TimelineListener forMap(Consumer<LocalDate> setDate, Consumer<Set<String>> highlight) {
    Objects.requireNonNull(setDate, "setDate");
    Objects.requireNonNull(highlight, "highlight");
    return new TimelineListener() {
      @Override
      public void dateChanged(LocalDate date) {
        setDate.accept(date);
      }

      @Override
      public void entrySelected(TimelineEntry entry) {
        highlight.accept(Set.copyOf(entry.concerns()));
      }

      @Override
      public void selectionCleared() {
        highlight.accept(Set.of());
      }
    };
  }
}
