package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.viewer.layers.Attribution;
import io.github.borderatlas.viewer.layers.MapLayer;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.MapFormat;
import io.github.borderatlas.viewer.tools.MapInteraction;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The menu bar: File (export GeoJSON of all or visible layers, all dates or the map's date; export
 * PNG of the view at 1x or 2x, SVG or PDF of the view with the print layout, an animated GIF of the
 * timeline), View (fit, zoom, layers, legend), Tools (identify, measure), Help.
 */
final class MainMenus {

  private final MainFrame frame;
  private final Map<MapLayer, JCheckBoxMenuItem> layerItems = new EnumMap<>(MapLayer.class);

  MainMenus(MainFrame frame) {
    this.frame = frame;
  }

  JMenuBar build() {
    JMenuBar bar = new JMenuBar();
    bar.add(file());
    bar.add(view());
    bar.add(tools());
    bar.add(help());
    return bar;
  }

  private JMenu file() {
    JMenu m = new JMenu("File");
    m.setMnemonic(KeyEvent.VK_F);
    m.add(item("Open atlas file…", this::openAtlas));
    m.addSeparator();
    m.add(item("Export GeoJSON (all layers)…", () -> exportGeoJson(false, false)));
    m.add(
        item("Export GeoJSON (visible layers, at the map date)…", () -> exportGeoJson(true, true)));
    m.addSeparator();
    m.add(item("Export PNG of the view (1x)…", () -> exportPng(1)));
    m.add(item("Export PNG of the view (2x, HiDPI)…", () -> exportPng(2)));
    m.add(item("Export SVG of the view (print layout)…", () -> exportVector(MapFormat.SVG)));
    m.add(item("Export PDF of the view (print layout, A4)…", () -> exportVector(MapFormat.PDF)));
    m.add(item("Animate history (GIF)…", this::animateHistory));
    m.addSeparator();
    m.add(item("Close", frame::dispose));
    return m;
  }

  private JMenu view() {
    JMenu m = new JMenu("View");
    m.setMnemonic(KeyEvent.VK_V);
    JMenuItem fit = item("Fit to data", () -> frame.mapView().fitToData());
    fit.setAccelerator(
        KeyStroke.getKeyStroke(KeyEvent.VK_0, java.awt.event.InputEvent.CTRL_DOWN_MASK));
    m.add(fit);
    m.add(item("Zoom in", () -> frame.mapView().zoomBy(MapInteraction.ZOOM_STEP)));
    m.add(item("Zoom out", () -> frame.mapView().zoomBy(1 / MapInteraction.ZOOM_STEP)));
    m.addSeparator();
    JMenu layers = new JMenu("Layers");
    MapLayer[] all = MapLayer.values();
    for (int i = all.length - 1; i >= 0; i--) {
      MapLayer layer = all[i];
      JCheckBoxMenuItem it =
          new JCheckBoxMenuItem(layer.label(), frame.mapView().isLayerVisible(layer));
      it.addActionListener(e -> frame.setLayerVisible(layer, it.isSelected()));
      layerItems.put(layer, it);
      layers.add(it);
    }
    m.add(layers);
    JCheckBoxMenuItem legend = new JCheckBoxMenuItem("Legend, scale bar and attribution", true);
    legend.addActionListener(e -> frame.mapView().setDecorations(legend.isSelected()));
    m.add(legend);
    return m;
  }

  private JMenu tools() {
    JMenu m = new JMenu("Tools");
    ButtonGroup group = new ButtonGroup();
    JRadioButtonMenuItem identify = new JRadioButtonMenuItem("Identify (click a feature)", true);
    JRadioButtonMenuItem measure = new JRadioButtonMenuItem("Measure geodesic distance");
    identify.addActionListener(e -> frame.interaction().setMode(MapInteraction.Mode.IDENTIFY));
    measure.addActionListener(e -> frame.interaction().setMode(MapInteraction.Mode.MEASURE));
    group.add(identify);
    group.add(measure);
    m.add(identify);
    m.add(measure);
    return m;
  }

  private JMenu help() {
    JMenu m = new JMenu("Help");
    m.add(
        item(
            "About BorderAtlas",
            () ->
                JOptionPane.showMessageDialog(
                    frame,
                    "BorderAtlas: the China–Kazakhstan border and its transboundary rivers.\n"
                        + "Map data: "
                        + Attribution.TEXT
                        + ".\n"
                        + "Facts compiled from cited public sources; see each feature's details.\n"
                        + "Command line: java -jar borderatlas.jar --help",
                    "About BorderAtlas",
                    JOptionPane.INFORMATION_MESSAGE)));
    return m;
  }

  void refreshLayers() {
    layerItems.forEach((layer, it) -> it.setSelected(frame.mapView().isLayerVisible(layer)));
  }

  /**
   * Opens an atlas file (e.g. written by 'borderatlas border') in a new window; the file is read on
   * a worker thread, and a file that cannot be read gives a dialog with the located message.
   */
  private void openAtlas() {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Open an atlas file");
    chooser.setFileFilter(new FileNameExtensionFilter("GeoJSON atlas files", "geojson", "json"));
    if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    frame.status().busy("Opening " + file + "…");
    ViewerApp.launch(() -> AtlasGeoJson.readFiles(List.of(file), null))
        .whenComplete(
            (opened, failure) -> {
              if (failure == null) {
                frame.status().message("Opened " + file);
              } else {
                frame.status().message("Cannot open " + file);
                error("Cannot open " + file + ":\n" + failure.getMessage());
              }
            });
  }

  private static JMenuItem item(String text, Runnable action) {
    JMenuItem it = new JMenuItem(text);
    it.addActionListener(e -> action.run());
    return it;
  }

  private Path choose(String title, String ext) {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle(title);
    chooser.setFileFilter(new FileNameExtensionFilter(ext.toUpperCase() + " files", ext));
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return null;
    }
    Path p = chooser.getSelectedFile().toPath();
    return String.valueOf(p.getFileName()).contains(".") ? p : Path.of(p + "." + ext);
  }

  private void exportGeoJson(boolean visible, boolean atDate) {
    Path file = choose("Export GeoJSON", "geojson");
    if (file != null) {
      exportGeoJsonTo(file, visible, atDate);
    }
  }

  /** Exports GeoJSON to {@code file} on a worker thread (File menu, after the file dialog). */
  void exportGeoJsonTo(Path file, boolean visible, boolean atDate) {
    ExportActions.GeoJsonExport export = ExportActions.geoJson(frame.mapView(), visible, atDate);
    inBackground(
        "Exporting GeoJSON to " + file + "…",
        () -> export.writeTo(file),
        n -> "Wrote " + n + " features to " + file,
        "Cannot export GeoJSON");
  }

  private void exportPng(double scale) {
    Path file = choose("Export PNG", "png");
    if (file != null) {
      exportPngTo(file, scale);
    }
  }

  /** Exports the current view as PNG to {@code file} on a worker thread. */
  void exportPngTo(Path file, double scale) {
    MapSnapshot view = frame.mapView().snapshot();
    inBackground(
        "Exporting PNG to " + file + "…",
        () -> ExportActions.exportPng(view, file, scale),
        img -> "Wrote " + img.getWidth() + "x" + img.getHeight() + " PNG to " + file,
        "Cannot export PNG");
  }

  private void animateHistory() {
    Path file = choose("Animate history", "gif");
    if (file != null) {
      HistoryAnimationAction.start(frame, file);
    }
  }

  private void exportVector(MapFormat format) {
    Path file = choose("Export " + format.name(), format.extension());
    if (file != null) {
      exportVectorTo(file, format);
    }
  }

  /** Exports the current view as SVG or PDF to {@code file} on a worker thread. */
  void exportVectorTo(Path file, MapFormat format) {
    MapSnapshot view = frame.mapView().snapshot();
    inBackground(
        "Exporting " + format.name() + " to " + file + "…",
        () -> ExportActions.exportVector(view, format, file),
        what -> "Wrote " + format.name() + " (" + what + ") to " + file,
        "Cannot export " + format.name());
  }

  /**
   * Runs {@code work} on a worker thread while the status bar shows {@code progress}; then, on the
   * event thread, shows the result's message, or a dialog with the failure's message.
   */
  private <T> void inBackground(
      String progress, Callable<T> work, Function<T, String> success, String failureTitle) {
    frame.status().busy(progress);
    new SwingWorker<T, Void>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        try {
          frame.status().message(success.apply(get()));
        } catch (ExecutionException e) {
          frame.status().message(failureTitle);
          error(failureTitle + ":\n" + e.getCause().getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  private void error(String message) {
    JOptionPane.showMessageDialog(frame, message, "BorderAtlas", JOptionPane.ERROR_MESSAGE);
  }
}
