package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The map's layers in drawing order (first drawn first, at the bottom): the atlas' layers and the
 * files the user added, each shown or hidden, with an opacity and (for files) a style. The user
 * adds, removes, reorders, hides and fades layers; every change replaces the whole list with a new
 * immutable {@link #snapshot()} and then tells the listeners.
 *
 * <p>Thread safety: changes are serialised (synchronized); {@link #snapshot()} is a volatile read
 * of an immutable list, so render threads take it without locking and see a consistent list.
 * Listeners run on the thread that made the change, after it; the viewer changes the list on the
 * event dispatch thread only.
 */
public final class LayerList {

  private final List<Consumer<List<LayerEntry>>> listeners = new CopyOnWriteArrayList<>();
  private volatile List<LayerEntry> layers;
  private int added;

  /** A list holding the atlas' layers, all visible, in their default order. */
  public LayerList() {
    this(atlasLayers());
  }

  /** A list holding {@code initial}. */
  public LayerList(List<LayerEntry> initial) {
    this.layers = checked(initial);
  }

  /** The atlas' layers in default order, visible and opaque. */
  public static List<LayerEntry> atlasLayers() {
    List<LayerEntry> out = new ArrayList<>();
    for (BundledLayer l : BundledLayer.values()) {
      out.add(LayerEntry.atlas(l));
    }
    return List.copyOf(out);
  }

  /** The layers now, bottom first; immutable. */
  public List<LayerEntry> snapshot() {
    return layers;
  }

  /** Told of every change with the new snapshot. */
  public void addListener(Consumer<List<LayerEntry>> l) {
    listeners.add(l);
  }

  public void removeListener(Consumer<List<LayerEntry>> l) {
    listeners.remove(l);
  }

  /** The layer with this id, if present. */
  public Optional<LayerEntry> find(String id) {
    return layers.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Adds a file's features on top, with the automatic style of its geometry kind in the next colour
   * of {@link LayerColours}.
   *
   * @param title the name shown (e.g. the file name)
   * @return the new layer
   */
  public LayerEntry addFile(String title, Path file, ProjectedFeatures features) {
    return addFile(title, file, null, features);
  }

  /**
   * Adds a file's features on top, as {@link #addFile(String, Path, ProjectedFeatures)}.
   *
   * @param table the GeoPackage table they come from, or {@code null} for a GeoJSON file
   * @return the new layer
   */
  public LayerEntry addFile(String title, Path file, String table, ProjectedFeatures features) {
    LayerEntry entry;
    synchronized (this) {
      List<Color> used = new ArrayList<>();
      for (LayerEntry e : layers) {
        if (e.style() != null) {
          used.add(e.style().keyColour());
        }
      }
      Color colour = LayerColours.next(used, added);
      entry =
          new LayerEntry(
              freshId(),
              title,
              new LayerSource.File(file, table, features),
              true,
              1.0,
              LayerStyle.defaults(features.kind(), colour));
      List<LayerEntry> next = new ArrayList<>(layers);
      next.add(entry);
      layers = checked(next);
    }
    fire();
    return entry;
  }

  /** Adds a layer on top (its id must be new). */
  public void add(LayerEntry entry) {
    synchronized (this) {
      List<LayerEntry> next = new ArrayList<>(layers);
      next.add(entry);
      layers = checked(next);
      added++;
    }
    fire();
  }

  /** Replaces every layer (e.g. from a project file). */
  public void replaceAll(List<LayerEntry> entries) {
    synchronized (this) {
      layers = checked(entries);
    }
    fire();
  }

  /** Removes a layer; false when there is none with this id. */
  public boolean remove(String id) {
    return change(id, e -> null);
  }

  /**
   * Moves a layer to position {@code index} in drawing order (0 = bottom), clamped to the list.
   *
   * @return false when there is no layer with this id
   */
  public boolean move(String id, int index) {
    synchronized (this) {
      List<LayerEntry> next = new ArrayList<>(layers);
      int from = indexOf(next, id);
      if (from < 0) {
        return false;
      }
      LayerEntry e = next.remove(from);
      next.add(Math.max(0, Math.min(next.size(), index)), e);
      layers = List.copyOf(next);
    }
    fire();
    return true;
  }

  /** Moves a layer one place up (drawn later) or down; false when absent. */
  public boolean moveBy(String id, int places) {
    int i = indexOf(layers, id);
    return i >= 0 && move(id, i + places);
  }

  public boolean setVisible(String id, boolean on) {
    return change(id, e -> e.withVisible(on));
  }

  /** Sets the opacity, clamped to [0, 1]. */
  public boolean setOpacity(String id, double opacity) {
    double clamped = Double.isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
    return change(id, e -> e.withOpacity(clamped));
  }

  /** Sets an added layer's style; false for an atlas layer or an unknown id. */
  public boolean setStyle(String id, LayerStyle style) {
    if (find(id).map(e -> e.style() == null).orElse(true)) {
      return false;
    }
    return change(id, e -> e.withStyle(style));
  }

  /** Shows or hides the atlas layer drawing {@code layer} (every such entry). */
  public void setVisible(BundledLayer layer, boolean on) {
    synchronized (this) {
      List<LayerEntry> next = new ArrayList<>();
      for (LayerEntry e : layers) {
        next.add(e.bundled().filter(layer::equals).isPresent() ? e.withVisible(on) : e);
      }
      layers = List.copyOf(next);
    }
    fire();
  }

  private boolean change(String id, UnaryOperator<LayerEntry> op) {
    synchronized (this) {
      List<LayerEntry> next = new ArrayList<>(layers);
      int i = indexOf(next, id);
      if (i < 0) {
        return false;
      }
      LayerEntry changed = op.apply(next.get(i));
      if (changed == null) {
        next.remove(i);
      } else {
        next.set(i, changed);
      }
      layers = List.copyOf(next);
    }
    fire();
    return true;
  }

  private static int indexOf(List<LayerEntry> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private String freshId() {
    String id;
    do {
      id = "file." + ++added;
    } while (indexOf(layers, id) >= 0);
    return id;
  }

  private static List<LayerEntry> checked(List<LayerEntry> entries) {
    List<LayerEntry> copy = List.copyOf(entries);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (LayerEntry e : copy) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("two layers have the id " + e.id());
      }
    }
    return copy;
  }

  private void fire() {
    List<LayerEntry> now = layers;
    for (Consumer<List<LayerEntry>> l : listeners) {
      l.accept(now);
    }
  }
}
