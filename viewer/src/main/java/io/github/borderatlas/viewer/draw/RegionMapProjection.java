package io.github.borderatlas.viewer.draw;

import io.github.borderatlas.core.geodesy.RegionProjection;

/**
 * The map's projection: core's {@link RegionProjection} (Albers equal-area conic on WGS84, centre
 * 81°E 46°N, standard parallels 43°N and 49°N), seen through the viewer's {@link MapProjection}.
 * Areas are true, so lakes and sectors show their real proportions. Immutable and thread-safe.
 */
public final class RegionMapProjection implements MapProjection {

  /** The region's default projection. */
  public static final RegionMapProjection REGION =
      new RegionMapProjection(RegionProjection.DEFAULT);

  private final RegionProjection projection;

  /** Adapts a core region projection. */
  public RegionMapProjection(RegionProjection projection) {
    if (projection == null) {
      throw new IllegalArgumentException("projection is required");
    }
    this.projection = projection;
  }

  @Override
  public void project(double lon, double lat, double[] out) {
    projection.project(lon, lat, out);
  }

  @Override
  public void inverse(double x, double y, double[] out) {
    projection.inverse(x, y, out);
  }

  @Override
  public String description() {
    return "Albers equal-area conic (" + projection.definition().trim() + ")";
  }
}
