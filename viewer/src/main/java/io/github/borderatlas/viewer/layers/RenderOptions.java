package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to draw besides the geometry: the layers (a {@link LayerList} snapshot: order, visibility,
 * opacity, style), the date (features not valid on it are drawn greyed), highlighted and selected
 * feature ids, whether to draw the decorations (legend and scale bar; the attribution is always
 * drawn) and the label language. Immutable and thread-safe; the {@code with…} methods return
 * copies.
 *
 * @param layers the layers in drawing order, bottom first
 * @param date the map's date, or {@code null} to draw every feature as current
 * @param highlighted ids drawn with a highlight (e.g. what a treaty concerns)
 * @param selectedId id of the selected feature, or {@code null}
 * @param decorations whether the legend and scale bar are drawn (the attribution always is)
 * @param language the language of the labels ({@code null} is read as English)
 */
public record RenderOptions(
    List<LayerEntry> layers,
    LocalDate date,
    Set<String> highlighted,
    String selectedId,
    boolean decorations,
    LabelLanguage language) {

  /** The atlas' layers, all visible, no date, nothing highlighted, with decorations. */
  public static final RenderOptions DEFAULT =
      new RenderOptions(LayerList.atlasLayers(), null, Set.of(), null, true, LabelLanguage.ENGLISH);

  public RenderOptions {
    layers = layers == null ? List.of() : List.copyOf(layers);
    highlighted = highlighted == null ? Set.of() : Set.copyOf(highlighted);
    language = language == null ? LabelLanguage.ENGLISH : language;
  }

  /** Whether an atlas layer is in the list and visible. */
  public boolean isVisible(BundledLayer layer) {
    for (LayerEntry e : layers) {
      if (e.visible() && e.bundled().filter(layer::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  public Optional<LocalDate> optionalDate() {
    return Optional.ofNullable(date);
  }

  public RenderOptions withLayers(List<LayerEntry> newLayers) {
    return new RenderOptions(newLayers, date, highlighted, selectedId, decorations, language);
  }

  /** Shows exactly these atlas layers (added layers keep their visibility). */
  public RenderOptions withVisible(Set<BundledLayer> shown) {
    List<LayerEntry> next = new ArrayList<>();
    for (LayerEntry e : layers) {
      next.add(e.bundled().map(b -> e.withVisible(shown.contains(b))).orElse(e));
    }
    return withLayers(next);
  }

  /** Shows or hides one atlas layer. */
  public RenderOptions withLayer(BundledLayer layer, boolean on) {
    List<LayerEntry> next = new ArrayList<>();
    for (LayerEntry e : layers) {
      next.add(e.bundled().filter(layer::equals).isPresent() ? e.withVisible(on) : e);
    }
    return withLayers(next);
  }

  public RenderOptions withDate(LocalDate newDate) {
    return new RenderOptions(layers, newDate, highlighted, selectedId, decorations, language);
  }

  public RenderOptions withHighlighted(Set<String> ids) {
    return new RenderOptions(layers, date, ids, selectedId, decorations, language);
  }

  public RenderOptions withSelected(String id) {
    return new RenderOptions(layers, date, highlighted, id, decorations, language);
  }

  public RenderOptions withLanguage(LabelLanguage newLanguage) {
    return new RenderOptions(layers, date, highlighted, selectedId, decorations, newLanguage);
  }

  public RenderOptions withDecorations(boolean on) {
    return new RenderOptions(layers, date, highlighted, selectedId, on, language);
  }
}
