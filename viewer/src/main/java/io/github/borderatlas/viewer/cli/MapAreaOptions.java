package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.Viewport;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Option;

/**
 * The {@code --bbox} option of the commands that draw the map ({@code render}, {@code animate}) and
 * the view it gives. A picocli mixin; not thread-safe (one command run).
 */
final class MapAreaOptions {

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      description = "Area to show, degrees (default: the border, rivers and lakes).")
  String bbox;

  /** The lon/lat box asked for, checked, or {@code null} for the data's extent. */
  Envelope lonLat() {
    return bbox == null ? null : Arguments.bbox(bbox);
  }

  /**
   * The view of {@code width × height} logical pixels showing the box (edge to edge) or the data's
   * extent (with a 24-pixel margin).
   */
  static Viewport viewport(ProjectedAtlas pa, Envelope lonLat, int width, int height) {
    Envelope extent = lonLat == null ? pa.dataExtent() : project(lonLat, pa.projection());
    return Viewport.fit(extent, width, height, lonLat == null ? 24 : 0);
  }

  /** The projected envelope of a lon/lat box (its edges sampled, since meridians converge). */
  static Envelope project(Envelope lonLat, MapProjection proj) {
    Envelope e = new Envelope();
    double[] xy = new double[2];
    int n = 16;
    for (int i = 0; i <= n; i++) {
      double lon = lonLat.getMinX() + lonLat.getWidth() * i / n;
      double lat = lonLat.getMinY() + lonLat.getHeight() * i / n;
      for (double[] p :
          new double[][] {
            {lon, lonLat.getMinY()}, {lon, lonLat.getMaxY()},
            {lonLat.getMinX(), lat}, {lonLat.getMaxX(), lat}
          }) {
        proj.project(p[0], p[1], xy);
        if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
          e.expandToInclude(xy[0], xy[1]);
        }
      }
    }
    return e;
  }
}
