package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates plain GeoJSON features as read from any file (for the CLI's {@code validate FILE}): the
 * RFC 7946 issues that survive reading and geometry validity, through {@link GeometryChecks}
 * ({@code EMPTY_GEOMETRY}, {@code COORDINATE_NOT_FINITE}, {@code COORDINATE_OUT_OF_RANGE}, {@code
 * INVALID_GEOMETRY}, {@code RING_WINDING}), plus ids used by more than one feature ({@code
 * DUPLICATE_ID}, a warning). A feature without geometry is fine (RFC 7946 §3.2). Each finding names
 * the feature's id when it has one and always its 0-based index in the order given, so the caller
 * can map it back to a line of the file.
 *
 * <p>Feed features one at a time with {@link #accept} to validate a file while streaming it, or
 * call {@link #validate} on a list. Never throws for bad data.
 *
 * <p><b>Thread safety.</b> An instance collects findings and is not thread-safe; the static {@link
 * #validate} is.
 *
 * <pre>{@code
 * ValidationReport report = GeoJsonFeatureValidator.validate(features);
 * }</pre>
 */
public final class GeoJsonFeatureValidator {

  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> firstIndexOfId = new HashMap<>();
  private int index;

  /** Validates every feature, in order. */
  public static ValidationReport validate(Iterable<GeoJsonFeature> features) {
    GeoJsonFeatureValidator v = new GeoJsonFeatureValidator();
    for (GeoJsonFeature f : Objects.requireNonNull(features, "features")) {
      v.accept(f);
    }
    return v.report();
  }

  /**
   * Checks the next feature; its index is the number of features accepted before it.
   *
   * @return the findings for this feature (also kept for {@link #report()})
   */
  public List<Finding> accept(GeoJsonFeature feature) {
    Objects.requireNonNull(feature, "feature");
    int i = index++;
    FindingLocation where = new FindingLocation(feature.id(), i, -1, null);
    List<Finding> out = new ArrayList<>();
    if (feature.id() != null) {
      Integer first = firstIndexOfId.putIfAbsent(feature.id(), i);
      if (first != null) {
        out.add(
            Finding.warning(
                FindingCodes.DUPLICATE_ID,
                where,
                "id \"" + feature.id() + "\" is also used by feature #" + first));
      }
    }
    GeometryChecks.check(feature.geometry(), where, out);
    findings.addAll(out);
    return List.copyOf(out);
  }

  /** The number of features accepted so far. */
  public int featureCount() {
    return index;
  }

  /** The findings so far. */
  public ValidationReport report() {
    return new ValidationReport(findings);
  }
}
