package io.github.borderatlas.viewer.draw;

/**
 * A plane projection for display: WGS84 longitude/latitude degrees to metres on a plane (x east, y
 * north) and back.
 *
 * <p>Axis order is <b>lon, lat</b> in and <b>x, y</b> out everywhere. Implementations must be
 * immutable and thread-safe, and should allocate little on the {@code project}/{@code inverse}
 * path: the map projects every vertex of the atlas with them. ({@link RegionMapProjection}
 * allocates one small proj4j scratch object per call.)
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

  /**
   * A short description for the status bar and exports, e.g. "Albers equal-area conic (+proj=aea
   * ...)".
   */
  String description();
}
