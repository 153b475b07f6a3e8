package io.github.borderatlas.viewer.map;

/**
 * A plane projection for display: WGS84 longitude/latitude degrees to metres on a plane (x east, y
 * north) and back.
 *
 * <p>Axis order is <b>lon, lat</b> in and <b>x, y</b> out everywhere. Implementations must be
 * immutable, thread-safe and allocation-free on the {@code project}/{@code inverse} path: the map
 * projects every vertex of the atlas with them.
 */
public interface MapProjection {

  /**
   * Projects one position.
   *
   * @param lon longitude in degrees east
   * @param lat latitude in degrees north
   * @param out receives {@code out[0] = x}, {@code out[1] = y} in metres
   */
  void project(double lon, double lat, double[] out);

  /**
   * Inverts {@link #project}.
   *
   * @param x easting in metres
   * @param y northing in metres
   * @param out receives {@code out[0] = lon}, {@code out[1] = lat} in degrees
   */
  void inverse(double x, double y, double[] out);

  /** A short description for the status bar and exports, e.g. "Lambert azimuthal equal-area". */
  String description();
}
