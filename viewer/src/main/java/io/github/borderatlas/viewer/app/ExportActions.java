package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geopackage.AtlasGeoPackage;
import io.github.borderatlas.geopackage.GeoPackageException;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.map.MapView;
import io.github.borderatlas.viewer.output.ExportSettings;
import io.github.borderatlas.viewer.output.MapExport;
import io.github.borderatlas.viewer.output.MapFormat;
import io.github.borderatlas.viewer.output.Paper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What File &gt; Export does, without dialogs (the frame asks for the file): GeoJSON or GeoPackage
 * of all or the visible layers, at the map's date or whole; PNG of the current view at 1x or 2x;
 * SVG or PDF of the current view with the print layout ({@link MapExport}, as the {@code render}
 * command). What to export is captured on the event dispatch thread ({@link #geoJson}, {@link
 * MapView#snapshot()}); the writing ({@link GeoJsonExport#writeTo}, {@link #exportPng}) is model
 * work for a worker thread. Files are written atomically.
 */
final class ExportActions {

  private ExportActions() {}

  /**
   * A GeoJSON export captured from the map: which atlas, which layers, at which date. Immutable;
   * {@link #writeTo} runs on any thread.
   *
   * @param atlas the atlas shown
   * @param layers the atlas layers to write
   * @param date only features valid on this day, when present
   */
  record GeoJsonExport(Atlas atlas, Set<Layer> layers, Optional<LocalDate> date) {

    GeoJsonExport {
      layers = Set.copyOf(layers);
    }

    /**
     * Writes the features.
     *
     * @return the number of features written
     * @throws GeoJsonException when the file cannot be written (the old file is left as it was)
     */
    int writeTo(Path file) {
      Atlas at = date.map(atlas::asOf).orElse(atlas);
      List<GeoJsonFeature> features = AtlasFeatureEncoder.encode(at, layers);
      new GeoJsonWriter().writeTo(file, features);
      return features.size();
    }

    /**
     * Writes the same features as a GeoPackage ({@link AtlasGeoPackage}, the writer of {@code
     * borderatlas export --out x.gpkg}), atomically.
     *
     * @return the number of features written
     * @throws GeoPackageException when the GeoPackage cannot be built
     * @throws IOException when the file cannot be written (the old file is left as it was)
     */
    int writeGeoPackageTo(Path file) throws IOException {
      return AtlasGeoPackage.write(date.map(atlas::asOf).orElse(atlas), layers, file);
    }
  }

  /** The atlas layers drawn by the map's visible layers. Event dispatch thread. */
  static Set<Layer> visibleLayers(MapView map) {
    Set<Layer> out = EnumSet.noneOf(Layer.class);
    for (BundledLayer l : BundledLayer.values()) {
      if (map.isLayerVisible(l)) {
        out.addAll(l.atlasLayers());
      }
    }
    return out;
  }

  /**
   * Captures a GeoJSON export of the map. Event dispatch thread.
   *
   * @param onlyVisible only the map's visible layers (else every layer, timeline events too)
   * @param atMapDate only features valid at the map's date, when it has one
   */
  static GeoJsonExport geoJson(MapView map, boolean onlyVisible, boolean atMapDate) {
    return new GeoJsonExport(
        map.atlas(),
        onlyVisible ? visibleLayers(map) : EnumSet.allOf(Layer.class),
        atMapDate ? map.date() : Optional.empty());
  }

  /**
   * Draws a captured view and writes it as PNG; any thread.
   *
   * @param scale 1 or 2 device pixels per logical pixel
   * @return the image written
   */
  static BufferedImage exportPng(MapSnapshot view, Path file, double scale) throws IOException {
    BufferedImage img = view.render(scale);
    AtomicFiles.write(file, out -> MapExport.writePng(img, out));
    return img;
  }

  /**
   * The settings of a vector export of the map: the print layout, the default title, the map's date
   * (as the timeline sets it, to the day) or "current", A4 in the view's orientation.
   */
  static ExportSettings vectorSettings(MapSnapshot view, MapFormat format) {
    boolean landscape = view.viewport().width() > view.viewport().height();
    return ExportSettings.defaults(format)
        .withDateLabel(
            view.options().optionalDate().map(Object::toString).orElse(ExportSettings.CURRENT))
        .withPaper(Paper.A4, landscape);
  }

  /**
   * Writes a captured view as SVG or PDF with the print layout; any thread but the event thread.
   *
   * @return a short description of what was written
   */
  static String exportVector(MapSnapshot view, MapFormat format, Path file) throws IOException {
    ExportSettings settings = vectorSettings(view, format);
    String[] what = new String[1];
    AtomicFiles.write(file, out -> what[0] = MapExport.write(view, settings, out));
    return what[0];
  }
}
