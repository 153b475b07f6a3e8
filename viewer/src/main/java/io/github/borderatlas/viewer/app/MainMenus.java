package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.geopackage.AtlasFiles;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.ProjectFile;
import io.github.borderatlas.viewer.layers.Attribution;
import io.github.borderatlas.viewer.layers.LabelLanguage;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.MapFormat;
import io.github.borderatlas.viewer.tools.MapInteraction;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

/**
 * The menu bar: File (open layers and projects, save a project, open an atlas file, GeoJSON or
 * GeoPackage; export GeoJSON or GeoPackage of all or visible layers, all dates or the map's date;
 * export PNG of the view at 1x or 2x, SVG or PDF of the view with the print layout, an animated GIF
 * of the timeline), View (fit, zoom, layers, legend), Tools (identify, measure), Help.
 */
final class MainMenus {

  private final MainFrame frame;
  private final SaveLocations locations;
  private final JMenu layersMenu = new JMenu("Layers");

  MainMenus(MainFrame frame) {
    this(frame, SaveLocations.user());
  }

  MainMenus(MainFrame frame, SaveLocations locations) {
    this.frame = frame;
    this.locations = locations;
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
    JMenuItem open = item("Open layers…", this::openLayers);
    open.setAccelerator(
        KeyStroke.getKeyStroke(KeyEvent.VK_O, java.awt.event.InputEvent.CTRL_DOWN_MASK));
    m.add(open);
    m.add(item("Open project…", this::openProject));
    m.add(item("Save project…", this::saveProject));
    m.add(item("Open atlas file in a new window…", this::openAtlas));
    m.addSeparator();
    m.add(item("Export GeoJSON (all layers)…", () -> exportGeoJson(false, false)));
    m.add(
        item("Export GeoJSON (visible layers, at the map date)…", () -> exportGeoJson(true, true)));
    m.add(item("Export GeoPackage (all layers)…", () -> exportGeoPackage(false, false)));
    m.add(
        item(
            "Export GeoPackage (visible layers, at the map date)…",
            () -> exportGeoPackage(true, true)));
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
    refreshLayers();
    m.add(layersMenu);
    // the data attribution is always drawn: the licences ask for it
    JCheckBoxMenuItem legend = new JCheckBoxMenuItem("Legend and scale bar", true);
    legend.addActionListener(e -> frame.mapView().setDecorations(legend.isSelected()));
    m.add(legend);
    m.add(labelLanguage());
    m.addSeparator();
    m.add(frame.attributeTables().menu());
    return m;
  }

  /** View > Label language: English, Kazakh, Chinese or Russian map labels. */
  private JMenu labelLanguage() {
    JMenu m = new JMenu("Label language");
    m.setName("menu.labelLanguage");
    ButtonGroup group = new ButtonGroup();
    String[] labels = {"English", "Kazakh", "Chinese", "Russian"};
    LabelLanguage[] all = LabelLanguage.values();
    for (int i = 0; i < all.length; i++) {
      LabelLanguage language = all[i];
      JRadioButtonMenuItem it =
          new JRadioButtonMenuItem(labels[i], language == LabelLanguage.ENGLISH);
      it.setName("menu.labelLanguage." + language.code());
      it.addActionListener(e -> frame.mapView().setLabelLanguage(language));
      group.add(it);
      m.add(it);
    }
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
                    frame, aboutText(), "About BorderAtlas", JOptionPane.INFORMATION_MESSAGE)));
    return m;
  }

  /** The About box's text, with the version from the jar's manifest. */
  static String aboutText() {
    return "BorderAtlas ("
        + BuildInfo.version()
        + "): the China–Kazakhstan border and its transboundary rivers.\n"
        + "Map data: "
        + Attribution.TEXT
        + ".\n"
        + "Facts compiled from cited public sources; see each feature's details.\n"
        + "Command line: java -jar borderatlas.jar --help";
  }

  /** Rebuilds View > Layers from the map's layer list, topmost first. */
  void refreshLayers() {
    layersMenu.removeAll();
    List<LayerEntry> all = frame.mapView().layerList().snapshot();
    for (int i = all.size() - 1; i >= 0; i--) {
      LayerEntry e = all.get(i);
      JCheckBoxMenuItem it = new JCheckBoxMenuItem(e.title(), e.visible());
      it.addActionListener(a -> frame.mapView().layerList().setVisible(e.id(), it.isSelected()));
      layersMenu.add(it);
    }
  }

  /** File > Open layers: GeoJSON files (several at once) added on top of the map. */
  void openLayers() {
    JFileChooser chooser =
        locations.openChooser(
            "Open files as layers",
            "GeoJSON, GeoPackage and BorderAtlas projects",
            "geojson",
            "json",
            "gpkg");
    chooser.setMultiSelectionEnabled(true);
    if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    locations.remember(chooser.getSelectedFile().toPath());
    List<Path> files = new java.util.ArrayList<>();
    for (java.io.File f : chooser.getSelectedFiles()) {
      files.add(f.toPath());
    }
    frame.openFiles(files);
  }

  private void openProject() {
    JFileChooser chooser = locations.openChooser("Open a project", "BorderAtlas projects", "json");
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      locations.remember(chooser.getSelectedFile().toPath());
      frame.openFiles(List.of(chooser.getSelectedFile().toPath()));
    }
  }

  private void saveProject() {
    JFileChooser chooser =
        locations.openChooser("Save the project", "BorderAtlas projects", "json");
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path p = chooser.getSelectedFile().toPath();
    locations.remember(p);
    saveProjectTo(ProjectFile.isProject(p) ? p : Path.of(p + ProjectFile.SUFFIX));
  }

  /** Writes the layer list to a project file on a worker thread. */
  void saveProjectTo(Path file) {
    List<LayerEntry> layers = frame.mapView().layerList().snapshot();
    inBackground(
        "Saving the project to " + file + "…",
        () -> {
          try {
            ProjectFile.write(file, layers);
          } catch (java.io.IOException e) {
            throw new java.io.IOException("cannot write " + file + ": " + IoReasons.reason(e), e);
          }
          return layers.size();
        },
        n -> "Saved " + n + " layers to " + file,
        "Cannot save the project");
  }

  /**
   * Opens an atlas file (e.g. written by 'borderatlas border') in a new window; the file is read on
   * a worker thread, and a file that cannot be read gives a dialog with the located message.
   */
  private void openAtlas() {
    JFileChooser chooser =
        locations.openChooser(
            "Open an atlas file", "Atlas files (GeoJSON, GeoPackage)", "geojson", "json", "gpkg");
    if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    locations.remember(file);
    frame.status().busy("Opening " + file + "…");
    ViewerApp.launch(() -> AtlasFiles.read(file))
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

  /** The save dialog of the File menu's exports, opened where the last one was closed. */
  JFileChooser saveChooser(String title, String ext) {
    LocalDate date = frame.mapView().date().orElse(LocalDate.now(ZoneOffset.UTC));
    return locations.saveChooser(title, ext, date);
  }

  private Path choose(String title, String ext) {
    JFileChooser chooser = saveChooser(title, ext);
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return null;
    }
    Path p = chooser.getSelectedFile().toPath();
    locations.remember(p);
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
    exportFeatures(file, visible, atDate, "GeoJSON", ExportActions.GeoJsonExport::writeTo);
  }

  /** What writes a captured export to a file, on a worker thread. */
  @FunctionalInterface
  private interface ExportWriter {
    int write(ExportActions.GeoJsonExport export, Path file) throws Exception;
  }

  /**
   * Captures the export on the event thread, then writes it on a worker thread with the status bar
   * and error dialog of {@link #inBackground}.
   */
  private void exportFeatures(
      Path file, boolean visible, boolean atDate, String format, ExportWriter writer) {
    ExportActions.GeoJsonExport export = ExportActions.geoJson(frame.mapView(), visible, atDate);
    inBackground(
        "Exporting " + format + " to " + file + "…",
        () -> writer.write(export, file),
        n -> "Wrote " + n + " features to " + file,
        "Cannot export " + format);
  }

  private void exportGeoPackage(boolean visible, boolean atDate) {
    Path file = choose("Export GeoPackage", "gpkg");
    if (file != null) {
      exportGeoPackageTo(file, visible, atDate);
    }
  }

  /** Exports a GeoPackage to {@code file} on a worker thread (File menu, after the dialog). */
  void exportGeoPackageTo(Path file, boolean visible, boolean atDate) {
    exportFeatures(
        file, visible, atDate, "GeoPackage", ExportActions.GeoJsonExport::writeGeoPackageTo);
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
