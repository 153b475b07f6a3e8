package io.github.borderatlas.core.io.convert;

import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.io.geojson.ReadLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link GeoJsonConverter} does: output decimals, an optional property filter ({@code --where
 * KEY=V1,V2}), an optional bounding box filter ({@code --bbox W,S,E,N}) and the read limits.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ConvertOptions options = ConvertOptions.builder()
 *     .decimals(6)
 *     .where("A3=CHN,KAZ")                  // or where("A3", List.of("CHN", "KAZ"))
 *     .bbox("73.5,35,96.5,55.5")            // west,south,east,north in lon/lat degrees
 *     .build();
 * }</pre>
 */
public final class ConvertOptions {

  private static final ConvertOptions DEFAULTS = builder().build();

  private final int decimals;
  private final String whereKey;
  private final Set<String> whereValues;
  private final double[] bbox;
  private final ReadLimits limits;
  private final boolean strict;

  private ConvertOptions(Builder b) {
    this.strict = b.strict;
    this.decimals = b.decimals;
    this.whereKey = b.whereKey;
    this.whereValues = b.whereValues;
    this.bbox = b.bbox;
    this.limits = b.limits;
  }

  /** 6 decimals, no filters, {@link ReadLimits#DEFAULT}. */
  public static ConvertOptions defaults() {
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

  /** Decimals of the output coordinates and bboxes, 0..15. */
  public int decimals() {
    return decimals;
  }

  /** The property key of the {@code where} filter, or {@code null} when there is none. */
  public @Nullable String whereKey() {
    return whereKey;
  }

  /** The wanted values of the {@code where} filter in the order given (empty when none). */
  public Set<String> whereValues() {
    return whereValues;
  }

  /** Whether a bbox filter is set. */
  public boolean hasBbox() {
    return bbox != null;
  }

  /**
   * The bbox filter {@code [west, south, east, north]} in lon/lat degrees ({@code west > east}
   * crosses the antimeridian), a copy; {@code null} when there is none.
   */
  public double @Nullable [] bbox() {
    return bbox == null ? null : bbox.clone();
  }

  /**
   * The limits applied while reading the input.
   *
   * @return the limits; {@link ReadLimits#DEFAULT} unless set
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Whether a geometry that degenerates when rounded to {@link #decimals()} (a ring of zero area, a
   * line whose positions merge) stops the conversion with an error instead of a warning.
   */
  public boolean strict() {
    return strict;
  }

  @Override
  public String toString() {
    return "ConvertOptions[decimals="
        + decimals
        + (whereKey == null ? "" : ", where " + whereKey + " in " + whereValues)
        + (bbox == null ? "" : ", bbox " + Arrays.toString(bbox))
        + ", "
        + limits
        + (strict ? ", strict" : "")
        + "]";
  }

  /** Builds {@link ConvertOptions}. Not thread-safe. */
  public static final class Builder {
    private int decimals = GeoJsonWriter.DEFAULT_DECIMALS;
    private String whereKey;
    private Set<String> whereValues = Set.of();
    private double[] bbox;
    private ReadLimits limits = ReadLimits.DEFAULT;
    private boolean strict;

    private Builder() {}

    /** See {@link ConvertOptions#strict()}; default {@code false} (warn). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Decimals of the output coordinates, 0..15 (default 6, about 0.11 m of latitude).
     *
     * @throws IllegalArgumentException outside 0..15
     */
    public Builder decimals(int decimals) {
      if (decimals < 0 || decimals > 15) {
        throw new IllegalArgumentException("decimals must be within 0..15, got " + decimals);
      }
      this.decimals = decimals;
      return this;
    }

    /**
     * Keeps only the features whose property {@code key} has one of {@code values}. Values are
     * compared as text: a string property as is, a number or boolean as Java prints the value read
     * ({@code 5}, {@code 5.5}, {@code true}). Replaces an earlier {@code where}.
     *
     * @throws IllegalArgumentException if the key is empty, or the values are empty or hold {@code
     *     null}
     */
    public Builder where(String key, List<String> values) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(values, "values");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("where: the property key must not be empty");
      }
      // a stream test: List.of(..).contains(null) throws rather than answering
      if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException(
            "where " + key + ": needs at least one non-null value, got " + values);
      }
      this.whereKey = key;
      this.whereValues = Collections.unmodifiableSet(new LinkedHashSet<>(values));
      return this;
    }

    /**
     * Parses {@code KEY=V1,V2,...} (the CLI's {@code --where}); the key is everything before the
     * first {@code =}, values are split at commas and kept verbatim (no trimming, no quoting).
     *
     * @throws IllegalArgumentException if there is no {@code =}, the key is empty or a value is
     *     empty
     */
    public Builder where(String spec) {
      Objects.requireNonNull(spec, "spec");
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "where must be KEY=VALUE[,VALUE...], e.g. A3=CHN,KAZ; got \"" + spec + "\"");
      }
      List<String> values = new ArrayList<>(Arrays.asList(spec.substring(eq + 1).split(",", -1)));
      if (values.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException(
            "where " + spec.substring(0, eq) + ": empty value in \"" + spec + "\"");
      }
      return where(spec.substring(0, eq), values);
    }

    /**
     * Keeps only the features whose geometry intersects the box (shares at least a point with it,
     * edges included). Lon/lat degrees in RFC 7946 bbox order; {@code west > east} means the box
     * crosses the antimeridian.
     *
     * @throws IllegalArgumentException if a value is not finite, a longitude is outside [-180,
     *     180], a latitude outside [-90, 90] or south > north
     */
    public Builder bbox(double west, double south, double east, double north) {
      if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
        throw new IllegalArgumentException(
            "bbox longitudes must be within [-180, 180], got west " + west + ", east " + east);
      }
      if (!(south >= -90 && north <= 90 && south <= north)) {
        throw new IllegalArgumentException(
            "bbox latitudes must satisfy -90 <= south <= north <= 90, got south "
                + south
                + ", north "
                + north);
      }
      this.bbox = new double[] {west, south, east, north};
      return this;
    }

    /**
     * Parses {@code W,S,E,N} (the CLI's {@code --bbox}): four decimal numbers in degrees.
     *
     * @throws IllegalArgumentException if it is not four numbers or they break {@link #bbox(double,
     *     double, double, double)}'s rules
     */
    public Builder bbox(String spec) {
      Objects.requireNonNull(spec, "spec");
      String[] parts = spec.split(",", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException(
            "bbox must be WEST,SOUTH,EAST,NORTH in degrees, e.g. 73.5,35,96.5,55.5; got \""
                + spec
                + "\"");
      }
      double[] v = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          v[i] = Double.parseDouble(parts[i].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "bbox: \"" + parts[i] + "\" is not a number (in \"" + spec + "\")", e);
        }
      }
      return bbox(v[0], v[1], v[2], v[3]);
    }

    /** Limits that turn hostile input into errors (default {@link ReadLimits#DEFAULT}). */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The options as set so far; the builder may be reused.
     *
     * @return new options
     */
    public ConvertOptions build() {
      return new ConvertOptions(this);
    }
  }
}
