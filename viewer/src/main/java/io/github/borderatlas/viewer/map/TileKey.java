package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerStyle;

/**
 * One tile of an added layer: the layer's features (by identity) and style, the scale, device scale
 * and sub-pixel phase of the grid, and the tile's column and row. Immutable.
 */
record TileKey(
    ProjectedFeatures features,
    LayerStyle style,
    double metresPerPixel,
    int deviceScale,
    int phaseX,
    int phaseY,
    long col,
    long row) {

  /** The same layer, scale and phase at another column and row. */
  TileKey at(long otherCol, long otherRow) {
    return new TileKey(
        features, style, metresPerPixel, deviceScale, phaseX, phaseY, otherCol, otherRow);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TileKey k
        && k.features == features // identity: a layer's features never equal another's
        && k.style.equals(style)
        && k.metresPerPixel == metresPerPixel
        && k.deviceScale == deviceScale
        && k.phaseX == phaseX
        && k.phaseY == phaseY
        && k.col == col
        && k.row == row;
  }

  @Override
  public int hashCode() {
    int h = System.identityHashCode(features);
    h = 31 * h + style.hashCode();
    h = 31 * h + Double.hashCode(metresPerPixel);
    h = 31 * h + deviceScale;
    h = 31 * h + phaseX;
    h = 31 * h + phaseY;
    return 31 * h + Long.hashCode(col * 1_000_003L + row);
  }
}
