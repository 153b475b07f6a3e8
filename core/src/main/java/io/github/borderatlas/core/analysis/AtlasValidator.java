package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Validates an {@link Atlas} and returns a {@link ValidationReport}; it never throws for bad data.
 *
 * <p><b>Checks</b> (codes in {@link FindingCodes}):
 *
 * <ul>
 *   <li>every feature: source and licence present ({@code MISSING_SOURCE}, {@code
 *       MISSING_LICENSE}); its geometry through {@link GeometryChecks} ({@code EMPTY_GEOMETRY},
 *       {@code COORDINATE_NOT_FINITE}, {@code COORDINATE_OUT_OF_RANGE}, {@code INVALID_GEOMETRY},
 *       {@code RING_WINDING} as a warning, since the model may hold either winding);
 *   <li>the border: runs north to south ({@code BORDER_DIRECTION}); each segment's end vertices lie
 *       on the line ({@code SEGMENT_OFF_BORDER}) at its stated chainage ({@code SEGMENT_CHAINAGE});
 *       consecutive segments neither leave gaps, in chainage or between end and start vertex
 *       ({@code SEGMENT_GAP}), nor overlap ({@code SEGMENT_OVERLAP}); together they run from 0 to
 *       the line's geodesic length ({@code SEGMENTS_NOT_COVERING});
 *   <li>each transboundary river (by {@link RiverCrossingAnalysis}): crosses the border ({@code
 *       RIVER_NO_CROSSING}), once ({@code RIVER_MULTIPLE_CROSSINGS}, a warning), from China into
 *       Kazakhstan ({@code RIVER_WRONG_DIRECTION}, or {@code RIVER_DIRECTION_UNKNOWN} when the
 *       sides are unclear); where a river runs along the border line its contacts with the line are
 *       not crossings, and boundary rivers that are not transboundary (the Khorgos, which is the
 *       border itself) are not checked;
 *   <li>places and timeline entries that state their side of the border ({@code side}, {@code CHN}
 *       or {@code KAZ}, for one country's facility or town): the point lies on that side ({@code
 *       WRONG_SIDE}, or {@code SIDE_UNKNOWN} as a warning when it is on the line), by {@link
 *       SideLocator};
 *   <li>references: a river's outflow, a sector's settling event and a timeline entry's concerned
 *       features exist in the atlas ({@code UNKNOWN_REFERENCE}, a warning).
 * </ul>
 *
 * <p>Distances, gaps and chainage differences up to the tolerance (default {@value
 * #DEFAULT_TOLERANCE_METRES} m, geodesic on WGS84) are accepted. Every feature is checked whatever
 * its validity; segment sequences are checked per period of validity (see {@code BorderChecks}).
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = AtlasValidator.validate(atlas);
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
public final class AtlasValidator {

  /** Default tolerance for gaps, overlaps and distances, metres. */
  public static final double DEFAULT_TOLERANCE_METRES = 1.0;

  private final double tolerance;

  /** A validator with the default tolerance. */
  public AtlasValidator() {
    this(DEFAULT_TOLERANCE_METRES);
  }

  /**
   * A validator with its own tolerance.
   *
   * @param toleranceMetres gaps, overlaps and distances up to this many metres are accepted; ≥ 0
   * @throws IllegalArgumentException when the tolerance is negative or not finite
   */
  public AtlasValidator(double toleranceMetres) {
    if (!(toleranceMetres >= 0) || Double.isInfinite(toleranceMetres)) {
      throw new IllegalArgumentException(
          "tolerance must be finite and >= 0 m, was " + toleranceMetres);
    }
    this.tolerance = toleranceMetres;
  }

  /** Validates with the default tolerance. */
  public static ValidationReport validate(Atlas atlas) {
    return new AtlasValidator().check(atlas);
  }

  /** The tolerance, metres. */
  public double toleranceMetres() {
    return tolerance;
  }

  /** Runs every check on the atlas. */
  public ValidationReport check(Atlas atlas) {
    Objects.requireNonNull(atlas, "atlas");
    List<Finding> out = new ArrayList<>();
    for (AtlasFeature f : atlas.features()) {
      FindingLocation where = FindingLocation.feature(f.id());
      if (f.provenance().source().isBlank()) {
        out.add(Finding.error(FindingCodes.MISSING_SOURCE, where, "no source is given"));
      }
      if (f.provenance().license().isBlank()) {
        out.add(Finding.error(FindingCodes.MISSING_LICENSE, where, "no licence is given"));
      }
      GeometryChecks.check(f.geometry(), where, out);
    }
    atlas.border().ifPresent(b -> guarded(b, out, () -> new BorderChecks(tolerance, out).check(b)));
    if (atlas.border().isPresent()) {
      guarded(atlas.border().get(), out, () -> checkRivers(atlas, out));
      guarded(
          atlas.border().get(), out, () -> new SideChecks(SideLocator.of(atlas), out).check(atlas));
    }
    checkReferences(atlas, out);
    return new ValidationReport(out);
  }

  private static void checkRivers(Atlas atlas, List<Finding> out) {
    RiverCrossingAnalysis crossings = RiverCrossingAnalysis.of(atlas);
    for (RiverAtBorder rc : crossings.rivers()) {
      if (!rc.transboundary()) {
        continue;
      }
      FindingLocation where = FindingLocation.feature(rc.riverId());
      if (rc.crossings().isEmpty()) {
        out.add(
            Finding.error(
                FindingCodes.RIVER_NO_CROSSING,
                where,
                "a transboundary river should cross the border, but this one does not"));
        continue;
      }
      CrossingPoint first = rc.crossings().get(0);
      FindingLocation at = where.at(first.coordinate());
      if (rc.crossingCount() > 1) {
        String kms =
            rc.crossings().stream()
                .map(c -> String.format(Locale.ROOT, "%.1f", c.borderChainageMetres() / 1000))
                .collect(Collectors.joining(", "));
        out.add(
            Finding.warning(
                FindingCodes.RIVER_MULTIPLE_CROSSINGS,
                at,
                "crosses the border " + rc.crossingCount() + " times, at border km " + kms));
      }
      Side from = first.fromSide();
      Side to = rc.crossings().get(rc.crossingCount() - 1).toSide();
      switch (rc.direction()) {
        case KAZAKHSTAN_TO_CHINA ->
            out.add(
                Finding.error(
                    FindingCodes.RIVER_WRONG_DIRECTION,
                    at,
                    "flows from Kazakhstan into China; a transboundary river should flow from China"
                        + " (check the river's digitising direction)"));
        case UNDETERMINED ->
            out.add(
                Finding.warning(
                    FindingCodes.RIVER_DIRECTION_UNKNOWN,
                    at,
                    "cannot tell which way it crosses: upstream lies in "
                        + from
                        + ", downstream in "
                        + to));
        default -> {}
      }
    }
  }

  private static void checkReferences(Atlas atlas, List<Finding> out) {
    for (River r : atlas.rivers()) {
      r.outflowId().ifPresent(id -> reference(atlas, r, "outflow", id, out));
    }
    for (DisputedSector s : atlas.disputedSectors()) {
      s.settledById().ifPresent(id -> reference(atlas, s, "settled_by", id, out));
    }
    for (TimelineEntry e : atlas.timeline()) {
      e.concerns().forEach(id -> reference(atlas, e, "concerns", id, out));
    }
  }

  private static void reference(
      Atlas atlas, AtlasFeature from, String field, String id, List<Finding> out) {
    if (atlas.find(id).isEmpty()) {
      out.add(
          Finding.warning(
              FindingCodes.UNKNOWN_REFERENCE,
              FindingLocation.feature(from.id()),
              field + " names \"" + id + "\", which is not in the atlas"));
    }
  }

  private static void guarded(Border border, List<Finding> out, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException e) {
      out.add(
          Finding.error(
              FindingCodes.CHECK_FAILED,
              FindingLocation.feature(border.id()),
              "border check failed: " + e));
    }
  }
}
