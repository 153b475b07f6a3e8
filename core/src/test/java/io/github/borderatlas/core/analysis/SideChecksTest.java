package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.PROV;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The validator's side rule: a place or event stating its side ({@code CHN}/{@code KAZ}) lies on
 * that side. The test border runs from 80.8°E 45.2°N to 80.4°E 44.2°N (TestAtlas); walking it north
 * to south Kazakhstan is on the right (west), so 80.0°E 44.6°N is in Kazakhstan and 81.2°E 44.6°N
 * in China.
 */
class SideChecksTest {

  private static final Point WEST = point(80.0, 44.6);
  private static final Point EAST = point(81.2, 44.6);
  private static final Point ON_LINE = point(80.4, 44.2); // a vertex of the test border

  private static Point point(double lon, double lat) {
    return Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
  }

  private static Place place(Point at, String side) {
    return new Place(
        "place.port",
        PlaceKind.LANDMARK,
        Names.english("Port"),
        null,
        null,
        at,
        new PositionAccuracy(1000, "test"),
        null,
        null,
        PROV,
        Validity.ALWAYS,
        Optional.ofNullable(side));
  }

  private static TimelineEntry event(Point at, String side) {
    return new TimelineEntry(
        "infrastructure.port-reopens",
        PartialDate.parse("1983-11-16"),
        EntryKind.INFRASTRUCTURE,
        "Port reopens",
        "",
        Optional.of("Port"),
        at,
        List.of(),
        List.of(),
        PROV,
        Validity.ALWAYS,
        Optional.ofNullable(side));
  }

  private static List<String> codes(Atlas atlas) {
    return AtlasValidator.validate(atlas).findings().stream().map(Finding::code).toList();
  }

  @Test
  void chinesePlaceInChina_isClean() {
    assertThat(codes(TestAtlas.builder().place(place(EAST, "CHN")).build())).isEmpty();
    assertThat(codes(TestAtlas.builder().place(place(WEST, "KAZ")).build())).isEmpty();
  }

  /** The audit's case: an event about the Chinese port placed inside Kazakhstan. */
  @Test
  void chineseFacilityInKazakhstan_isWrongSide() {
    Atlas atlas = TestAtlas.builder().timelineEntry(event(WEST, "CHN")).build();
    ValidationReport r = AtlasValidator.validate(atlas);
    assertThat(codes(atlas)).containsExactly(FindingCodes.WRONG_SIDE);
    assertThat(r.findings().get(0).toString())
        .contains("infrastructure.port-reopens", "CHN side", "KAZAKHSTAN");
  }

  @Test
  void kazakhPlaceInChina_isWrongSide() {
    assertThat(codes(TestAtlas.builder().place(place(EAST, "KAZ")).build()))
        .containsExactly(FindingCodes.WRONG_SIDE);
  }

  @Test
  void pointOnTheLine_isSideUnknownWarning() {
    ValidationReport r =
        AtlasValidator.validate(TestAtlas.builder().place(place(ON_LINE, "CHN")).build());
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCodes.SIDE_UNKNOWN);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void noStatedSideOrOtherCountryOrNoPoint_isNotChecked() {
    assertThat(codes(TestAtlas.builder().place(place(WEST, null)).build())).isEmpty();
    assertThat(codes(TestAtlas.builder().place(place(WEST, "RUS")).build())).isEmpty();
    assertThat(codes(TestAtlas.builder().timelineEntry(event(null, "CHN")).build())).isEmpty();
  }
}
