package io.github.borderatlas.core.io.geojson;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Options of a {@link GeoJsonReader}: limits, the geometry factory and feature filters.
 *
 * <p>Filters are applied as early as possible: when a feature's {@code properties} come before its
 * {@code geometry} and the property filter rejects it, the geometry is skipped without being built
 * or validated (only its JSON syntax is checked). The bbox filter keeps features whose geometry's
 * envelope intersects the box; features without geometry or with an empty one are dropped by it.
 *
 * <p>The default factory uses {@link PackedCoordinateSequenceFactory#DOUBLE_FACTORY} (16 bytes per
 * 2D vertex) and SRID 4326. Immutable and thread-safe if the predicate is.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder()
 *     .where("A3", Set.of("CHN", "KAZ"))
 *     .bbox(73.5, 35.0, 96.5, 55.5)          // west, south, east, north (lon/lat degrees)
 *     .build();
 * }</pre>
 */
public final class ReadOptions {

  /** SRID 4326, floating precision, packed double coordinates. */
  public static final GeometryFactory DEFAULT_FACTORY =
      new GeometryFactory(
          new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

  private static final ReadOptions DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final GeometryFactory factory;
  private final Predicate<Map<String, Object>> propertyFilter;
  private final double[] bbox;
  private final boolean lenient;
  private final boolean exactNumbers;

  private ReadOptions(Builder b) {
    this.lenient = b.lenient;
    this.exactNumbers = b.exactNumbers;
    this.limits = b.limits;
    this.factory = b.factory;
    this.propertyFilter = b.propertyFilter;
    this.bbox = b.bbox;
  }

  /** Default limits and factory, no filters. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits applied while reading.
   *
   * @return the limits; {@link ReadLimits#DEFAULT} unless set
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * The factory of the geometries read (SRID and coordinate sequence factory).
   *
   * @return the factory; {@link #DEFAULT_FACTORY} unless set
   */
  public GeometryFactory geometryFactory() {
    return factory;
  }

  /** Whether range and ring-closure violations are reported as notes instead of errors. */
  public boolean lenient() {
    return lenient;
  }

  /** Whether property numbers are read as {@link JsonNumber}s (their text kept). */
  public boolean exactNumbers() {
    return exactNumbers;
  }

  /** Whether a property filter is set. */
  public boolean hasPropertyFilter() {
    return propertyFilter != null;
  }

  /** Whether a bbox filter is set. */
  public boolean hasBboxFilter() {
    return bbox != null;
  }

  /** Whether the property filter (if any) keeps a feature with these properties. */
  boolean keepsProperties(Map<String, Object> properties) {
    return propertyFilter == null || propertyFilter.test(properties);
  }

  /** Whether the bbox filter (if any) keeps a feature with an envelope (null: no geometry). */
  boolean keepsEnvelope(Envelope env) {
    if (bbox == null) {
      return true;
    }
    if (env == null || env.isNull()) {
      return false;
    }
    if (env.getMaxY() < bbox[1] || env.getMinY() > bbox[3]) {
      return false;
    }
    double west = bbox[0];
    double east = bbox[2];
    if (west <= east) {
      return env.getMaxX() >= west && env.getMinX() <= east;
    }
    return env.getMaxX() >= west || env.getMinX() <= east; // box crosses the antimeridian
  }

  /** Builds {@link ReadOptions}. Not thread-safe. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.DEFAULT;
    private GeometryFactory factory = DEFAULT_FACTORY;
    private Predicate<Map<String, Object>> propertyFilter;
    private double[] bbox;
    private boolean lenient;
    private boolean exactNumbers;

    private Builder() {}

    /**
     * Whether numbers in {@code properties} are read as {@link JsonNumber}s that keep their text,
     * so a copy loses no digit (default {@code false}: {@link Long} or {@link Double}). A {@link
     * #where} filter compares a number both as its text and as the Long or Double it would be.
     */
    public Builder exactNumbers(boolean exactNumbers) {
      this.exactNumbers = exactNumbers;
      return this;
    }

    /**
     * Whether to read, rather than reject, what a validator reports with more context (default
     * {@code false}): longitudes outside [-180, 180], latitudes outside [-90, 90] and numbers too
     * large for a double (read as infinities) are kept as read, and a ring whose first and last
     * positions differ is closed by repeating its first position, with a {@link
     * ReadNote#RING_NOT_CLOSED} note. For {@code validate}, which reports these as findings.
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Limits that turn hostile input into errors (default {@link ReadLimits#DEFAULT}).
     *
     * @param limits the limits
     * @return this builder
     * @throws NullPointerException if {@code limits} is {@code null}
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The factory of the geometries read (its SRID and coordinate sequence factory). */
    public Builder geometryFactory(GeometryFactory factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Keeps only features whose properties (never {@code null}; empty when absent) pass {@code
     * filter}. Combined with earlier filters by AND.
     */
    public Builder propertyFilter(Predicate<? super Map<String, Object>> filter) {
      Objects.requireNonNull(filter, "filter");
      Predicate<Map<String, Object>> f = filter::test;
      this.propertyFilter = propertyFilter == null ? f : propertyFilter.and(f);
      return this;
    }

    /**
     * Keeps only features whose property {@code key} is one of {@code values}, compared as strings
     * via {@link String#valueOf}: a string as is, a number or boolean as Java prints the value read
     * ({@code 5}, {@code 5.5}, {@code true}). Combined with earlier filters by AND.
     *
     * @throws IllegalArgumentException if {@code values} is empty or holds {@code null}
     */
    public Builder where(String key, Collection<?> values) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(values, "values");
      if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException(
            "where(" + key + ") needs non-null values, got " + values);
      }
      Set<String> wanted =
          values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
      return propertyFilter(
          p -> {
            Object v = p.get(key);
            return v != null
                && (wanted.contains(String.valueOf(v))
                    || v instanceof JsonNumber n && wanted.contains(String.valueOf(n.readValue())));
          });
    }

    /**
     * Keeps only features whose geometry's envelope intersects the box. Lon/lat degrees in RFC 7946
     * bbox order; {@code west > east} means the box crosses the antimeridian.
     *
     * @throws IllegalArgumentException if a longitude is outside [-180, 180], a latitude outside
     *     [-90, 90] or south > north
     */
    public Builder bbox(double west, double south, double east, double north) {
      if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
        throw new IllegalArgumentException(
            "bbox longitudes must be within [-180, 180], got " + west + ", " + east);
      }
      if (!(south >= -90 && north <= 90 && south <= north)) {
        throw new IllegalArgumentException(
            "bbox latitudes must satisfy -90 <= south <= north <= 90, got " + south + ", " + north);
      }
      this.bbox = new double[] {west, south, east, north};
      return this;
    }

    /**
     * The options as set so far; the builder may be reused.
     *
     * @return new options
     */
    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
