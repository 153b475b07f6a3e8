package io.github.borderatlas.viewer.layerlist;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One layer as a project file records it: an atlas layer, or a file to read, with its visibility,
 * opacity and style. Immutable and thread-safe.
 *
 * @param atlas the atlas layer, or {@code null} for a file
 * @param file the file (resolved against the project's folder), or {@code null} for an atlas layer
 * @param title the name shown
 * @param visible whether it is drawn
 * @param opacity 0 to 1
 * @param style the file layer's style, or {@code null} (atlas layers; or the automatic style)
 * @param table the GeoPackage table of a file layer, or {@code null} (GeoJSON; atlas layers)
 */
public record ProjectLayer(
    BundledLayer atlas,
    Path file,
    String title,
    boolean visible,
    double opacity,
    LayerStyle style,
    String table) {

  /** A layer that is not a GeoPackage table. */
  public ProjectLayer(
      BundledLayer atlas,
      Path file,
      String title,
      boolean visible,
      double opacity,
      LayerStyle style) {
    this(atlas, file, title, visible, opacity, style, null);
  }

  /** Checks that exactly one of atlas and file is given. */
  public ProjectLayer {
    if ((atlas == null) == (file == null)) {
      throw new IllegalArgumentException("a project layer is an atlas layer or a file");
    }
  }

  /** What a layer of the list looks like in a project file. */
  public static ProjectLayer of(LayerEntry e) {
    if (e.source() instanceof LayerSource.File f) {
      return new ProjectLayer(
          null, f.file(), e.title(), e.visible(), e.opacity(), e.style(), f.table());
    }
    return new ProjectLayer(
        e.bundled().orElseThrow(), null, e.title(), e.visible(), e.opacity(), null);
  }

  /** The atlas layer, if this is one. */
  public Optional<BundledLayer> atlasLayer() {
    return Optional.ofNullable(atlas);
  }
}
