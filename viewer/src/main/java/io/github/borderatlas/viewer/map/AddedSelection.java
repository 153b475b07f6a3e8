package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The map's selection among the features of added layers ({@link MapView#selectAdded}): the chosen
 * features and the listeners told of every change. A selection outlives hiding its layer (it is
 * just not drawn) but not removing the layer or replacing it with another load.
 *
 * <p>Not thread-safe: used on the event dispatch thread, as the map.
 */
public final class AddedSelection {

  private final List<Consumer<List<AddedFeature>>> listeners = new CopyOnWriteArrayList<>();
  private final Runnable repaint;
  private List<AddedFeature> chosen = List.of();

  AddedSelection(Runnable repaint) {
    this.repaint = Objects.requireNonNull(repaint, "repaint");
  }

  /** The selected features, in the order chosen (empty when none); immutable. */
  public List<AddedFeature> features() {
    return chosen;
  }

  /** Told the selected features whenever they change (empty when cleared). */
  public void addListener(Consumer<List<AddedFeature>> l) {
    listeners.add(Objects.requireNonNull(l, "listener"));
  }

  public void removeListener(Consumer<List<AddedFeature>> l) {
    listeners.remove(l);
  }

  /** Sets the selection without telling the listeners (yet). */
  void quietlySet(List<AddedFeature> features) {
    chosen = List.copyOf(features);
  }

  /** Sets the selection, repaints and tells the listeners. */
  void set(List<AddedFeature> features) {
    chosen = List.copyOf(features);
    repaint.run();
    for (Consumer<List<AddedFeature>> l : listeners) {
      l.accept(chosen);
    }
  }

  /** Drops what no longer belongs to {@code layers} (telling the listeners if anything went). */
  void layersChanged(List<LayerEntry> layers) {
    List<AddedFeature> kept = keep(layers, false);
    if (!kept.equals(chosen)) {
      set(kept);
    }
  }

  /** The selected features whose layer is in {@code layers} and visible: those to outline. */
  List<AddedFeature> shownIn(List<LayerEntry> layers) {
    return keep(layers, true);
  }

  private List<AddedFeature> keep(List<LayerEntry> layers, boolean visibleOnly) {
    List<AddedFeature> out = new ArrayList<>(chosen.size());
    for (AddedFeature a : chosen) {
      for (LayerEntry e : layers) {
        if (e.id().equals(a.layerId())
            && e.source() instanceof LayerSource.File f
            && f.features() == a.layer()
            && (!visibleOnly || (e.visible() && e.opacity() > 0))) {
          out.add(a);
          break;
        }
      }
    }
    return List.copyOf(out);
  }
}
