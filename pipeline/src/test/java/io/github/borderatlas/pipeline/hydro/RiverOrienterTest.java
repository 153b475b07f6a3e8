package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.WKTReader;

class RiverOrienterTest {

  private final LineString westward = line("LINESTRING (82 44, 81 44, 80 44)");

  private static LineString line(String wkt) {
    try {
      return (LineString) new WKTReader(Geometries.FACTORY).read(wkt);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void lineDigitisedUpstreamIsReversedWhenThePointsSayItFlowsEast() {
    LineString l =
        RiverOrienter.orientDownstream(
            westward, List.of(new Coordinate(80.2, 44.01), new Coordinate(81.8, 43.99)));
    assertThat(l.getCoordinateN(0).x).isEqualTo(80.0);
    assertThat(l.getCoordinateN(2).x).isEqualTo(82.0);
  }

  @Test
  void lineAlreadyDownstreamIsKept() {
    LineString l =
        RiverOrienter.orientDownstream(
            westward, List.of(new Coordinate(81.8, 44), new Coordinate(80.2, 44)));
    assertThat(l.getCoordinateN(0).x).isEqualTo(82.0);
  }

  @Test
  void cutKeepsThePartBetweenThePoints() {
    LineString cut =
        RiverOrienter.cut(westward, new Coordinate(81.5, 44.1), null, Geometries.FACTORY);
    assertThat(cut.getCoordinateN(0).x).isCloseTo(81.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(cut.getCoordinateN(cut.getNumPoints() - 1).x).isEqualTo(80.0);
    assertThat(cut.getNumPoints()).isEqualTo(3);
  }

  @Test
  void cutPointsAgainstTheFlowAreRejected() {
    assertThatThrownBy(
            () ->
                RiverOrienter.cut(
                    westward,
                    new Coordinate(80.5, 44),
                    new Coordinate(81.5, 44),
                    Geometries.FACTORY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
