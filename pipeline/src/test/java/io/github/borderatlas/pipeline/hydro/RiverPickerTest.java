package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.pipeline.hydro.LevelMerger.LeveledLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class RiverPickerTest {

  private static LineString wkt(String s) throws ParseException {
    return (LineString) new WKTReader().read(s);
  }

  /**
   * The Burqin case of data-sources.md: near one point a tributary passes closer than the main
   * river, so one point picks the wrong line; three points along the course pick the right one.
   * Hand-made: the main river runs along 47.70° N with a vertex every 0.1° (edges are geodesics,
   * whose midpoints lie poleward of the parallel: 1.2 m for a 0.1° edge, 121 m for a 1° edge at
   * this latitude, by GeographicLib InverseLine); the tributary crosses the first point.
   */
  @Test
  void severalPointsPickTheMainRiverWhereOnePointPicksATributary() throws ParseException {
    StringBuilder along = new StringBuilder("LINESTRING (");
    for (int i = 0; i <= 20; i++) {
      along.append(i == 0 ? "" : ", ").append(87 - i / 10.0).append(" 47.70");
    }
    LeveledLine main = new LeveledLine(1, wkt(along.append(")").toString()));
    LeveledLine trib = new LeveledLine(3, wkt("LINESTRING (86.9 48.2, 86.9 47.7005)"));
    List<LeveledLine> all = List.of(trib, main);
    Coordinate nearTrib = new Coordinate(86.9, 47.7008);
    assertThat(RiverPicker.pick(all, List.of(nearTrib)).line()).isSameAs(trib);
    RiverPicker.Pick pick =
        RiverPicker.pick(
            all, List.of(nearTrib, new Coordinate(86.0, 47.71), new Coordinate(85.2, 47.69)));
    assertThat(pick.line()).isSameAs(main);
    // 0.01° of latitude ≈ 1,111 m (1° ≈ 111.1 km at 47.7° N), the largest point offset.
    assertThat(pick.maxDistance()).isBetween(1100.0, 1125.0);
  }

  @Test
  void emptyInputIsACallerError() {
    assertThatThrownBy(() -> RiverPicker.pick(List.of(), List.of(new Coordinate(1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
