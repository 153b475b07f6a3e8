package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.geopackage.AtlasFiles;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.ProjectFile;
import io.github.borderatlas.viewer.layers.Attribution;
import io.github.borderatlas.viewer.layers.LabelLanguage;
import io.github.borderatlas.viewer.output.MapFormat;
import io.github.borderatlas.viewer.tools.MapInteraction;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;

/**
 * The menu bar: File (open layers and projects, save a project, open an atlas file, GeoJSON or
 * GeoPackage; export GeoJSON or GeoPackage of all or visible layers, all dates or the map's date;
 * export PNG of the view at 1x or 2x, SVG or PDF of the view with the print layout, an animated GIF
 * of the timeline), View (fit, zoom, layers, legend), Tools (identify, measure), Help. The exports
 * themselves are {@link MapExports}.
 */
final class MainMenus {

  private final MainFrame frame;
  private final SaveLocations locations;
  private final JMenu layersMenu = new JMenu("Layers");
  private final MapExports exports;

  MainMenus(MainFrame frame) {
    this(frame, SaveLocations.user());
  }

  MainMenus(MainFrame frame, SaveLocations locations) {
    this.frame = frame;
    this.locations = locations;
    this.exports = new MapExports(frame, locations);
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
    m.add(item("Export GeoJSON (all layers)…", () -> exports.exportGeoJson(false, false)));
    m.add(
        item(
            "Export GeoJSON (visible layers, at the map date)…",
            () -> exports.exportGeoJson(true, true)));
    m.add(item("Export GeoPackage (all layers)…", () -> exports.exportGeoPackage(false, false)));
    m.add(
        item(
            "Export GeoPackage (visible layers, at the map date)…",
            () -> exports.exportGeoPackage(true, true)));
    m.addSeparator();
    m.add(item("Export PNG of the view (1x)…", () -> exports.exportPng(1)));
    m.add(item("Export PNG of the view (2x, HiDPI)…", () -> exports.exportPng(2)));
    m.add(
        item("Export SVG of the view (print layout)…", () -> exports.exportVector(MapFormat.SVG)));
    m.add(
        item(
            "Export PDF of the view (print layout, A4)…",
            () -> exports.exportVector(MapFormat.PDF)));
    m.add(item("Animate history (GIF)…", exports::animateHistory));
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
    WorkerTasks.inBackground(
        frame,
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
                WorkerTasks.error(frame, "Cannot open " + file + ":\n" + failure.getMessage());
              }
            });
  }

  private static JMenuItem item(String text, Runnable action) {
    JMenuItem it = new JMenuItem(text);
    it.addActionListener(e -> action.run());
    return it;
  }

  /** The File menu's exports. */
  MapExports exports() {
    return exports;
  }
}
