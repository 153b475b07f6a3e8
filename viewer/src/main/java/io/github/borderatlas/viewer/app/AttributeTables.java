package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.proximity.BorderProximity;
import io.github.borderatlas.core.text.TerminalText;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import io.github.borderatlas.viewer.map.AddedFeature;
import io.github.borderatlas.viewer.map.FeatureSelectionListener;
import io.github.borderatlas.viewer.map.MapView;
import io.github.borderatlas.viewer.table.AttributeTablePanel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * Opens attribute tables ({@link AttributeTablePanel}) of the atlas layers and of the layers the
 * user added in windows of their own and ties each to the map: choosing rows selects the first on
 * the map, selecting on the map selects its row, "Zoom to selection" fits the map to the rows'
 * features ({@link MapFocus}). The features are encoded and measured against the border on worker
 * threads. Event dispatch thread (but for that work).
 */
final class AttributeTables {

  /** The layers with a table, in menu order. */
  static final List<Layer> LAYERS =
      List.of(
          Layer.PLACE,
          Layer.RIVER,
          Layer.LAKE,
          Layer.BORDER_SEGMENT,
          Layer.DISPUTED_SECTOR,
          Layer.COUNTRY,
          Layer.EVENT);

  private final MapView map;
  private final Executor worker;
  private final Supplier<BorderProximity> proximity;

  AttributeTables(MapView map, Executor worker) {
    this.map = map;
    this.worker = worker;
    Atlas atlas = map.atlas();
    this.proximity = memoized(() -> BorderProximity.of(atlas));
  }

  AttributeTables(MapView map) {
    this(map, ForkJoinPool.commonPool());
  }

  /**
   * "Attribute table" with one item per atlas layer and, below them, one per layer the user added
   * (listed afresh each time the menu opens).
   */
  JMenu menu() {
    JMenu m = new JMenu("Attribute table");
    m.addMenuListener(
        new MenuListener() {
          @Override
          public void menuSelected(MenuEvent e) {
            fill(m);
          }

          @Override
          public void menuDeselected(MenuEvent e) {}

          @Override
          public void menuCanceled(MenuEvent e) {}
        });
    fill(m);
    return m;
  }

  private void fill(JMenu m) {
    m.removeAll();
    for (Layer layer : LAYERS) {
      JMenuItem it = new JMenuItem(label(layer) + "…");
      it.addActionListener(e -> open(layer));
      m.add(it);
    }
    boolean first = true;
    for (LayerEntry entry : map.layerList().snapshot()) {
      if (entry.source() instanceof LayerSource.File file) {
        if (first) {
          m.addSeparator();
          first = false;
        }
        JMenuItem it = new JMenuItem(entry.title() + "…");
        it.addActionListener(e -> openFile(entry, file));
        m.add(it);
      }
    }
  }

  /**
   * Opens the table of a layer the user added: its file is read again on a worker thread (the map
   * keeps only projected shapes), so the rows carry exact lon/lat geometry and are measured against
   * the border. A file that can no longer be read completes exceptionally with its located message.
   *
   * @param entry the layer (its title names the window, its id ties rows to the map's features)
   * @param file its source
   * @return completes on the event thread with the shown window
   */
  CompletableFuture<JDialog> openFile(LayerEntry entry, LayerSource.File file) {
    Atlas atlas = map.atlas();
    CompletableFuture<JDialog> shown = new CompletableFuture<>();
    CompletableFuture.supplyAsync(() -> FileLayerFeatures.read(file), worker)
        .whenComplete(
            (features, failure) ->
                SwingUtilities.invokeLater(
                    () -> {
                      if (failure != null) {
                        Throwable cause =
                            failure instanceof java.util.concurrent.CompletionException
                                ? failure.getCause()
                                : failure;
                        JOptionPane.showMessageDialog(
                            map,
                            TerminalText.escape(String.valueOf(cause.getMessage())),
                            "BorderAtlas",
                            JOptionPane.ERROR_MESSAGE);
                        shown.completeExceptionally(cause);
                      } else {
                        shown.complete(showFile(entry, file, features, atlas.border().isPresent()));
                      }
                    }));
    return shown;
  }

  static String label(Layer layer) {
    String s = layer.id().replace('-', ' ') + "s";
    return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Opens the table of a layer of the map's atlas (encoded on a worker thread).
   *
   * @return completes on the event thread with the shown window
   */
  CompletableFuture<JDialog> open(Layer layer) {
    Atlas atlas = map.atlas();
    CompletableFuture<JDialog> shown = new CompletableFuture<>();
    CompletableFuture.supplyAsync(() -> AtlasFeatureEncoder.encode(atlas, Set.of(layer)), worker)
        .whenComplete(
            (features, failure) ->
                SwingUtilities.invokeLater(
                    () -> {
                      if (failure != null) {
                        shown.completeExceptionally(failure);
                      } else {
                        shown.complete(show(label(layer), features, atlas.border().isPresent()));
                      }
                    }));
    return shown;
  }

  /**
   * A window with the table of atlas {@code features}, tied to the map's atlas selection. Event
   * dispatch thread.
   */
  JDialog show(String name, List<GeoJsonFeature> features, boolean measure) {
    AttributeTablePanel panel = new AttributeTablePanel(name, features);
    panel.addSelectionListener(chosen -> map.select(chosen.isEmpty() ? null : chosen.get(0).id()));
    FeatureSelectionListener follow = f -> panel.selectId(f == null ? null : f.id());
    map.addFeatureSelectionListener(follow);
    JDialog window = window(name, panel, measure, () -> map.removeFeatureSelectionListener(follow));
    map.selected().ifPresent(f -> panel.selectId(f.id()));
    return window;
  }

  /**
   * A window with the table of an added layer's features, tied to the map's selection among that
   * layer's features ({@link MapView#selectAdded}): the selected rows are outlined on the map, and
   * the layer's features chosen on the map select their rows. Row {@code i} is the layer's feature
   * {@code i} (the file read again, in the same order); when the file no longer has as many
   * features as the layer loaded, the rows are not tied (only zooming works). Event dispatch
   * thread.
   */
  JDialog showFile(
      LayerEntry entry, LayerSource.File file, List<GeoJsonFeature> features, boolean measure) {
    AttributeTablePanel panel = new AttributeTablePanel(entry.title(), features);
    ProjectedFeatures layer = file.features();
    Consumer<List<AddedFeature>> follow = chosen -> panel.selectRows(rowsOf(chosen, layer));
    boolean tied = layer.features().size() == features.size();
    if (tied) {
      panel.addSelectionListener(
          chosen -> {
            List<AddedFeature> added = new ArrayList<>();
            for (int row : panel.selectedRows()) {
              added.add(new AddedFeature(entry.id(), entry.title(), layer, row));
            }
            map.selectAdded(added);
          });
      map.addedSelection().addListener(follow);
    }
    JDialog window =
        window(entry.title(), panel, measure, () -> map.addedSelection().removeListener(follow));
    if (tied) {
      follow.accept(map.addedSelection().features());
    }
    return window;
  }

  /** The rows of the features of {@code layer} among {@code chosen}. */
  private static List<Integer> rowsOf(List<AddedFeature> chosen, ProjectedFeatures layer) {
    List<Integer> rows = new ArrayList<>();
    for (AddedFeature a : chosen) {
      if (a.layer() == layer) {
        rows.add(a.index());
      }
    }
    return rows;
  }

  /**
   * Shows a table in a window of its own ("Zoom to selection" fits the map to the selected rows),
   * runs {@code untie} when it closes and starts measuring when asked.
   */
  private JDialog window(String name, AttributeTablePanel panel, boolean measure, Runnable untie) {
    panel.setZoomAction(
        chosen -> MapFocus.zoomTo(map, chosen.stream().map(GeoJsonFeature::geometry).toList()));
    JDialog window =
        new JDialog(SwingUtilities.getWindowAncestor(map), "Attribute table — " + name);
    window.setName("attributeTable." + name);
    window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    window.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            untie.run();
          }
        });
    window.getContentPane().add(panel);
    window.setSize(900, 420);
    window.setLocationRelativeTo(map);
    window.setVisible(true);
    if (measure) {
      panel.computeProximity(proximity, worker);
    }
    return window;
  }

  private static <T> Supplier<T> memoized(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }
}
