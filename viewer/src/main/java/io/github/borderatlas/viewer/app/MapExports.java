package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.MapFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.swing.JFileChooser;

/**
 * The File menu's exports of the map window: GeoJSON or GeoPackage of all or the visible layers, at
 * every date or the map's; PNG of the view at 1x or 2x; SVG or PDF of the view with the print
 * layout; an animated GIF of the timeline. Each asks for a file (suggested name, last folder), then
 * captures what to write on the event thread and writes it on a worker thread ({@link
 * WorkerTasks#inBackground}) through the same writers as the command line. Event dispatch thread.
 */
final class MapExports {

  private final MainFrame frame;
  private final SaveLocations locations;

  MapExports(MainFrame frame, SaveLocations locations) {
    this.frame = frame;
    this.locations = locations;
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

  void exportGeoJson(boolean visible, boolean atDate) {
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
   * and error dialog of {@link WorkerTasks#inBackground}.
   */
  private void exportFeatures(
      Path file, boolean visible, boolean atDate, String format, ExportWriter writer) {
    ExportActions.GeoJsonExport export = ExportActions.geoJson(frame.mapView(), visible, atDate);
    WorkerTasks.inBackground(
        frame,
        "Exporting " + format + " to " + file + "…",
        () -> writer.write(export, file),
        n -> "Wrote " + n + " features to " + file,
        "Cannot export " + format);
  }

  void exportGeoPackage(boolean visible, boolean atDate) {
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

  void exportPng(double scale) {
    Path file = choose("Export PNG", "png");
    if (file != null) {
      exportPngTo(file, scale);
    }
  }

  /** Exports the current view as PNG to {@code file} on a worker thread. */
  void exportPngTo(Path file, double scale) {
    MapSnapshot view = frame.mapView().snapshot();
    WorkerTasks.inBackground(
        frame,
        "Exporting PNG to " + file + "…",
        () -> ExportActions.exportPng(view, file, scale),
        img -> "Wrote " + img.getWidth() + "x" + img.getHeight() + " PNG to " + file,
        "Cannot export PNG");
  }

  void animateHistory() {
    Path file = choose("Animate history", "gif");
    if (file != null) {
      HistoryAnimationAction.start(frame, file);
    }
  }

  void exportVector(MapFormat format) {
    Path file = choose("Export " + format.name(), format.extension());
    if (file != null) {
      exportVectorTo(file, format);
    }
  }

  /** Exports the current view as SVG or PDF to {@code file} on a worker thread. */
  void exportVectorTo(Path file, MapFormat format) {
    MapSnapshot view = frame.mapView().snapshot();
    WorkerTasks.inBackground(
        frame,
        "Exporting " + format.name() + " to " + file + "…",
        () -> ExportActions.exportVector(view, format, file),
        what -> "Wrote " + format.name() + " (" + what + ") to " + file,
        "Cannot export " + format.name());
  }
}
