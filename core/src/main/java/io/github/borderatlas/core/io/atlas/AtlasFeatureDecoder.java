package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a GeoJSON feature in the atlas schema ({@code docs/geojson-schema.md}) into the model type
 * named by its {@code layer} property, validating every property on the way.
 *
 * <p><b>Errors</b>: decoding fails fast with an {@link AtlasFormatException} naming the source, the
 * JSON path ({@code $.features[3].properties.kind}), the feature id (or its index when the id is
 * missing), the property and what was expected: a missing required property, a value of the wrong
 * type or outside the allowed values, an unknown layer, a geometry of the wrong type (a lake
 * without a polygon), a GeoJSON id that differs from the {@code id} property, and values the model
 * rejects (e.g. {@code valid_to} not after {@code valid_from}). JSON {@code null} counts as absent.
 * It never throws NullPointerException or ClassCastException for bad input.
 *
 * <p><b>Strictness</b>: {@link #strict()} also rejects properties that the schema does not list for
 * the layer (typos such as {@code valid_form}) and unknown members of figure objects; {@link
 * #lenient()} ignores both. Cross references ({@code outflow}, {@code settled_by}, {@code
 * concerns}) are not resolved here; that is the validator's job.
 *
 * <p><b>Copies made by GDAL</b> ({@code ogr2ogr} to GeoJSON or GeoPackage) decode to the same
 * features: the id is taken from the feature's RFC 7946 {@code id} member when {@code
 * properties.id} is missing (GDAL moves it there); {@code null} properties of other layers (a
 * GeoPackage table has every column for every row) count as absent, also for the strict check;
 * lists may be JSON text or OGR string lists ({@code (2:a,b)}), figures JSON text, and dates OGR's
 * {@code yyyy/MM/dd} or a date-time at midnight (see {@link GdalValues}).
 *
 * <p>A {@code border} feature decodes to a {@link Border} without segments; {@link AtlasAssembler}
 * attaches the decoded {@code border-segment} features to it.
 *
 * <p>Immutable and thread-safe.
 */
public final class AtlasFeatureDecoder {

  private static final AtlasFeatureDecoder STRICT = new AtlasFeatureDecoder(true);
  private static final AtlasFeatureDecoder LENIENT = new AtlasFeatureDecoder(false);

  private static final List<Class<? extends Geometry>> LINE = List.of(LineString.class);
  private static final List<Class<? extends Geometry>> LINES =
      List.of(LineString.class, MultiLineString.class);
  private static final List<Class<? extends Geometry>> POLYGONS =
      List.of(Polygon.class, MultiPolygon.class);
  private static final List<Class<? extends Geometry>> POINT = List.of(Point.class);
  private static final List<Class<? extends Geometry>> ANY = List.of(Geometry.class);

  private final boolean strict;

  private AtlasFeatureDecoder(boolean strict) {
    this.strict = strict;
  }

  /** A decoder that rejects properties the schema does not list for the feature's layer. */
  public static AtlasFeatureDecoder strict() {
    return STRICT;
  }

  /** A decoder that ignores properties the schema does not list (e.g. added by a GIS editor). */
  public static AtlasFeatureDecoder lenient() {
    return LENIENT;
  }

  /** Whether unknown properties are rejected. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Decodes a feature whose place in a file is unknown (paths start at {@code $}).
   *
   * @throws AtlasFormatException when the feature does not follow the schema
   */
  public AtlasFeature decode(GeoJsonFeature feature) {
    return decode(feature, null, -1);
  }

  /**
   * Decodes the feature at {@code index} of a FeatureCollection read from {@code source}.
   *
   * @param feature the GeoJSON feature
   * @param source the file or resource name for messages, or {@code null}
   * @param index the 0-based index in the collection, or -1 when not in a collection
   * @return a {@link Border} (without segments), {@link BorderSegment}, {@link River}, {@link
   *     Lake}, {@link Place}, {@link DisputedSector}, {@link TimelineEntry} or {@link Country}
   * @throws AtlasFormatException when the feature does not follow the schema
   */
  public AtlasFeature decode(GeoJsonFeature feature, String source, int index) {
    Objects.requireNonNull(feature, "feature");
    FeatureReader r = new FeatureReader(feature, source, index);
    // GDAL moves properties.id into the RFC 7946 id member when they are equal
    String id =
        r.optionalString("id") == null && feature.id() != null && !feature.id().isBlank()
            ? feature.id()
            : r.requiredText("id");
    r.identify(id, null);
    if (feature.id() != null && !feature.id().equals(id)) {
      throw r.error(
          "id",
          "differs from the feature's GeoJSON id "
              + Values.quote(feature.id())
              + ": "
              + Values.quote(id));
    }
    String layerText = r.requiredString("layer");
    Layer layer = EnumIds.find(Layer.class, layerText);
    if (layer == null) {
      throw r.error(
          "layer",
          "unknown layer "
              + Values.quote(layerText)
              + "; expected one of "
              + EnumIds.allowed(Layer.class));
    }
    r.identify(id, layer);
    if (strict) {
      r.rejectUnknown(AtlasSchema.properties(layer));
    }
    String name = r.requiredText("name");
    Provenance provenance = new Provenance(r.requiredString("source"), r.requiredString("license"));
    Validity validity = r.validity();
    try {
      return switch (layer) {
        case BORDER ->
            new Border(
                id, name, (LineString) r.geometry(true, LINE), List.of(), provenance, validity);
        case BORDER_SEGMENT -> segment(r, id, name, provenance, validity);
        case RIVER ->
            new River(
                id,
                names(r, name),
                r.geometry(true, LINES),
                Optional.ofNullable(r.optionalString("outflow")),
                r.requiredBoolean("transboundary"),
                r.figures("figures", strict),
                provenance,
                validity);
        case LAKE ->
            new Lake(
                id,
                names(r, name),
                r.geometry(true, POLYGONS),
                r.figures("figures", strict),
                provenance,
                validity);
        case PLACE -> place(r, id, name, provenance, validity);
        case DISPUTED_SECTOR -> sector(r, id, name, provenance, validity);
        case EVENT -> event(r, id, name, provenance, validity);
        case COUNTRY ->
            new Country(
                id,
                names(r, name),
                r.requiredString("iso_a3"),
                r.geometry(true, POLYGONS),
                provenance,
                validity);
      };
    } catch (IllegalArgumentException e) {
      // a constraint of the model that the checks above did not anticipate
      throw r.error(null, null, "rejected by the model: " + e.getMessage(), e);
    }
  }

  private static Names names(FeatureReader r, String english) {
    return Names.of(
        english,
        r.optionalString("name_kk"),
        r.optionalString("name_zh"),
        r.optionalString("name_ru"));
  }

  private static BorderSegment segment(
      FeatureReader r, String id, String name, Provenance provenance, Validity validity) {
    SegmentKind kind = r.requiredEnum("kind", SegmentKind.class);
    String waterbody = r.optionalString("waterbody");
    double start = r.requiredNumber("start_chainage_m");
    double end = r.requiredNumber("end_chainage_m");
    if (start < 0) {
      throw r.error("start_chainage_m", "must be >= 0, got " + start);
    }
    if (end < start) {
      throw r.error("end_chainage_m", "must be >= start_chainage_m " + start + ", got " + end);
    }
    String evidence = r.optionalString("evidence");
    LineString line = (LineString) r.geometry(true, LINE);
    return new BorderSegment(
        id,
        kind,
        name,
        Optional.ofNullable(waterbody),
        line,
        start,
        end,
        evidence,
        provenance,
        validity);
  }

  private static Place place(
      FeatureReader r, String id, String name, Provenance provenance, Validity validity) {
    PlaceKind kind = r.requiredEnum("kind", PlaceKind.class);
    Names names = names(r, name);
    String kzSide = r.optionalString("name_kz_side");
    String cnSide = r.optionalString("name_cn_side");
    PositionAccuracy accuracy = accuracy(r, true);
    PartialDate opened = r.partialDate("opened", false);
    String note = r.optionalString("note");
    String side = r.optionalString("side");
    Point location = (Point) r.geometry(true, POINT);
    return new Place(
        id,
        kind,
        names,
        Optional.ofNullable(kzSide),
        Optional.ofNullable(cnSide),
        location,
        accuracy,
        Optional.ofNullable(opened),
        Optional.ofNullable(note),
        provenance,
        validity,
        Optional.ofNullable(side));
  }

  private DisputedSector sector(
      FeatureReader r, String id, String name, Provenance provenance, Validity validity) {
    Names names = names(r, name);
    String treatyPoints = r.optionalString("treaty_points");
    String settledBy = r.optionalString("settled_by");
    Geometry location = r.geometry(false, ANY);
    PositionAccuracy accuracy = accuracy(r, location != null);
    return new DisputedSector(
        id,
        names,
        Optional.ofNullable(treatyPoints),
        Optional.ofNullable(settledBy),
        r.figures("figures", strict),
        location,
        accuracy,
        Optional.ofNullable(r.optionalString("note")),
        provenance,
        validity);
  }

  private static TimelineEntry event(
      FeatureReader r, String id, String title, Provenance provenance, Validity validity) {
    PartialDate date = r.partialDate("date", true);
    String precisionText = r.optionalString("date_precision");
    if (precisionText != null) {
      DatePrecision precision = r.requiredEnum("date_precision", DatePrecision.class);
      if (precision != date.precision()) {
        throw r.error(
            "date_precision",
            "is "
                + precisionText
                + " but date "
                + date
                + " is "
                + EnumIds.id(date.precision())
                + "-precise");
      }
    }
    EntryKind kind = r.requiredEnum("kind", EntryKind.class);
    String summary = r.optionalString("summary");
    String placeName = r.optionalString("place_name");
    List<String> parties = r.stringList("parties");
    List<String> concerns = r.stringList("concerns");
    String side = r.optionalString("side");
    Point place = (Point) r.geometry(false, POINT);
    return new TimelineEntry(
        id,
        date,
        kind,
        title,
        summary,
        Optional.ofNullable(placeName),
        place,
        parties,
        concerns,
        provenance,
        validity,
        Optional.ofNullable(side));
  }

  /** {@code accuracy_m} + {@code accuracy_basis}: both or neither; required when asked. */
  private static PositionAccuracy accuracy(FeatureReader r, boolean required) {
    Double radius = r.optionalNumber("accuracy_m");
    String basis = r.optionalString("accuracy_basis");
    if (radius == null && basis == null && !required) {
      return null;
    }
    if (radius == null) {
      throw r.error(
          "accuracy_m",
          required && basis == null
              ? "missing, expected a number (metres); required when the feature has a geometry"
              : "missing, expected a number (metres) to go with accuracy_basis");
    }
    if (basis == null) {
      throw r.error("accuracy_basis", "missing, expected a string to go with accuracy_m");
    }
    if (radius < 0) {
      throw r.error("accuracy_m", "must be >= 0, got " + radius);
    }
    return new PositionAccuracy(radius, basis);
  }
}
