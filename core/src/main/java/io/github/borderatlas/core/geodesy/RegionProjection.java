package io.github.borderatlas.core.geodesy;

import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
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

  private final String definition;
  private final Projection projection;

  private RegionProjection(String definition) {
    this.definition = definition;
    this.projection =
        new CRSFactory().createFromParameters("BorderAtlas region", definition).getProjection();
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
        String.format(
            Locale.ROOT,
            "+proj=aea +lat_0=%s +lon_0=%s +lat_1=%s +lat_2=%s +x_0=0 +y_0=0 +ellps=WGS84"
                + " +units=m +no_defs",
            lat0,
            lon0,
            lat1,
            lat2));
  }

  /** A projection from a PROJ parameter string, for tests against published examples. */
  static RegionProjection fromProj4(String definition) {
    return new RegionProjection(Objects.requireNonNull(definition, "definition"));
  }

  /** The PROJ parameter string of this projection. */
  public String definition() {
    return definition;
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
    forward(lon, lat, out, 0, new ProjCoordinate());
  }

  /**
   * Projects {@code count} points from interleaved {@code lonLat} = [lon0, lat0, lon1, lat1, …]
   * into interleaved {@code xy}. The arrays may be the same.
   *
   * @throws IllegalArgumentException when an array is shorter than {@code 2 * count}
   */
  public void projectAll(double[] lonLat, double[] xy, int count) {
    checkLength(lonLat, xy, count);
    ProjCoordinate scratch = new ProjCoordinate();
    for (int i = 0; i < 2 * count; i += 2) {
      forward(lonLat[i], lonLat[i + 1], xy, i, scratch);
    }
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
    backward(x, y, out, 0, new ProjCoordinate());
  }

  /** Inverse of {@link #projectAll}: interleaved x, y to interleaved lon, lat degrees. */
  public void inverseAll(double[] xy, double[] lonLat, int count) {
    checkLength(xy, lonLat, count);
    ProjCoordinate scratch = new ProjCoordinate();
    for (int i = 0; i < 2 * count; i += 2) {
      backward(xy[i], xy[i + 1], lonLat, i, scratch);
    }
  }

  /** The projected coordinate (x, y metres) of a lon/lat coordinate. */
  public Coordinate project(Coordinate lonLat) {
    double[] out = new double[2];
    project(lonLat.x, lonLat.y, out);
    return new Coordinate(out[0], out[1]);
  }

  /** The lon/lat coordinate of a projected coordinate (x, y metres). */
  public Coordinate inverse(Coordinate xy) {
    double[] out = new double[2];
    inverse(xy.x, xy.y, out);
    return new Coordinate(out[0], out[1]);
  }

  /**
   * A projected copy of a lon/lat geometry (x, y metres), made with the same factory; the argument
   * is not changed. Vertices are projected one by one, without densifying edges.
   */
  public Geometry project(Geometry lonLat) {
    Geometry copy = lonLat.copy();
    copy.apply(new Filter(true));
    copy.geometryChanged();
    return copy;
  }

  /** A lon/lat copy of a projected geometry; the inverse of {@link #project(Geometry)}. */
  public Geometry inverse(Geometry xy) {
    Geometry copy = xy.copy();
    copy.apply(new Filter(false));
    copy.geometryChanged();
    return copy;
  }

  @Override
  public String toString() {
    return "RegionProjection[" + definition + "]";
  }

  private void forward(double lon, double lat, double[] out, int at, ProjCoordinate c) {
    if (!Double.isFinite(lon) || !(lat >= -90 && lat <= 90)) {
      out[at] = Double.NaN;
      out[at + 1] = Double.NaN;
      return;
    }
    c.x = lon;
    c.y = lat;
    try {
      projection.project(c, c);
      out[at] = c.x;
      out[at + 1] = c.y;
    } catch (RuntimeException e) { // proj4j ProjectionException for points it cannot map
      out[at] = Double.NaN;
      out[at + 1] = Double.NaN;
    }
  }

  private void backward(double x, double y, double[] out, int at, ProjCoordinate c) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      out[at] = Double.NaN;
      out[at + 1] = Double.NaN;
      return;
    }
    c.x = x;
    c.y = y;
    try {
      projection.inverseProject(c, c);
      out[at] = c.x;
      out[at + 1] = c.y;
    } catch (RuntimeException e) {
      out[at] = Double.NaN;
      out[at + 1] = Double.NaN;
    }
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

  /** Projects or inverse-projects every coordinate of a geometry in place. */
  private final class Filter implements CoordinateSequenceFilter {
    private final boolean forward;
    private final double[] out = new double[2];
    private final ProjCoordinate scratch = new ProjCoordinate();

    Filter(boolean forward) {
      this.forward = forward;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      if (forward) {
        forward(seq.getX(i), seq.getY(i), out, 0, scratch);
      } else {
        backward(seq.getX(i), seq.getY(i), out, 0, scratch);
      }
      seq.setOrdinate(i, CoordinateSequence.X, out[0]);
      seq.setOrdinate(i, CoordinateSequence.Y, out[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
