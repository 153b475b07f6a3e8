package io.github.borderatlas.core.proximity;

import io.github.borderatlas.core.analysis.Side;
import io.github.borderatlas.core.analysis.SideLocator;
import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.LinePosition;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Measures features of any geometry type against an atlas' border: side, geodesic distance to the
 * line, nearest border point and its chainage, where the feature crosses or touches the line, and
 * the nearest border crossing. Built once per atlas (its border line, its places of kind {@link
 * PlaceKind#BORDER_CROSSING} and its China and Kazakhstan outlines), then used for any number of
 * features.
 *
 * <p><b>Distance.</b> 0 when the feature touches, crosses or (an area) covers part of the line,
 * tested in planar lon/lat. Otherwise the geodesic distance on WGS84 between the two: the least of
 * the distances from each vertex of the feature to the line and from each vertex of the line to the
 * feature (lines, and area boundaries: an area's distance is that of its boundary), each by
 * GeographicLib and the geodesic intercept of {@link GeodesicLineIndex}. Edges are geodesics; the
 * nearest pair of two polylines always has a vertex of one of them, so the result is the true
 * geodesic distance to better than a millimetre for edges under 50 km ({@link GeodesicLineIndex}).
 * Only line vertices within the current best distance of the feature's bounding box (in degrees,
 * rounded outwards) are tried from the line's side.
 *
 * <p><b>Border points.</b> Where the feature's lines or area boundaries intersect the border line,
 * computed in planar lon/lat on straight edges. For the bundled border (edges of tens of metres)
 * this is the geodesic position to well under a metre; for a feature with edges of many kilometres
 * the straight lon/lat edge and the geodesic one part by up to some hundred metres.
 *
 * <p><b>Side.</b> A vertex on the line has no side. Each other vertex is placed by the country
 * outlines ({@link SideLocator}): in exactly one of them, that side; in both, or in neither but
 * within {@value #OUTLINE_GAP_METRES} m of the line (where generalised outlines do not meet it), or
 * everywhere when the atlas has no outlines, the side of the line; on the line, no side. Then:
 * vertices in both countries give {@link FeatureSide#BOTH}; in one, that side (vertices outside
 * both countries do not count); none in either and touching the line, {@link FeatureSide#BOTH} when
 * some vertex is off the line else {@link FeatureSide#ON_BORDER}; else {@link FeatureSide#NEITHER}.
 *
 * <p><b>Cost.</b> One search of the border's segment tree per feature vertex ({@link
 * GeodesicLineIndex#locate}: for the bundled 11,500-vertex border about 0.07 ms on average for
 * points over the region), plus a geodesic distance to each border crossing. Building costs about
 * 0.12 s for the bundled border.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; {@link #measure} may be called from many
 * threads at once.
 */
public final class BorderProximity {

  /**
   * A vertex outside both outlines but this close to the line (metres) takes the line's side: the
   * outlines may be generalised so that they do not meet the line exactly.
   */
  public static final double OUTLINE_GAP_METRES = 2_000;

  /** Fewest metres per degree of latitude on WGS84 (at the equator), rounded down. */
  private static final double METRES_PER_DEGREE_LAT = 110_500;

  /** Metres per degree of longitude at the equator on WGS84, rounded down. */
  private static final double METRES_PER_DEGREE_LON_EQUATOR = 111_300;

  private final LineString line;
  private final PreparedGeometry preparedLine;
  private final GeodesicLineIndex lineIndex;
  private final SideLocator sides;
  private final boolean hasOutlines;
  private final Envelope gapBox;
  private final List<Place> crossings;

  private BorderProximity(Border border, SideLocator sides, List<Place> crossings) {
    this.line = (LineString) border.line().copy();
    this.preparedLine = PreparedGeometryFactory.prepare(line);
    this.lineIndex = new GeodesicLineIndex(line);
    this.sides = sides;
    this.hasOutlines = sides.hasCountries();
    this.gapBox = expand(line.getEnvelopeInternal(), OUTLINE_GAP_METRES);
    this.crossings = List.copyOf(crossings);
  }

  /**
   * Prepares the measuring of features against an atlas' border.
   *
   * @throws IllegalArgumentException when the atlas has no border
   */
  public static BorderProximity of(Atlas atlas) {
    Border border =
        atlas.border().orElseThrow(() -> new IllegalArgumentException("the atlas has no border"));
    List<Place> crossings =
        atlas.places().stream().filter(p -> p.kind() == PlaceKind.BORDER_CROSSING).toList();
    return new BorderProximity(border, SideLocator.of(atlas), crossings);
  }

  /** The border's geodesic length, metres (the largest chainage). */
  public double borderLengthMetres() {
    return lineIndex.lengthMetres();
  }

  /**
   * The id a feature is listed by: its GeoJSON id, else its {@code id} property (a string or a
   * number), else its 1-based index in the input.
   */
  public static String idOf(GeoJsonFeature feature, long index) {
    if (feature.id() != null) {
      return feature.id();
    }
    Object p = feature.properties().get("id");
    if (p instanceof String || p instanceof Number) {
      return String.valueOf(p);
    }
    return Long.toString(index);
  }

  /**
   * Measures a GeoJSON feature.
   *
   * @param feature the feature (geometry in lon/lat, possibly null or empty)
   * @param index its 1-based position in the input, the id when it has none
   * @throws IllegalArgumentException when a coordinate is not a lon/lat position
   */
  public FeatureProximity measure(GeoJsonFeature feature, long index) {
    return measure(idOf(feature, index), feature.string("name"), feature.geometry());
  }

  /**
   * Measures a geometry under an id and an optional name.
   *
   * @param id the id to report
   * @param name the name to report, or {@code null}
   * @param geometry lon/lat geometry of any type, or {@code null}
   * @throws IllegalArgumentException when a coordinate is not a lon/lat position (not finite, or a
   *     latitude outside [-90, 90])
   */
  public FeatureProximity measure(String id, @Nullable String name, @Nullable Geometry geometry) {
    Objects.requireNonNull(id, "id");
    Optional<String> optName = Optional.ofNullable(name);
    if (geometry == null) {
      return new FeatureProximity(id, optName, FeatureSide.NO_GEOMETRY, Optional.empty());
    }
    if (geometry.isEmpty()) {
      return new FeatureProximity(id, optName, FeatureSide.EMPTY_GEOMETRY, Optional.empty());
    }
    FeatureShape shape = new FeatureShape(geometry);
    boolean meets = preparedLine.intersects(geometry);
    BorderMeasure measure = meets ? touching(shape) : apart(shape);
    return new FeatureProximity(id, optName, side(shape, meets), Optional.of(measure));
  }

  private BorderMeasure touching(FeatureShape shape) {
    List<Coordinate> at = new ArrayList<>();
    if (shape.hasLinework()) {
      for (Geometry g : shape.linework()) {
        if (preparedLine.intersects(g)) {
          ends(g.intersection(line), at);
        }
      }
    }
    if (at.isEmpty()) { // points on the line, or an area covering the line without its boundary
      ends(shape.geometry().intersection(line), at);
    }
    List<LinePosition> located = new ArrayList<>();
    for (Coordinate c : at) {
      located.add(lineIndex.locate(c));
    }
    located.sort(Comparator.comparingDouble(LinePosition::chainageMetres));
    LinePosition first = located.get(0);
    List<LonLat> points = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      LinePosition p = located.get(i);
      LonLat ll = new LonLat(p.lon(), p.lat());
      if (!points.contains(ll)) {
        points.add(ll);
      }
    }
    // the reported points are the positions on the line of the intersections (the same within
    // the intercept's precision), so that they are ordered and exactly on the border
    return new BorderMeasure(
        0, new LonLat(first.lon(), first.lat()), first.chainageMetres(), points, nearest(shape));
  }

  /** The points of an intersection, or the ends of each line in it. */
  private static void ends(Geometry g, List<Coordinate> out) {
    if (g.isEmpty()) {
      return;
    }
    if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        ends(g.getGeometryN(i), out);
      }
    } else if (g instanceof LineString l) {
      out.add(l.getCoordinateN(0));
      out.add(l.getCoordinateN(l.getNumPoints() - 1));
    } else {
      out.add(g.getCoordinate());
    }
  }

  private BorderMeasure apart(FeatureShape shape) {
    LinePosition best = null;
    for (Coordinate v : shape.vertices()) {
      LinePosition p = lineIndex.locate(v);
      if (best == null || p.distanceMetres() < best.distanceMetres()) {
        best = p;
      }
    }
    double distance = best.distanceMetres();
    LonLat nearestPoint = new LonLat(best.lon(), best.lat());
    double chainage = best.chainageMetres();
    if (shape.hasLinework()) {
      Envelope reach = expand(shape.geometry().getEnvelopeInternal(), distance);
      for (int i = 0; i < line.getNumPoints(); i++) {
        Coordinate b = line.getCoordinateN(i);
        if (reach.contains(b)) {
          double d = shape.distanceMetres(b.x, b.y);
          if (d < distance) {
            distance = d;
            nearestPoint = new LonLat(b.x, b.y);
            chainage = lineIndex.chainageMetresOfVertex(i);
          }
        }
      }
    }
    return new BorderMeasure(distance, nearestPoint, chainage, List.of(), nearest(shape));
  }

  private Optional<NearestCrossing> nearest(FeatureShape shape) {
    NearestCrossing best = null;
    for (Place c : crossings) {
      double d = shape.distanceMetres(c.location().getX(), c.location().getY());
      if (best == null || d < best.distanceMetres()) {
        best = new NearestCrossing(c.id(), c.name(), d);
      }
    }
    return Optional.ofNullable(best);
  }

  private FeatureSide side(FeatureShape shape, boolean meets) {
    Set<Side> found = EnumSet.noneOf(Side.class);
    boolean offLine = false;
    for (Coordinate v : shape.vertices()) {
      if (meets && onLine(v)) {
        continue; // on the line: no side, whatever outlines that do not meet it exactly say
      }
      offLine = true;
      Side s = vertexSide(v);
      found.add(s);
      if (found.contains(Side.CHINA) && found.contains(Side.KAZAKHSTAN)) {
        return FeatureSide.BOTH;
      }
    }
    if (found.contains(Side.CHINA)) {
      return FeatureSide.CHINA;
    }
    if (found.contains(Side.KAZAKHSTAN)) {
      return FeatureSide.KAZAKHSTAN;
    }
    if (meets) {
      return offLine ? FeatureSide.BOTH : FeatureSide.ON_BORDER;
    }
    return FeatureSide.NEITHER;
  }

  /** CHINA, KAZAKHSTAN, or UNKNOWN for a vertex on the line or outside both countries. */
  private Side vertexSide(Coordinate v) {
    if (!hasOutlines) {
      return sides.sideOfLine(v.x, v.y);
    }
    boolean china = sides.inChina(v.x, v.y);
    boolean kazakhstan = sides.inKazakhstan(v.x, v.y);
    if (china != kazakhstan) {
      return china ? Side.CHINA : Side.KAZAKHSTAN;
    }
    if (china || (gapBox.contains(v) && lineIndex.distanceMetres(v.x, v.y) <= OUTLINE_GAP_METRES)) {
      return sides.sideOfLine(v.x, v.y);
    }
    return Side.UNKNOWN;
  }

  private boolean onLine(Coordinate v) {
    return preparedLine.intersects(Geometries.FACTORY.createPoint(v));
  }

  /**
   * The box grown by {@code metres} each way, in degrees rounded outwards: every point within that
   * geodesic distance of the box lies inside the result.
   */
  private static Envelope expand(Envelope box, double metres) {
    double dLat = metres / METRES_PER_DEGREE_LAT;
    double maxAbsLat =
        Math.min(89.9, Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY())) + dLat);
    double dLon = metres / (METRES_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(maxAbsLat)));
    Envelope e = new Envelope(box);
    e.expandBy(Math.min(dLon, 360), Math.min(dLat, 180));
    return e;
  }
}
