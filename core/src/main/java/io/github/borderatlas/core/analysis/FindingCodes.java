package io.github.borderatlas.core.analysis;

/**
 * The stable codes of validation {@link Finding}s, with their usual severity. Codes never change
 * meaning; new ones may be added.
 */
public final class FindingCodes {

  private FindingCodes() {}

  // Geometry (AtlasValidator and GeoJsonFeatureValidator)

  /** ERROR: JTS {@code IsValidOp} rejects the geometry (self-intersection, too few points...). */
  public static final String INVALID_GEOMETRY = "INVALID_GEOMETRY";

  /** ERROR: a feature's geometry is empty. */
  public static final String EMPTY_GEOMETRY = "EMPTY_GEOMETRY";

  /** ERROR: a coordinate is NaN or infinite. */
  public static final String COORDINATE_NOT_FINITE = "COORDINATE_NOT_FINITE";

  /** ERROR: a longitude outside [-180, 180] or a latitude outside [-90, 90]. */
  public static final String COORDINATE_OUT_OF_RANGE = "COORDINATE_OUT_OF_RANGE";

  /** WARNING: an exterior ring is clockwise or a hole counter-clockwise (RFC 7946 §3.1.6). */
  public static final String RING_WINDING = "RING_WINDING";

  /**
   * WARNING: a line or ring has a segment spanning more than 180° of longitude: if it crosses the
   * antimeridian, RFC 7946 §3.1.9 wants it cut in two there.
   */
  public static final String ANTIMERIDIAN_NOT_SPLIT = "ANTIMERIDIAN_NOT_SPLIT";

  // RFC 7946 structure (GeoJsonFeatureValidator, from the reader's notes)

  /**
   * ERROR: a {@code bbox} is not an array, holds a non-number or has a length other than 4 or 6.
   */
  public static final String BBOX_INVALID = "BBOX_INVALID";

  /** ERROR: a position lies outside the {@code bbox} that should contain it (RFC 7946 §5). */
  public static final String BBOX_NOT_CONTAINING = "BBOX_NOT_CONTAINING";

  /** ERROR: a Feature has no {@code geometry} or no {@code properties} member (RFC 7946 §3.2). */
  public static final String MISSING_MEMBER = "MISSING_MEMBER";

  /** ERROR: a ring's first and last positions differ in some ordinate, z included. */
  public static final String RING_NOT_CLOSED = "RING_NOT_CLOSED";

  /** WARNING: a legacy {@code crs} member (naming CRS84); RFC 7946 §4 removed it. */
  public static final String CRS_MEMBER = "CRS_MEMBER";

  /** ERROR: a legacy {@code crs} member naming another CRS than CRS84 (or none). */
  public static final String CRS_NOT_CRS84 = "CRS_NOT_CRS84";

  /**
   * ERROR: the input breaks a GeoJSON rule the reader cannot read past (a position of one number,
   * an unknown type...); validation stopped there.
   */
  public static final String GEOJSON_STRUCTURE = "GEOJSON_STRUCTURE";

  /** WARNING: two features of a file share an id. */
  public static final String DUPLICATE_ID = "DUPLICATE_ID";

  // Provenance

  /** ERROR: a feature has a blank source. */
  public static final String MISSING_SOURCE = "MISSING_SOURCE";

  /** ERROR: a feature has a blank licence. */
  public static final String MISSING_LICENSE = "MISSING_LICENSE";

  // Border and segments

  /** WARNING: the border's first vertex is south of its last (it should run north to south). */
  public static final String BORDER_DIRECTION = "BORDER_DIRECTION";

  /** ERROR: consecutive segments leave a gap, in chainage or between end and start vertices. */
  public static final String SEGMENT_GAP = "SEGMENT_GAP";

  /** ERROR: consecutive segments overlap in chainage. */
  public static final String SEGMENT_OVERLAP = "SEGMENT_OVERLAP";

  /** ERROR: a segment's end vertex is not on the border line. */
  public static final String SEGMENT_OFF_BORDER = "SEGMENT_OFF_BORDER";

  /** WARNING: a segment's stated chainage differs from where it lies on the border. */
  public static final String SEGMENT_CHAINAGE = "SEGMENT_CHAINAGE";

  /** ERROR: the segments do not run from chainage 0 to the border's length. */
  public static final String SEGMENTS_NOT_COVERING = "SEGMENTS_NOT_COVERING";

  // Rivers

  /** ERROR: a transboundary river does not cross the border. */
  public static final String RIVER_NO_CROSSING = "RIVER_NO_CROSSING";

  /** WARNING: a transboundary river crosses the border more than once. */
  public static final String RIVER_MULTIPLE_CROSSINGS = "RIVER_MULTIPLE_CROSSINGS";

  /** ERROR: a transboundary river flows from Kazakhstan into China. */
  public static final String RIVER_WRONG_DIRECTION = "RIVER_WRONG_DIRECTION";

  /** WARNING: the sides up- and downstream of a transboundary river's crossing are unclear. */
  public static final String RIVER_DIRECTION_UNKNOWN = "RIVER_DIRECTION_UNKNOWN";

  // Places and events on one side

  /**
   * ERROR: a place or event that its sources put on one country's side (its {@code side}, e.g. the
   * Chinese port of Khorgos) lies on the other side of the border.
   */
  public static final String WRONG_SIDE = "WRONG_SIDE";

  /** WARNING: the side of such a place or event cannot be told (it lies on the border line). */
  public static final String SIDE_UNKNOWN = "SIDE_UNKNOWN";

  // References and the validator itself

  /** WARNING: a reference (outflow, settled_by, concerns) names no feature of the atlas. */
  public static final String UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE";

  /** ERROR: a check could not run on this feature (the message says why). */
  public static final String CHECK_FAILED = "CHECK_FAILED";
}
