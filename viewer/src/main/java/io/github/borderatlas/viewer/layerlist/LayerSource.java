package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.nio.file.Path;
import java.util.Objects;

/** Where a layer's features come from: a part of the bundled atlas, or a file the user added. */
public sealed interface LayerSource {

  /**
   * A part of the atlas, drawn by its designed painter.
   *
   * @param layer which part
   */
  record Atlas(BundledLayer layer) implements LayerSource {
    public Atlas {
      Objects.requireNonNull(layer, "layer");
    }
  }

  /**
   * A file's features, read and projected.
   *
   * @param file the file, as the user named it (absolute after opening from the GUI)
   * @param table the GeoPackage table the features come from, or {@code null} for a GeoJSON file
   * @param features the features, projected for drawing
   */
  record File(Path file, String table, ProjectedFeatures features) implements LayerSource {
    public File {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(features, "features");
    }

    /** A GeoJSON file's features. */
    public File(Path file, ProjectedFeatures features) {
      this(file, null, features);
    }
  }
}
