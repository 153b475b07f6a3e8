package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.PROV;
import static io.github.borderatlas.core.analysis.TestAtlas.river;
import static io.github.borderatlas.core.analysis.TestAtlas.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** One fixture per finding code, each a small change to the clean test atlas. */
class AtlasValidatorTest {

  private static ValidationReport validate(Atlas atlas) {
    return AtlasValidator.validate(atlas);
  }

  private static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  private static Lake lake(String id, String wkt) {
    return new Lake(id, Names.english(id), wkt(wkt), Figures.empty(), PROV, Validity.ALWAYS);
  }

  private static Atlas withSegments(List<BorderSegment> segments) {
    return TestAtlas.builder().border(TestAtlas.border(TestAtlas.borderLine(), segments)).build();
  }

  @Test
  void cleanAtlas_hasNoFindings() {
    ValidationReport r = validate(TestAtlas.clean());
    assertThat(r.findings()).isEmpty();
    assertThat(r.isClean()).isTrue();
    assertThat(r.toString()).isEqualTo("no findings");
  }

  @Test
  void cleanAtlasWithCountries_hasNoFindings() {
    Atlas.Builder b = TestAtlas.builder();
    TestAtlas.countries().forEach(b::country);
    assertThat(validate(b.build()).findings()).isEmpty();
  }

  @Test
  void bowtieLake_isInvalidGeometry() {
    Atlas atlas =
        TestAtlas.builder()
            .lake(lake("lake.bowtie", "POLYGON ((74 44, 75 45, 75 44, 74 45, 74 44))"))
            .build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).containsExactly(FindingCodes.INVALID_GEOMETRY);
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().featureId()).isEqualTo("lake.bowtie");
    assertThat(f.location().coordinate().x).isEqualTo(74.5); // the self-intersection
    assertThat(f.message()).containsIgnoringCase("self-intersection");
  }

  @Test
  void emptyLake_isEmptyGeometry() {
    Atlas atlas = TestAtlas.builder().lake(lake("lake.empty", "POLYGON EMPTY")).build();
    assertThat(codes(validate(atlas))).containsExactly(FindingCodes.EMPTY_GEOMETRY);
  }

  @Test
  void placeOutOfRange_namesTheVertex() {
    Atlas atlas =
        TestAtlas.builder()
            .place(
                new Place(
                    "place.far",
                    PlaceKind.CITY,
                    Names.english("Far"),
                    null,
                    null,
                    Geometries.FACTORY.createPoint(new Coordinate(190, 44)),
                    new PositionAccuracy(1, "test"),
                    null,
                    null,
                    PROV,
                    Validity.ALWAYS))
            .build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).containsExactly(FindingCodes.COORDINATE_OUT_OF_RANGE);
    assertThat(r.findings().get(0).location().vertexIndex()).isZero();
    assertThat(r.findings().get(0).toString())
        .startsWith("ERROR COORDINATE_OUT_OF_RANGE place.far, vertex 0 (190.000000, 44.000000)");
  }

  @Test
  void nanRiverVertex_isReported_andNothingThrows() {
    Atlas atlas =
        TestAtlas.builder()
            .river(river("river.nan", "LINESTRING (76 44, 77 44, 78 44)", false))
            .build();
    River bad = atlas.rivers().get(atlas.rivers().size() - 1);
    LineString g = (LineString) bad.geometry().copy();
    g.getCoordinateSequence().setOrdinate(1, 1, Double.NaN);
    Atlas withNan =
        TestAtlas.builder()
            .river(
                new River(
                    "river.nan",
                    bad.names(),
                    g,
                    null,
                    true,
                    Figures.empty(),
                    PROV,
                    Validity.ALWAYS))
            .build();
    ValidationReport r = validate(withNan);
    assertThat(codes(r)).contains(FindingCodes.COORDINATE_NOT_FINITE);
    assertThat(r.withCode(FindingCodes.COORDINATE_NOT_FINITE).get(0).location().vertexIndex())
        .isEqualTo(1);
  }

  @Test
  void clockwiseLakeAndCounterClockwiseHole_areWindingWarnings() {
    Atlas atlas =
        TestAtlas.builder()
            .lake(
                lake(
                    "lake.cw",
                    "POLYGON ((74 44, 74 45, 75 45, 75 44, 74 44),"
                        + " (74.2 44.2, 74.4 44.2, 74.4 44.4, 74.2 44.4, 74.2 44.2))"))
            .build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).containsExactly(FindingCodes.RING_WINDING, FindingCodes.RING_WINDING);
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.findings().get(0).message()).contains("exterior ring of polygon 0");
    assertThat(r.findings().get(1).message()).contains("hole 0 of polygon 0");
    assertThat(r.findings().get(1).location().vertexIndex()).isEqualTo(5);
  }

  @Test
  void missingSourceAndLicence_areReported() {
    Atlas atlas =
        TestAtlas.builder()
            .place(
                new Place(
                    "place.anon",
                    PlaceKind.CITY,
                    Names.english("Anon"),
                    null,
                    null,
                    Geometries.FACTORY.createPoint(new Coordinate(76.9, 43.25)),
                    new PositionAccuracy(1, "test"),
                    null,
                    null,
                    new Provenance(" ", ""),
                    Validity.ALWAYS))
            .build();
    assertThat(codes(validate(atlas)))
        .containsExactly(FindingCodes.MISSING_SOURCE, FindingCodes.MISSING_LICENSE);
  }

  @Test
  void borderRunningSouthToNorth_isDirectionWarning() {
    LineString reversed = TestAtlas.borderLine().reverse();
    Atlas atlas =
        TestAtlas.builder()
            .border(TestAtlas.border(reversed, TestAtlas.segments(reversed)))
            .build();
    assertThat(codes(validate(atlas))).containsExactly(FindingCodes.BORDER_DIRECTION);
  }

  @Test
  void missingMiddleSegment_isGapInChainageAndGeometry() {
    List<BorderSegment> s = TestAtlas.segments(TestAtlas.borderLine());
    ValidationReport r = validate(withSegments(List.of(s.get(0), s.get(2))));
    assertThat(codes(r)).containsExactly(FindingCodes.SEGMENT_GAP, FindingCodes.SEGMENT_GAP);
    assertThat(r.findings().get(0).message()).contains("of chainage between border.segment.01");
    assertThat(r.findings().get(1).message()).contains("from the last vertex of border.segment.01");
    assertThat(r.findings().get(1).location().featureId()).isEqualTo("border.segment.03");
  }

  @Test
  void overlappingSegments_areReported() {
    LineString line = TestAtlas.borderLine();
    GeodesicLineIndex index = new GeodesicLineIndex(line);
    List<BorderSegment> s = TestAtlas.segments(line);
    BorderSegment early =
        TestAtlas.segment("border.segment.02", SegmentKind.RIVER, line, index, 2, 6);
    ValidationReport r = validate(withSegments(List.of(s.get(0), early, s.get(2))));
    assertThat(codes(r)).contains(FindingCodes.SEGMENT_OVERLAP);
    assertThat(r.withCode(FindingCodes.SEGMENT_OVERLAP).get(0).location().featureId())
        .isEqualTo("border.segment.02");
  }

  @Test
  void segmentsEndingShort_doNotCoverTheBorder() {
    List<BorderSegment> s = TestAtlas.segments(TestAtlas.borderLine());
    ValidationReport r = validate(withSegments(List.of(s.get(0), s.get(1))));
    assertThat(codes(r)).containsExactly(FindingCodes.SEGMENTS_NOT_COVERING);
    assertThat(r.findings().get(0).message()).contains("the last segment ends at");
    ValidationReport none = validate(withSegments(List.of()));
    assertThat(codes(none)).containsExactly(FindingCodes.SEGMENTS_NOT_COVERING);
  }

  @Test
  void segmentAwayFromTheLine_isOffBorder() {
    List<BorderSegment> s = new ArrayList<>(TestAtlas.segments(TestAtlas.borderLine()));
    BorderSegment first = s.get(0);
    LineString moved = (LineString) first.geometry().copy();
    moved.apply((org.locationtech.jts.geom.CoordinateSequenceFilter) new ShiftFilter(0.01));
    moved.geometryChanged();
    s.set(
        0,
        new BorderSegment(
            first.id(),
            first.kind(),
            first.name(),
            null,
            moved,
            first.startChainageMetres(),
            first.endChainageMetres(),
            "",
            PROV,
            Validity.ALWAYS));
    ValidationReport r = validate(withSegments(s));
    assertThat(codes(r)).contains(FindingCodes.SEGMENT_OFF_BORDER);
    assertThat(r.withCode(FindingCodes.SEGMENT_OFF_BORDER).get(0).location().vertexIndex())
        .isZero();
  }

  /** The split between two segments stated 100 m after where their geometries meet. */
  @Test
  void statedChainageOff_isChainageWarning() {
    List<BorderSegment> s = TestAtlas.segments(TestAtlas.borderLine());
    BorderSegment a = s.get(0);
    BorderSegment b = s.get(1);
    double wrong = a.endChainageMetres() + 100;
    List<BorderSegment> shifted =
        List.of(
            new BorderSegment(
                a.id(),
                a.kind(),
                a.name(),
                null,
                a.geometry(),
                a.startChainageMetres(),
                wrong,
                "",
                PROV,
                Validity.ALWAYS),
            new BorderSegment(
                b.id(),
                b.kind(),
                b.name(),
                Optional.of("Test river"),
                b.geometry(),
                wrong,
                b.endChainageMetres(),
                "",
                PROV,
                Validity.ALWAYS),
            s.get(2));
    ValidationReport r = validate(withSegments(shifted));
    assertThat(codes(r))
        .containsExactly(FindingCodes.SEGMENT_CHAINAGE, FindingCodes.SEGMENT_CHAINAGE);
    assertThat(r.findings(Severity.WARNING)).hasSize(2);
  }

  /** Two versions of the middle stretch, valid before and after 1998, both cover the line. */
  @Test
  void segmentsOfDifferentPeriods_areCheckedPerPeriod() {
    List<BorderSegment> s = TestAtlas.segments(TestAtlas.borderLine());
    BorderSegment mid = s.get(1);
    LocalDate change = LocalDate.of(1998, 7, 4);
    BorderSegment before =
        new BorderSegment(
            "border.segment.02a",
            mid.kind(),
            mid.name(),
            Optional.of("Test river"),
            mid.geometry(),
            mid.startChainageMetres(),
            mid.endChainageMetres(),
            "",
            PROV,
            new Validity(null, change));
    BorderSegment after =
        new BorderSegment(
            "border.segment.02b",
            mid.kind(),
            mid.name(),
            Optional.of("Test river"),
            mid.geometry(),
            mid.startChainageMetres(),
            mid.endChainageMetres(),
            "",
            PROV,
            Validity.startingOn(change));
    assertThat(validate(withSegments(List.of(s.get(0), before, after, s.get(2)))).findings())
        .isEmpty();
    ValidationReport gap = validate(withSegments(List.of(s.get(0), before, s.get(2))));
    assertThat(codes(gap)).containsExactly(FindingCodes.SEGMENT_GAP, FindingCodes.SEGMENT_GAP);
    assertThat(gap.findings().get(0).message()).contains("(segments valid on 1998-07-04)");
  }

  @Test
  void transboundaryRiverInKazakhstanOnly_hasNoCrossing() {
    Atlas atlas =
        TestAtlas.builder().river(river("river.kz", "LINESTRING (78 44, 77 44)", true)).build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).containsExactly(FindingCodes.RIVER_NO_CROSSING);
    assertThat(r.about("river.kz")).hasSize(1);
  }

  @Test
  void riverLoopingBack_crossesTwice_directionUnknown() {
    Atlas atlas =
        TestAtlas.builder()
            .river(
                river(
                    "river.loop", "LINESTRING (81.2 44.7, 80.0 44.7, 80.0 44.0, 81.0 44.0)", true))
            .build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r))
        .containsExactly(
            FindingCodes.RIVER_MULTIPLE_CROSSINGS, FindingCodes.RIVER_DIRECTION_UNKNOWN);
    assertThat(r.findings().get(0).message()).contains("2 times");
    assertThat(r.findings().get(0).location().coordinate().x).isEqualTo(80.6);
  }

  /**
   * A boundary river drawn on the border's vertices 4–6 (like the atlas' Khorgos, the border's own
   * segment) touches the line everywhere: it follows the border, so no finding, whether or not it
   * is flagged transboundary (a transboundary one still needs a crossing).
   */
  @Test
  void boundaryRiverOnTheBorderLine_hasNoCrossingFindings() {
    String wkt = "LINESTRING (82.5 46.0, 80.8 45.2, 80.4 44.2)";
    Atlas boundary = TestAtlas.builder().river(river("river.boundary", wkt, false)).build();
    assertThat(validate(boundary).findings()).isEmpty();
    Atlas flagged = TestAtlas.builder().river(river("river.boundary", wkt, true)).build();
    assertThat(codes(validate(flagged))).containsExactly(FindingCodes.RIVER_NO_CROSSING);
  }

  @Test
  void riverDigitisedUpstream_flowsWrongWay() {
    Atlas atlas =
        TestAtlas.builder()
            .river(river("river.back", "LINESTRING (82.0 46.42, 82.72 46.49, 83.6 46.5)", true))
            .build();
    assertThat(codes(validate(atlas))).containsExactly(FindingCodes.RIVER_WRONG_DIRECTION);
  }

  @Test
  void danglingOutflow_isUnknownReference() {
    Atlas atlas =
        TestAtlas.builder()
            .river(
                new River(
                    "river.lost",
                    Names.english("Lost"),
                    wkt("LINESTRING (76 44, 77 44)"),
                    Optional.of("lake.nowhere"),
                    false,
                    Figures.empty(),
                    PROV,
                    Validity.ALWAYS))
            .build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).containsExactly(FindingCodes.UNKNOWN_REFERENCE);
    assertThat(r.findings().get(0).message()).contains("outflow", "lake.nowhere");
  }

  @Test
  void borderWithNanVertex_isReportedWithoutThrowing() {
    LineString line = TestAtlas.borderLine();
    LineString bad = (LineString) line.copy();
    bad.getCoordinateSequence().setOrdinate(2, 0, Double.NaN);
    Atlas atlas =
        TestAtlas.builder().border(TestAtlas.border(bad, TestAtlas.segments(line))).build();
    ValidationReport r = validate(atlas);
    assertThat(codes(r)).contains(FindingCodes.COORDINATE_NOT_FINITE);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void tolerance_mustBeFiniteAndNonNegative() {
    assertThatThrownBy(() -> new AtlasValidator(-1)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> new AtlasValidator(Double.NaN)).hasMessageContaining("tolerance");
    assertThat(new AtlasValidator(5).toleranceMetres()).isEqualTo(5);
  }

  /** Moves every vertex east by a number of degrees. */
  private record ShiftFilter(double dx)
      implements org.locationtech.jts.geom.CoordinateSequenceFilter {
    @Override
    public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
      seq.setOrdinate(i, 0, seq.getX(i) + dx);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
