package io.github.borderatlas.core.geodesy;

import io.github.borderatlas.core.model.Geometries;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * The display projection of the region: an Albers equal-area conic projection on WGS84, by default
 * centred on 81°E 46°N with standard parallels 43°N and 49°N (PROJ string {@code +proj=aea
 * +lat_0=46 +lon_0=81 +lat_1=43 +lat_2=49 +ellps=WGS84}). It keeps areas true, and its linear scale
 * error over 41–51°N stays under 0.3 % (PROJ {@code proj -S}), so lakes and sectors look their true
 * sizes and shapes.
 *
 * <p><b>Units and axes.</b> Forward: longitude, latitude in degrees (that order) to x (metres east
 * of the central meridian), y (metres north of the origin latitude); the inverse maps back. Y grows
 * northward: a screen transform must flip it.
 *
 * <p><b>Algorithms.</b> proj4j's {@code AlbersProjection} (a port of PROJ; J. P. Snyder, <i>Map
 * Projections: A Working Manual</i>, USGS Professional Paper 1395, 1987, pp. 98–103), called
 * directly without a datum shift since input and output share the WGS84 ellipsoid.
 *
 * <p><b>Accuracy.</b> Matches PROJ 9 to a millimetre; forward then inverse returns the input to
 * better than 1e-9°.
 *
 * <p><b>Performance.</b> {@link #project(double, double, double[])} allocates one small scratch
 * object per call; {@link #projectAll} allocates one per batch and suits projecting every vertex of
 * a layer. Neither throws for bad points: a non-finite or out-of-range input gives NaN.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; the proj4j projection is only read after
 * construction.
 *
 * <pre>{@code
 * double[] xy = new double[2];
 * RegionProjection.DEFAULT.project(80.45, 44.2, xy); // Khorgos: lon, lat -> x, y metres
 * }</pre>
 */
public final class RegionProjection {

  /** Albers equal-area, centre 81°E 46°N, standard parallels 43°N and 49°N, WGS84. */
  public static final RegionProjection DEFAULT = albers(81, 46, 43, 49);

  private final Crs crs;
  private final Projection projection;
  private final GeometryFactory projectedFactory;

  private RegionProjection(Crs crs) {
    this.crs = crs;
    this.projection =
        new CRSFactory().createFromParameters(crs.name(), crs.proj4()).getProjection();
    this.projectedFactory = new GeometryFactory(new PrecisionModel(), crs.srid());
  }

  /**
   * An Albers equal-area conic projection on WGS84.
   *
   * @param lon0 central meridian, degrees in [-180, 180]
   * @param lat0 latitude of the origin, degrees in (-90, 90)
   * @param lat1 first standard parallel, degrees in (-90, 90)
   * @param lat2 second standard parallel, degrees in (-90, 90), not equal to {@code -lat1}
   * @throws IllegalArgumentException when a parameter is out of range
   */
  public static RegionProjection albers(double lon0, double lat0, double lat1, double lat2) {
    if (!(lon0 >= -180 && lon0 <= 180)) {
      throw new IllegalArgumentException("lon0 must be in [-180, 180], was " + lon0);
    }
    for (double lat : new double[] {lat0, lat1, lat2}) {
      if (!(lat > -90 && lat < 90)) {
        throw new IllegalArgumentException("latitudes must be in (-90, 90), was " + lat);
      }
    }
    if (lat1 == -lat2) {
      throw new IllegalArgumentException(
          "standard parallels must not be symmetric about the"
              + " equator, were "
              + lat1
              + " and "
              + lat2);
    }
    return new RegionProjection(
        new Crs(
            0,
            "Albers equal-area " + lon0 + "E " + lat0 + "N",
            String.format(
                Locale.ROOT,
                "+proj=aea +lat_0=%s +lon_0=%s +lat_1=%s +lat_2=%s +x_0=0 +y_0=0 +ellps=WGS84"
                    + " +units=m +no_defs",
                lat0,
                lon0,
                lat1,
                lat2)));
  }

  /**
   * Universal Transverse Mercator on WGS84, SRID {@code 32600 + zone} (north) or {@code 32700 +
   * zone} (south), e.g. zone 44 north (EPSG:32644) for Khorgos at 80.4°E. Scale error within a zone
   * stays under 0.1 % (scale factor 0.9996 on the central meridian).
   *
   * @param zone 1 to 60
   * @param north true for the northern hemisphere
   * @throws IllegalArgumentException when the zone is out of range
   */
  public static RegionProjection utm(int zone, boolean north) {
    if (zone < 1 || zone > 60) {
      throw new IllegalArgumentException("UTM zone must be in 1..60, was " + zone);
    }
    return new RegionProjection(
        new Crs(
            (north ? 32600 : 32700) + zone,
            "WGS 84 / UTM zone " + zone + (north ? "N" : "S"),
            "+proj=utm +zone="
                + zone
                + (north ? "" : " +south")
                + " +datum=WGS84 +units=m +no_defs"));
  }

  /** The UTM zone (1 to 60) holding a longitude in degrees, by the standard 6° bands. */
  public static int utmZone(double lon) {
    double wrapped = ((lon + 180) % 360 + 360) % 360;
    return Math.min(60, (int) Math.floor(wrapped / 6) + 1);
  }

  /**
   * A projection from a PROJ parameter string read by proj4j, e.g. {@code "+proj=lcc +lat_0=46
   * +lon_0=81 +lat_1=43 +lat_2=49 +datum=WGS84 +units=m"}. Input must be WGS84 lon/lat: no datum
   * shift is applied, so the definition should be on the WGS84 ellipsoid.
   *
   * @param definition the PROJ string of a projected CRS in metres
   * @param srid the EPSG code the projected geometries will carry, or 0 when there is none
   * @throws IllegalArgumentException when proj4j cannot read the definition
   */
  public static RegionProjection fromProj4(String definition, int srid) {
    Objects.requireNonNull(definition, "definition");
    try {
      return new RegionProjection(new Crs(srid, "PROJ " + definition, definition));
    } catch (RuntimeException e) { // proj4j's unchecked parse errors
      throw new IllegalArgumentException("cannot read PROJ definition: " + definition, e);
    }
  }

  /** The PROJ parameter string of this projection. */
  public String definition() {
    return crs.proj4();
  }

  /** The projected CRS: the SRID and definition that {@link #project(Geometry)} results carry. */
  public Crs crs() {
    return crs;
  }

  /**
   * Projects one point: writes x to {@code out[0]} and y to {@code out[1]}, metres; NaN for a
   * non-finite or out-of-range input.
   *
   * @param lon longitude, degrees
   * @param lat latitude, degrees
   * @param out receives x, y; length ≥ 2
   */
  public void project(double lon, double lat, double[] out) {
    transform(true, lon, lat, out, 0, new ProjCoordinate());
  }

  /**
   * Projects {@code count} points from interleaved {@code lonLat} = [lon0, lat0, lon1, lat1, …]
   * into interleaved {@code xy}. The arrays may be the same.
   *
   * @throws IllegalArgumentException when an array is shorter than {@code 2 * count}
   */
  public void projectAll(double[] lonLat, double[] xy, int count) {
    transformAll(true, lonLat, xy, count);
  }

  /**
   * Inverse-projects one point: writes longitude to {@code out[0]} and latitude to {@code out[1]},
   * degrees; NaN for a non-finite input.
   *
   * @param x metres east
   * @param y metres north
   * @param out receives lon, lat; length ≥ 2
   */
  public void inverse(double x, double y, double[] out) {
    transform(false, x, y, out, 0, new ProjCoordinate());
  }

  /** Inverse of {@link #projectAll}: interleaved x, y to interleaved lon, lat degrees. */
  public void inverseAll(double[] xy, double[] lonLat, int count) {
    transformAll(false, xy, lonLat, count);
  }

  /** The projected coordinate (x, y metres) of a lon/lat coordinate. */
  public Coordinate project(Coordinate lonLat) {
    return transform(true, lonLat);
  }

  /** The lon/lat coordinate of a projected coordinate (x, y metres). */
  public Coordinate inverse(Coordinate xy) {
    return transform(false, xy);
  }

  /**
   * A projected copy of a lon/lat geometry (x, y metres), on a factory with this projection's SRID
   * ({@link Crs#srid()}) and with {@link #crs()} as user data; the argument is not changed.
   * Vertices are projected one by one, without densifying edges.
   */
  public Geometry project(Geometry lonLat) {
    Geometry xy = projectedFactory.createGeometry(transform(true, lonLat));
    xy.setUserData(crs);
    return xy;
  }

  /**
   * A lon/lat copy of a projected geometry on {@link Geometries#FACTORY} (SRID 4326, x =
   * longitude); the inverse of {@link #project(Geometry)}.
   */
  public Geometry inverse(Geometry xy) {
    return Geometries.FACTORY.createGeometry(transform(false, xy));
  }

  @Override
  public String toString() {
    return "RegionProjection[" + crs.proj4() + "]";
  }

  /**
   * Projects ({@code forward}: lon, lat degrees to x, y metres) or inverse-projects one point into
   * {@code out[at]}, {@code out[at + 1]}; NaN for a non-finite or out-of-range input or a point
   * proj4j cannot map.
   */
  private void transform(
      boolean forward, double a, double b, double[] out, int at, ProjCoordinate c) {
    boolean valid =
        forward
            ? Double.isFinite(a) && b >= -90 && b <= 90
            : Double.isFinite(a) && Double.isFinite(b);
    out[at] = Double.NaN;
    out[at + 1] = Double.NaN;
    if (!valid) {
      return;
    }
    c.x = a;
    c.y = b;
    try {
      if (forward) {
        projection.project(c, c);
      } else {
        projection.inverseProject(c, c);
      }
      out[at] = c.x;
      out[at + 1] = c.y;
    } catch (RuntimeException e) { // proj4j ProjectionException for points it cannot map
      // NaN already written
    }
  }

  private void transformAll(boolean forward, double[] src, double[] dst, int count) {
    checkLength(src, dst, count);
    ProjCoordinate scratch = new ProjCoordinate();
    for (int i = 0; i < 2 * count; i += 2) {
      transform(forward, src[i], src[i + 1], dst, i, scratch);
    }
  }

  private Coordinate transform(boolean forward, Coordinate c) {
    double[] out = new double[2];
    transform(forward, c.x, c.y, out, 0, new ProjCoordinate());
    return new Coordinate(out[0], out[1]);
  }

  private Geometry transform(boolean forward, Geometry g) {
    ProjCoordinate scratch = new ProjCoordinate();
    PointTransform t = (a, b, out) -> transform(forward, a, b, out, 0, scratch);
    return t.transform(g);
  }

  private static void checkLength(double[] src, double[] dst, int count) {
    if (count < 0 || src.length < 2 * count || dst.length < 2 * count) {
      throw new IllegalArgumentException(
          "arrays must hold 2 * count = "
              + 2L * count
              + " values; have "
              + src.length
              + " and "
              + dst.length);
    }
  }
}
