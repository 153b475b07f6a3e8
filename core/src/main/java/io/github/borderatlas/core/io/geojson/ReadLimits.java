package io.github.borderatlas.core.io.geojson;

/**
 * Bounds on what {@link GeoJsonReader} accepts, so that hostile or broken input fails with a
 * located {@link GeoJsonException} instead of exhausting memory or the stack. The JSON-level limits
 * are enforced by Jackson's {@code StreamReadConstraints} while tokenizing (a 60 MB string is
 * rejected after reading {@link #maxStringLength()} chars of it); the feature-level ones by the
 * reader.
 *
 * <p>Defaults: nesting depth 64, number length 100 chars, string length 10,000,000 chars, member
 * name length 50,000 chars, 5,000,000 vertices per feature (the largest country of OpenStreetMap's
 * 10 m land polygons has 1.42 million), 128 MiB per feature (bytes of its JSON text; chars for text
 * input), 100,000 property values per feature (nested ones included).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxVerticesPerFeature(20_000_000).build();
 * }</pre>
 */
public final class ReadLimits {

  /** The defaults listed above. */
  public static final ReadLimits DEFAULT = builder().build();

  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxVerticesPerFeature;
  private final long maxFeatureBytes;
  private final int maxPropertyValues;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberLength = b.maxNumberLength;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxVerticesPerFeature = b.maxVerticesPerFeature;
    this.maxFeatureBytes = b.maxFeatureBytes;
    this.maxPropertyValues = b.maxPropertyValues;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxNestingDepth = maxNestingDepth;
    b.maxNumberLength = maxNumberLength;
    b.maxStringLength = maxStringLength;
    b.maxNameLength = maxNameLength;
    b.maxVerticesPerFeature = maxVerticesPerFeature;
    b.maxFeatureBytes = maxFeatureBytes;
    b.maxPropertyValues = maxPropertyValues;
    return b;
  }

  /** Deepest nesting of JSON arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Longest number, in chars. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Longest string value, in chars. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Longest member name, in chars. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** Most positions in one feature (all its parts together). */
  public int maxVerticesPerFeature() {
    return maxVerticesPerFeature;
  }

  /** Largest JSON text of one feature, in bytes (chars when reading text). */
  public long maxFeatureBytes() {
    return maxFeatureBytes;
  }

  /** Most property values in one feature, nested values included. */
  public int maxPropertyValues() {
    return maxPropertyValues;
  }

  @Override
  public String toString() {
    return "ReadLimits[nesting="
        + maxNestingDepth
        + ", numberLength="
        + maxNumberLength
        + ", stringLength="
        + maxStringLength
        + ", nameLength="
        + maxNameLength
        + ", verticesPerFeature="
        + maxVerticesPerFeature
        + ", featureBytes="
        + maxFeatureBytes
        + ", propertyValues="
        + maxPropertyValues
        + "]";
  }

  /** Builds {@link ReadLimits}; every limit must be positive. Not thread-safe. */
  public static final class Builder {
    private int maxNestingDepth = 64;
    private int maxNumberLength = 100;
    private int maxStringLength = 10_000_000;
    private int maxNameLength = 50_000;
    private int maxVerticesPerFeature = 5_000_000;
    private long maxFeatureBytes = 128L << 20;
    private int maxPropertyValues = 100_000;

    private Builder() {}

    /** Deepest nesting of arrays and objects; at least 8 (a MultiPolygon in a collection). */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = atLeast("maxNestingDepth", value, 8);
      return this;
    }

    /** Longest number in chars; at least 25 (a double's full text). */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = atLeast("maxNumberLength", value, 25);
      return this;
    }

    /** Longest string value in chars; at least 1. */
    public Builder maxStringLength(int value) {
      this.maxStringLength = atLeast("maxStringLength", value, 1);
      return this;
    }

    /** Longest member name in chars; at least 16 ("coordinates" and friends). */
    public Builder maxNameLength(int value) {
      this.maxNameLength = atLeast("maxNameLength", value, 16);
      return this;
    }

    /** Most positions per feature; at least 1. */
    public Builder maxVerticesPerFeature(int value) {
      this.maxVerticesPerFeature = atLeast("maxVerticesPerFeature", value, 1);
      return this;
    }

    /** Largest feature text in bytes; at least 64. */
    public Builder maxFeatureBytes(long value) {
      if (value < 64) {
        throw new IllegalArgumentException("maxFeatureBytes must be at least 64, got " + value);
      }
      this.maxFeatureBytes = value;
      return this;
    }

    /** Most property values per feature; at least 1. */
    public Builder maxPropertyValues(int value) {
      this.maxPropertyValues = atLeast("maxPropertyValues", value, 1);
      return this;
    }

    /**
     * The limits as set so far; the builder may be reused.
     *
     * @return new limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
      }
      return value;
    }
  }
}
