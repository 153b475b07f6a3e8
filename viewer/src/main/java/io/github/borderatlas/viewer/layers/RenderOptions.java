package io.github.borderatlas.viewer.layers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What to draw besides the geometry: visible layers, the date (features not valid on it are drawn
 * greyed), highlighted and selected feature ids, and whether to draw the decorations (legend and
 * scale bar; the attribution is always drawn). Immutable and thread-safe; the {@code with…} methods
 * return copies.
 *
 * @param visible the visible layers
 * @param date the map's date, or {@code null} to draw every feature as current
 * @param highlighted ids drawn with a highlight (e.g. what a treaty concerns)
 * @param selectedId id of the selected feature, or {@code null}
 * @param decorations whether the legend and scale bar are drawn (the attribution always is)
 * @param language the language of the labels ({@code null} is read as English)
 */
public record RenderOptions(
    Set<MapLayer> visible,
    LocalDate date,
    Set<String> highlighted,
    String selectedId,
    boolean decorations,
    LabelLanguage language) {

  /** Every layer, no date, nothing highlighted, with decorations. */
  public static final RenderOptions DEFAULT =
      new RenderOptions(MapLayer.all(), null, Set.of(), null, true, LabelLanguage.ENGLISH);

  public RenderOptions {
    visible = visible == null || visible.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(visible));
    highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
    language = language == null ? LabelLanguage.ENGLISH : language;
  }

  public boolean isVisible(MapLayer layer) {
    return visible.contains(layer);
  }

  public Optional<LocalDate> optionalDate() {
    return Optional.ofNullable(date);
  }

  public RenderOptions withVisible(Set<MapLayer> layers) {
    return new RenderOptions(layers, date, highlighted, selectedId, decorations, language);
  }

  public RenderOptions withLayer(MapLayer layer, boolean on) {
    EnumSet<MapLayer> set = EnumSet.noneOf(MapLayer.class);
    set.addAll(visible);
    if (on) {
      set.add(layer);
    } else {
      set.remove(layer);
    }
    return withVisible(set);
  }

  public RenderOptions withDate(LocalDate newDate) {
    return new RenderOptions(visible, newDate, highlighted, selectedId, decorations, language);
  }

  public RenderOptions withHighlighted(Set<String> ids) {
    return new RenderOptions(visible, date, ids, selectedId, decorations, language);
  }

  public RenderOptions withSelected(String id) {
    return new RenderOptions(visible, date, highlighted, id, decorations, language);
  }

  public RenderOptions withLanguage(LabelLanguage newLanguage) {
    return new RenderOptions(visible, date, highlighted, selectedId, decorations, newLanguage);
  }

  public RenderOptions withDecorations(boolean on) {
    return new RenderOptions(visible, date, highlighted, selectedId, on, language);
  }
}
