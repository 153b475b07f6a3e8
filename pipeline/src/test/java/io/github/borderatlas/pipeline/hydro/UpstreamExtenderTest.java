package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;

class UpstreamExtenderTest {

  private static final Coordinate SOURCE = new Coordinate(90, 48);

  private static LineString line(String wkt) {
    try {
      return (LineString) new WKTReader(Geometries.FACTORY).read(wkt);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // the river, downstream-oriented (west), and its merged source line
  private final LeveledLine own = new LeveledLine(1, line("LINESTRING (88 47, 87.5 47.1, 87 47)"));
  // a dead-end branch whose end is nearer the source than the other branch's first line's end
  private final LeveledLine deadEnd = new LeveledLine(1, line("LINESTRING (88.001 47, 89 47.6)"));
  // the branch leading toward the source: two lines, the first drawn upstream, with a ~170 m gap
  private final LeveledLine lower =
      new LeveledLine(2, line("LINESTRING (88.8 46.8, 88.002 47.001)"));
  private final LeveledLine upper = new LeveledLine(2, line("LINESTRING (89.9 47.85, 88.8 46.8)"));
  // near the source but not connected, and one 600 m from the confluence
  private final LeveledLine apart = new LeveledLine(4, line("LINESTRING (89.97 47.9, 89.8 48.3)"));
  private final LeveledLine tooFar = new LeveledLine(3, line("LINESTRING (88 47.0054, 89.99 48)"));

  @Test
  void followsTheBranchWhoseLinesReachNearestTheSource() {
    UpstreamExtender.Extension e =
        UpstreamExtender.extend(
            own.line(),
            List.of(own, deadEnd, tooFar, apart, lower, upper),
            own,
            SOURCE,
            Geometries.FACTORY);
    assertThat(e.line().getCoordinateN(0)).isEqualTo(new Coordinate(89.9, 47.85));
    assertThat(e.line().getCoordinateN(e.line().getNumPoints() - 1))
        .isEqualTo(new Coordinate(87, 47));
    assertThat(e.added()).hasSize(2);
    assertThat(e.addedLevels()).containsExactly(2);
    assertThat(e.startToSourceMetres())
        .isCloseTo(
            GeodesicMeasure.WGS84.distanceMetres(new Coordinate(89.9, 47.85), SOURCE),
            within(1e-6));
    assertThat(e.maxGapMetres()).isBetween(100.0, 250.0);
    // upper, lower and the river, the vertex shared by upper and lower once; no gap vertex added
    assertThat(e.line().getNumPoints()).isEqualTo(2 + 1 + 3);
  }

  @Test
  void keepsTheLineWhenNoBranchComesNearer() {
    UpstreamExtender.Extension e =
        UpstreamExtender.extend(
            own.line(), List.of(own, apart), own, new Coordinate(86, 47), Geometries.FACTORY);
    assertThat(e.added()).isEmpty();
    assertThat(e.line()).isSameAs(own.line());
    assertThat(e.maxGapMetres()).isZero();
  }
}
