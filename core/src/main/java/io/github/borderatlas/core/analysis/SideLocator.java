package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.linearref.LinearLocation;
import org.locationtech.jts.linearref.LocationIndexedLine;

/**
 * Tells on which side of the China–Kazakhstan border a point lies.
 *
 * <p><b>Algorithm.</b> When the atlas has country outlines with ISO code {@code CHN} or {@code
 * KAZ}, a point inside exactly one of them is on that side. Otherwise (no outlines, or the point is
 * in neither or both, as happens where generalised outlines do not meet the border line) the side
 * of the border line decides: the border runs north to south, from the China–Russia–Kazakhstan
 * tripoint (about 87.3°E 49.1°N) to Khan Tengri (about 80.2°E 42.2°N), so walking along it
 * Kazakhstan lies to the right (west) and China to the left (east). The side is the sign of the
 * planar cross product, in lon/lat, with the nearest segment; at a vertex the turn of the line
 * decides (a point is left of a left turn only if left of both segments). If the line's first
 * vertex is south of its last, the line is taken to be reversed and the sides swap.
 *
 * <p><b>Accuracy.</b> Planar lon/lat geometry is exact for the side test as long as the point is
 * not within a few metres of the line; points on the line are {@link Side#UNKNOWN}.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe (JTS prepared geometries are thread-safe).
 */
public final class SideLocator {

  /** ISO 3166-1 alpha-3 code of China. */
  public static final String CHINA_ISO = "CHN";

  /** ISO 3166-1 alpha-3 code of Kazakhstan. */
  public static final String KAZAKHSTAN_ISO = "KAZ";

  private final LineString line;
  private final LocationIndexedLine indexed;
  private final boolean kazakhstanOnRight;
  private final List<PreparedGeometry> china;
  private final List<PreparedGeometry> kazakhstan;

  /**
   * A locator from a border line (lon/lat, north to south) and optional country outlines.
   *
   * @param borderLine the border, at least two distinct vertices
   * @param china outlines of China (polygons, lon/lat), possibly empty
   * @param kazakhstan outlines of Kazakhstan (polygons, lon/lat), possibly empty
   */
  public SideLocator(LineString borderLine, List<Geometry> china, List<Geometry> kazakhstan) {
    Objects.requireNonNull(borderLine, "borderLine");
    if (borderLine.getNumPoints() < 2) {
      throw new IllegalArgumentException("border line needs at least two vertices");
    }
    this.line = (LineString) borderLine.copy();
    this.indexed = new LocationIndexedLine(line);
    this.kazakhstanOnRight =
        line.getCoordinateN(0).y >= line.getCoordinateN(line.getNumPoints() - 1).y;
    this.china = prepare(china);
    this.kazakhstan = prepare(kazakhstan);
  }

  /**
   * A locator for an atlas: its border line and its CHN and KAZ country outlines (all of them,
   * whatever their validity).
   *
   * @throws IllegalArgumentException when the atlas has no border
   */
  public static SideLocator of(Atlas atlas) {
    Border border =
        atlas.border().orElseThrow(() -> new IllegalArgumentException("atlas has no border"));
    List<Geometry> chn = new ArrayList<>();
    List<Geometry> kaz = new ArrayList<>();
    for (Country c : atlas.countries()) {
      if (CHINA_ISO.equals(c.isoA3())) {
        chn.add(c.geometry());
      } else if (KAZAKHSTAN_ISO.equals(c.isoA3())) {
        kaz.add(c.geometry());
      }
    }
    return new SideLocator(border.line(), chn, kaz);
  }

  /** True when country outlines of both sides are available. */
  public boolean hasCountries() {
    return !china.isEmpty() && !kazakhstan.isEmpty();
  }

  /** The side of a point (lon, lat degrees): by country outlines first, else by the line. */
  public Side sideOf(double lon, double lat) {
    if (!china.isEmpty() || !kazakhstan.isEmpty()) {
      Point p = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
      boolean inChina = covers(china, p);
      boolean inKazakhstan = covers(kazakhstan, p);
      if (inChina != inKazakhstan) {
        return inChina ? Side.CHINA : Side.KAZAKHSTAN;
      }
    }
    return sideOfLine(lon, lat);
  }

  /** True when a China outline covers the point (lon, lat degrees); false without outlines. */
  public boolean inChina(double lon, double lat) {
    return covers(china, Geometries.FACTORY.createPoint(new Coordinate(lon, lat)));
  }

  /** True when a Kazakhstan outline covers the point (lon, lat degrees); false without outlines. */
  public boolean inKazakhstan(double lon, double lat) {
    return covers(kazakhstan, Geometries.FACTORY.createPoint(new Coordinate(lon, lat)));
  }

  /** {@link #sideOf(double, double)} for a lon/lat point (x = longitude, y = latitude). */
  public Side sideOf(Point point) {
    return sideOf(point.getX(), point.getY());
  }

  /** {@link #sideOf(double, double)} for a coordinate (x = longitude, y = latitude). */
  public Side sideOf(Coordinate c) {
    return sideOf(c.x, c.y);
  }

  /** The side of a point (lon, lat degrees) judged only by the border line. */
  public Side sideOfLine(double lon, double lat) {
    Coordinate p = new Coordinate(lon, lat);
    LinearLocation loc = indexed.project(p);
    int last = line.getNumPoints() - 1;
    int seg = Math.min(loc.getSegmentIndex(), last - 1);
    double fraction = loc.getSegmentIndex() >= last ? 1 : loc.getSegmentFraction();
    int vertex = fraction <= 0 ? seg : fraction >= 1 ? seg + 1 : -1;
    int orientation;
    if (vertex > 0 && vertex < last) {
      Coordinate u = line.getCoordinateN(vertex - 1);
      Coordinate v = line.getCoordinateN(vertex);
      Coordinate w = line.getCoordinateN(vertex + 1);
      int turn = Orientation.index(u, v, w);
      int first = Orientation.index(u, v, p);
      int second = Orientation.index(v, w, p);
      boolean left = turn > 0 ? first > 0 && second > 0 : first > 0 || second > 0;
      boolean right = turn < 0 ? first < 0 && second < 0 : first < 0 || second < 0;
      orientation =
          left == right ? Orientation.COLLINEAR : left ? Orientation.LEFT : Orientation.RIGHT;
    } else {
      int s = vertex == -1 ? seg : vertex == 0 ? 0 : last - 1;
      orientation = Orientation.index(line.getCoordinateN(s), line.getCoordinateN(s + 1), p);
    }
    if (orientation == Orientation.COLLINEAR) {
      return Side.UNKNOWN;
    }
    boolean right = orientation == Orientation.RIGHT;
    return right == kazakhstanOnRight ? Side.KAZAKHSTAN : Side.CHINA;
  }

  private static boolean covers(List<PreparedGeometry> outlines, Point p) {
    for (PreparedGeometry g : outlines) {
      if (g.covers(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<PreparedGeometry> prepare(List<Geometry> outlines) {
    List<PreparedGeometry> prepared = new ArrayList<>();
    for (Geometry g : Objects.requireNonNull(outlines, "outlines")) {
      prepared.add(PreparedGeometryFactory.prepare(g));
    }
    return List.copyOf(prepared);
  }
}
