package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.analysis.AtlasValidator;
import io.github.borderatlas.core.analysis.Finding;
import io.github.borderatlas.core.analysis.FindingCodes;
import io.github.borderatlas.core.analysis.ValidationReport;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The bundled atlas passes the core validator with no finding at all. */
class ValidationTest {

  @Test
  void bundledAtlasHasNoFinding() {
    ValidationReport report = AtlasValidator.validate(ChinaKazakhstan.atlas());
    assertThat(report.findings()).as(report.toString()).isEmpty();
  }

  /**
   * Issue 13: the reopening of the Chinese port of Khorgos used to sit at 80.369444°E 44.195556°N
   * (the ICBC site of S45b), 2.2 km inside Kazakhstan. With the bundled border and countries, the
   * side rule reports that position.
   */
  @Test
  void chinesePortEventAtItsOldPositionIsOnTheWrongSide() {
    Atlas atlas = ChinaKazakhstan.atlas();
    TimelineEntry e =
        atlas.find("infrastructure.1983-khorgos-port-reopens", TimelineEntry.class).orElseThrow();
    assertThat(e.side()).contains("CHN");
    TimelineEntry moved =
        new TimelineEntry(
            e.id(),
            e.date(),
            e.kind(),
            e.title(),
            e.summary(),
            e.placeName(),
            Geometries.FACTORY.createPoint(new Coordinate(80.369444, 44.195556)),
            e.parties(),
            e.concerns(),
            e.provenance(),
            e.validity(),
            e.side());
    Atlas.Builder b = Atlas.builder().border(atlas.border().orElseThrow()).timelineEntry(moved);
    atlas.countries().forEach(b::country);
    atlas.places().forEach(b::place); // what the event concerns
    assertThat(AtlasValidator.validate(b.build()).findings())
        .extracting(Finding::code)
        .containsExactly(FindingCodes.WRONG_SIDE);
  }
}
