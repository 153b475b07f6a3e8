package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.Viewport;

/**
 * Where a view falls on the tile grid of its scale: the grid is fixed in projected space, so that
 * tile (col, row) covers the screen pixels whose offset from the projection origin (in whole pixels
 * plus the view's sub-pixel phase) lies in {@code [col, col + 1) × TILE_PX} across and {@code [row,
 * row + 1) × TILE_PX} down. Panning by whole pixels keeps the phase and moves the tiles on screen
 * by whole pixels. Immutable.
 *
 * @param tilePx width and height of a tile, logical pixels
 * @param metresPerPixel the view's scale
 * @param wholeX screen x of the grid's origin column edge, whole logical pixels
 * @param wholeY screen y of the grid's origin row edge, whole logical pixels
 * @param fractionX the view's sub-pixel phase across, in [0, 1)
 * @param fractionY the view's sub-pixel phase down, in [0, 1)
 * @param col0 first tile column in view
 * @param col1 last tile column in view
 * @param row0 first tile row in view
 * @param row1 last tile row in view
 */
record TileGrid(
    int tilePx,
    double metresPerPixel,
    long wholeX,
    long wholeY,
    double fractionX,
    double fractionY,
    long col0,
    long col1,
    long row0,
    long row1) {

  /** The tiles of {@code tilePx} logical pixels that view {@code vp} shows. */
  static TileGrid of(Viewport vp, int tilePx) {
    double mpp = vp.metresPerPixel();
    // screen x = offsetX + x / mpp and screen y = offsetY - y / mpp (Viewport.screenX/screenY)
    double offsetX = vp.width() / 2.0 - vp.centreX() / mpp;
    double offsetY = vp.height() / 2.0 + vp.centreY() / mpp;
    long wholeX = (long) Math.floor(offsetX);
    long wholeY = (long) Math.floor(offsetY);
    return new TileGrid(
        tilePx,
        mpp,
        wholeX,
        wholeY,
        offsetX - wholeX,
        offsetY - wholeY,
        Math.floorDiv(-wholeX, tilePx),
        Math.floorDiv(vp.width() - 1 - wholeX, tilePx),
        Math.floorDiv(-wholeY, tilePx),
        Math.floorDiv(vp.height() - 1 - wholeY, tilePx));
  }

  /** The sub-pixel phase across in 1/{@code steps} pixel, in [0, steps). */
  int phaseX(int steps) {
    return Math.min(steps - 1, (int) (fractionX * steps));
  }

  /** The sub-pixel phase down in 1/{@code steps} pixel, in [0, steps). */
  int phaseY(int steps) {
    return Math.min(steps - 1, (int) (fractionY * steps));
  }

  /** Screen x of the left edge of tile column {@code col}, logical pixels. */
  int screenX(long col) {
    return (int) (col * tilePx + wholeX);
  }

  /** Screen y of the top edge of tile row {@code row}, logical pixels. */
  int screenY(long row) {
    return (int) (row * tilePx + wholeY);
  }

  /**
   * A view covering tile columns c0..c1 and rows r0..r1 exactly, at this grid's scale and phase:
   * its pixel (0, 0) is the top-left pixel of tile (c0, r0).
   */
  Viewport block(long c0, long c1, long r0, long r1) {
    int widthPx = (int) (c1 - c0 + 1) * tilePx;
    int heightPx = (int) (r1 - r0 + 1) * tilePx;
    return new Viewport(
        (widthPx / 2.0 + c0 * tilePx - fractionX) * metresPerPixel,
        -(heightPx / 2.0 + r0 * tilePx - fractionY) * metresPerPixel,
        metresPerPixel,
        widthPx,
        heightPx);
  }
}
