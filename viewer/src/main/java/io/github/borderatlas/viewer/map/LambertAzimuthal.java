package io.github.borderatlas.viewer.map;

/**
 * Lambert azimuthal equal-area projection on the authalic sphere (radius 6,371,007.2 m), centred on
 * the region (81°E, 46°N by default): a display projection in which areas keep their proportions
 * and shapes within the China–Kazakhstan region (about 1,000 km from the centre) are distorted by
 * less than 4 %.
 *
 * <p>Algorithm: Snyder, <i>Map Projections — A Working Manual</i> (USGS PP 1395, 1987), eqs.
 * 24-2…24-4 (forward) and 24-16…24-18 (inverse), spherical form. Accuracy: as a display projection
 * it is exact for the sphere; it is not a geodetic transform and is not used for any measurement
 * (lengths and areas are geodesic, computed on the WGS84 ellipsoid elsewhere).
 *
 * <p>Immutable and thread-safe; no allocation per call.
 */
public final class LambertAzimuthal implements MapProjection {

  /** Radius of the sphere with the WGS84 ellipsoid's surface area, metres. */
  public static final double AUTHALIC_RADIUS = 6_371_007.181;

  /** The region's centre: 81°E 46°N. */
  public static final LambertAzimuthal REGION = new LambertAzimuthal(81.0, 46.0);

  private final double lon0;
  private final double lat0;
  private final double sinLat0;
  private final double cosLat0;

  /**
   * @param centreLon longitude of the centre in degrees, in [-180, 180]
   * @param centreLat latitude of the centre in degrees, in [-90, 90]
   */
  public LambertAzimuthal(double centreLon, double centreLat) {
    if (!(centreLon >= -180 && centreLon <= 180) || !(centreLat >= -90 && centreLat <= 90)) {
      throw new IllegalArgumentException(
          "centre must lie in lon [-180, 180], lat [-90, 90], was " + centreLon + ", " + centreLat);
    }
    this.lon0 = Math.toRadians(centreLon);
    this.lat0 = Math.toRadians(centreLat);
    this.sinLat0 = Math.sin(lat0);
    this.cosLat0 = Math.cos(lat0);
  }

  @Override
  public void project(double lon, double lat, double[] out) {
    double phi = Math.toRadians(lat);
    double dl = Math.toRadians(lon) - lon0;
    double sinPhi = Math.sin(phi);
    double cosPhi = Math.cos(phi);
    double cosDl = Math.cos(dl);
    double denom = 1 + sinLat0 * sinPhi + cosLat0 * cosPhi * cosDl;
    double k = denom <= 1e-12 ? 0 : Math.sqrt(2 / denom);
    out[0] = AUTHALIC_RADIUS * k * cosPhi * Math.sin(dl);
    out[1] = AUTHALIC_RADIUS * k * (cosLat0 * sinPhi - sinLat0 * cosPhi * cosDl);
  }

  @Override
  public void inverse(double x, double y, double[] out) {
    double rho = Math.hypot(x, y);
    if (rho < 1e-9) {
      out[0] = Math.toDegrees(lon0);
      out[1] = Math.toDegrees(lat0);
      return;
    }
    double c = 2 * Math.asin(Math.min(1, rho / (2 * AUTHALIC_RADIUS)));
    double sinC = Math.sin(c);
    double cosC = Math.cos(c);
    double phi = Math.asin(cosC * sinLat0 + y * sinC * cosLat0 / rho);
    double lam = lon0 + Math.atan2(x * sinC, rho * cosLat0 * cosC - y * sinLat0 * sinC);
    out[0] = Math.toDegrees(lam);
    out[1] = Math.toDegrees(phi);
  }

  @Override
  public String description() {
    return String.format(
        java.util.Locale.ROOT,
        "Lambert azimuthal equal-area, centre %.1f°E %.1f°N",
        Math.toDegrees(lon0),
        Math.toDegrees(lat0));
  }
}
