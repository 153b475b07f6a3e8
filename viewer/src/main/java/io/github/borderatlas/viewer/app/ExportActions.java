package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.layers.MapLayer;
import io.github.borderatlas.viewer.map.MapView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * What File &gt; Export does, without dialogs (the frame asks for the file): GeoJSON of all or the
 * visible layers, at the map's date or whole; PNG of the current view at 1x or 2x. Files are
 * written atomically. Event dispatch thread (or a test thread).
 */
final class ExportActions {

  private ExportActions() {}

  /** The atlas layers drawn by the map's visible layers. */
  static Set<Layer> visibleLayers(MapView map) {
    Set<Layer> out = EnumSet.noneOf(Layer.class);
    for (MapLayer l : MapLayer.values()) {
      if (map.isLayerVisible(l)) {
        out.addAll(l.atlasLayers());
      }
    }
    return out;
  }

  /**
   * Writes GeoJSON.
   *
   * @param onlyVisible only the map's visible layers (else every layer, timeline events too)
   * @param atMapDate only features valid at the map's date, when it has one
   * @return the number of features written
   * @throws GeoJsonException when the file cannot be written (the old file is left as it was)
   */
  static int exportGeoJson(MapView map, Path file, boolean onlyVisible, boolean atMapDate) {
    Atlas atlas = map.atlas();
    if (atMapDate && map.date().isPresent()) {
      atlas = atlas.asOf(map.date().get());
    }
    Set<Layer> layers = onlyVisible ? visibleLayers(map) : EnumSet.allOf(Layer.class);
    List<GeoJsonFeature> features = AtlasFeatureEncoder.encode(atlas, layers);
    new GeoJsonWriter().writeTo(file, features);
    return features.size();
  }

  /**
   * Writes the current view as PNG.
   *
   * @param scale 1 or 2 device pixels per logical pixel
   * @return the image written
   */
  static BufferedImage exportPng(MapView map, Path file, double scale) throws IOException {
    BufferedImage img = map.renderImage(scale);
    AtomicFiles.write(
        file,
        out -> {
          if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer available");
          }
        });
    return img;
  }
}
