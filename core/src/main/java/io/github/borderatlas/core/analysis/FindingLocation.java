package io.github.borderatlas.core.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where a validation {@link Finding} applies: the feature (by id, or by index in a file when it has
 * no id) and, when known, a vertex index and a coordinate (lon/lat degrees, x = lon, y = lat).
 * Immutable: the coordinate is copied in and out.
 *
 * @param featureId the feature's id, or {@code null} when it has none
 * @param featureIndex 0-based index of the feature in its file or list, or -1 when not known
 * @param vertexIndex 0-based index of the vertex in the feature's geometry (counted over all its
 *     coordinates in JTS order), or -1 when not known
 * @param coordinate a lon/lat position, or {@code null} when not known
 * @param inputPlace where in the input file, e.g. {@code "12:7 at $.features[3].bbox"} (line,
 *     column as the reader counts it, JSON path), or {@code null} when not known
 */
public record FindingLocation(
    String featureId, int featureIndex, int vertexIndex, Coordinate coordinate, String inputPlace) {

  /** No particular place: the atlas or file as a whole. */
  public static final FindingLocation NONE = new FindingLocation(null, -1, -1, null, null);

  /** A place without {@link #inputPlace()}. */
  public FindingLocation(
      String featureId, int featureIndex, int vertexIndex, Coordinate coordinate) {
    this(featureId, featureIndex, vertexIndex, coordinate, null);
  }

  /**
   * Copies the coordinate; an index below -1 is read as -1. Never throws.
   *
   * @param featureId the feature's id, or {@code null} when it has none
   * @param featureIndex 0-based index of the feature in its file or list, or -1 when not known
   * @param vertexIndex 0-based index of the vertex in the feature's geometry (counted over all its
   *     coordinates in JTS order), or -1 when not known
   * @param coordinate a lon/lat position, or {@code null} when not known
   * @param inputPlace where in the input file, e.g. {@code "12:7 at $.features[3].bbox"} (line,
   *     column as the reader counts it, JSON path), or {@code null} when not known
   */
  public FindingLocation {
    coordinate = coordinate == null ? null : coordinate.copy();
    featureIndex = Math.max(-1, featureIndex);
    vertexIndex = Math.max(-1, vertexIndex);
  }

  /** The feature with this id, nothing more precise. */
  public static FindingLocation feature(String id) {
    return new FindingLocation(id, -1, -1, null);
  }

  /** The same feature, at a coordinate (lon/lat). */
  public FindingLocation at(Coordinate c) {
    return new FindingLocation(featureId, featureIndex, vertexIndex, c, inputPlace);
  }

  /** The same feature, at a vertex and its coordinate (lon/lat). */
  public FindingLocation atVertex(int index, Coordinate c) {
    return new FindingLocation(featureId, featureIndex, index, c, inputPlace);
  }

  /** The same place, at a place in the input file (see {@link #inputPlace()}). */
  public FindingLocation inInput(String place) {
    return new FindingLocation(featureId, featureIndex, vertexIndex, coordinate, place);
  }

  /**
   * The lon/lat position (x = longitude, y = latitude, degrees), as a copy.
   *
   * @return a fresh copy, or {@code null} when not known
   */
  @Override
  public @Nullable Coordinate coordinate() {
    return coordinate == null ? null : coordinate.copy();
  }

  /**
   * The feature's id, for callers that prefer an {@link Optional} to {@code null}.
   *
   * @return the id; empty when the feature has none
   */
  public Optional<String> optionalFeatureId() {
    return Optional.ofNullable(featureId);
  }

  /**
   * The 0-based vertex index, for callers that prefer an {@link OptionalInt} to -1.
   *
   * @return the index; empty when not known
   */
  public OptionalInt optionalVertexIndex() {
    return vertexIndex < 0 ? OptionalInt.empty() : OptionalInt.of(vertexIndex);
  }

  /**
   * A short human-readable form, e.g. {@code "river.ili, vertex 12 (80.530000, 43.811000)"}, {@code
   * "feature #3"} or {@code "2:17 at $.features[0].bbox, feature #0"}; empty for {@link #NONE}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (inputPlace != null) {
      sb.append(inputPlace);
    }
    if (featureId != null) {
      sb.append(sb.length() == 0 ? "" : ", ").append(featureId);
    } else if (featureIndex >= 0) {
      sb.append(sb.length() == 0 ? "" : ", ").append("feature #").append(featureIndex);
    }
    if (vertexIndex >= 0) {
      sb.append(sb.length() == 0 ? "" : ", ").append("vertex ").append(vertexIndex);
    }
    if (coordinate != null) {
      sb.append(sb.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "(%.6f, %.6f)", coordinate.x, coordinate.y));
    }
    return sb.toString();
  }
}
