package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonStructureException;
import io.github.borderatlas.core.io.geojson.ReadNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates plain GeoJSON features as read from any file (for the CLI's {@code validate FILE}): the
 * RFC 7946 issues that survive reading and geometry validity, through {@link GeometryChecks}
 * ({@code EMPTY_GEOMETRY}, {@code COORDINATE_NOT_FINITE}, {@code COORDINATE_OUT_OF_RANGE}, {@code
 * INVALID_GEOMETRY}, {@code RING_WINDING}), segments spanning more than 180° of longitude ({@code
 * ANTIMERIDIAN_NOT_SPLIT}, a warning), ids used by more than one feature ({@code DUPLICATE_ID}, a
 * warning), and the reader's {@link ReadNote}s when given ({@code BBOX_INVALID}, {@code
 * BBOX_NOT_CONTAINING}, {@code MISSING_MEMBER}, {@code RING_NOT_CLOSED}, {@code CRS_NOT_CRS84},
 * errors; {@code CRS_MEMBER}, a warning). A feature with a {@code null} geometry is fine (RFC 7946
 * §3.2). Each finding names the feature's id when it has one and always its 0-based index in the
 * order given, plus, for a note, the place in the file.
 *
 * <p>Memory: the checks read coordinate sequences in place (a 5 million vertex line needs no more
 * than the line), and the ids seen are kept compactly ({@link FirstIndexById}, about 35 bytes for a
 * 10-character id). A validator made with {@link #streaming()} keeps no findings, only counts, for
 * callers that print each finding as it comes.
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

  private final List<Finding> findings;
  private final FirstIndexById firstIndexById = new FirstIndexById();
  private int index;
  private long findingCount;
  private long errorCount;

  /** A validator that keeps every finding for {@link #report()}. */
  public GeoJsonFeatureValidator() {
    this(true);
  }

  private GeoJsonFeatureValidator(boolean keep) {
    this.findings = keep ? new ArrayList<>() : null;
  }

  /**
   * A validator that keeps no findings: {@link #accept} returns them and the counts grow, but
   * {@link #report()} is not available. Memory then stays bounded however many findings a file has.
   */
  public static GeoJsonFeatureValidator streaming() {
    return new GeoJsonFeatureValidator(false);
  }

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
    return accept(feature, List.of());
  }

  /**
   * Checks the next feature together with the reader's notes taken right after reading it ({@link
   * io.github.borderatlas.core.io.geojson.FeatureStream#takeNotes()}); notes come first, in input
   * order. Notes about a feature ({@code $.features[i]...}, or the root Feature) carry its id and
   * index; others (a collection's {@code bbox} or {@code crs}, a root Feature or geometry) only
   * their place in the file.
   *
   * @return the findings (also kept for {@link #report()} unless {@link #streaming()})
   */
  public List<Finding> accept(GeoJsonFeature feature, List<ReadNote> notes) {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(notes, "notes");
    int i = index++;
    FindingLocation where = new FindingLocation(feature.id(), i, -1, null);
    List<Finding> out = new ArrayList<>();
    for (ReadNote n : notes) {
      boolean aboutFeature = n.jsonPath() != null && n.jsonPath().startsWith("$.features[");
      out.add(NoteFindings.of(n, aboutFeature ? where : FindingLocation.NONE));
    }
    if (feature.id() != null) {
      // the number 7 and the string "7" are different ids: the key keeps the JSON type
      String shown = feature.idIsNumber() ? feature.id() : "\"" + feature.id() + "\"";
      int first = firstIndexById.putIfAbsent(shown, i);
      if (first >= 0) {
        out.add(
            Finding.warning(
                FindingCodes.DUPLICATE_ID,
                where,
                "id " + shown + " is also used by feature #" + first));
      }
    }
    GeometryChecks.check(feature.geometry(), where, out);
    AntimeridianCheck.check(feature.geometry(), where, out);
    return keep(out);
  }

  /**
   * Validates every remaining feature of {@code features} with the reader's notes, handing each
   * finding to {@code sink} as it is found (memory does not grow with the file when this validator
   * is {@link #streaming()}). A {@link GeoJsonStructureException} (a GeoJSON rule the reader cannot
   * read past) ends the run with a {@link FindingCodes#GEOJSON_STRUCTURE} finding; read {@code
   * features} with {@link io.github.borderatlas.core.io.geojson.ReadOptions.Builder#lenient} so
   * that coordinate ranges and ring closure are findings too.
   *
   * @throws GeoJsonException when the input cannot be read (bad JSON or encoding, I/O, a limit)
   */
  public void validateAll(FeatureStream features, Consumer<Finding> sink) {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(sink, "sink");
    try {
      while (features.hasNext()) {
        GeoJsonFeature feature = features.next();
        accept(feature, features.takeNotes()).forEach(sink);
      }
      acceptNotes(features.takeNotes()).forEach(sink);
    } catch (GeoJsonStructureException e) {
      String place =
          e.line() + ":" + e.column() + (e.jsonPath() == null ? "" : " at " + e.jsonPath());
      sink.accept(stoppedAt(place, e.problem()));
    }
  }

  /**
   * Turns notes that belong to no feature (taken after the last one: a collection's {@code bbox} or
   * {@code crs} after its features) into findings.
   *
   * @return the findings (also kept for {@link #report()} unless {@link #streaming()})
   */
  public List<Finding> acceptNotes(List<ReadNote> notes) {
    List<Finding> out = new ArrayList<>();
    for (ReadNote n : Objects.requireNonNull(notes, "notes")) {
      out.add(NoteFindings.of(n, FindingLocation.NONE));
    }
    return keep(out);
  }

  /**
   * Records a problem the reader could not read past (its message, with the place in the file) as a
   * {@link FindingCodes#GEOJSON_STRUCTURE} error: the input is well-formed JSON but breaks a
   * GeoJSON rule, so validation stops there.
   */
  public Finding stoppedAt(String place, String problem) {
    return keep(List.of(
            Finding.error(
                FindingCodes.GEOJSON_STRUCTURE,
                FindingLocation.NONE.inInput(Objects.requireNonNull(place, "place")),
                problem + " (validation stopped here)")))
        .get(0);
  }

  private List<Finding> keep(List<Finding> out) {
    for (Finding f : out) {
      findingCount++;
      if (f.severity() == Severity.ERROR) {
        errorCount++;
      }
    }
    if (findings != null) {
      findings.addAll(out);
    }
    return List.copyOf(out);
  }

  /** The number of features accepted so far. */
  public int featureCount() {
    return index;
  }

  /** The number of findings so far, of both severities. */
  public long findingCount() {
    return findingCount;
  }

  /**
   * The number of error findings so far.
   *
   * @return the count of {@link Severity#ERROR} findings, 0 before any
   */
  public long errorCount() {
    return errorCount;
  }

  /**
   * The findings so far.
   *
   * @throws IllegalStateException for a {@link #streaming()} validator, which keeps none
   */
  public ValidationReport report() {
    if (findings == null) {
      throw new IllegalStateException("a streaming validator keeps no findings; count them");
    }
    return new ValidationReport(findings);
  }
}
