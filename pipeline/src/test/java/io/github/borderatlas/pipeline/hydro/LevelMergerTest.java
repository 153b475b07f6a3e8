package io.github.borderatlas.pipeline.hydro;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.pipeline.gmt.GmtSegment;
import io.github.borderatlas.pipeline.gmt.GmtTextReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;

class LevelMergerTest {

  /** GMT cuts a river at 1° bin edges (here 81° E); the cut ends coincide exactly. */
  private static final String CUT_RIVER =
      "> Bin 1, Level 2\n80.5 43.9\n80.8 43.95\n81 44\n"
          + "> Bin 2, Level 2\n81 44\n81.4 44.1\n82 44.2\n"
          + "> Bin 2, Level 3\n81 44\n81.2 43.8\n";

  @Test
  void piecesCutAtBinEdgesAreJoinedPerLevel() {
    List<GmtSegment> segs = new GmtTextReader().read(CUT_RIVER, "t");
    Map<Integer, List<LineString>> merged = LevelMerger.mergeByLevel(segs);
    assertThat(merged.keySet()).containsExactly(2, 3);
    assertThat(merged.get(2))
        .singleElement()
        .satisfies(l -> assertThat(l.getNumPoints()).isEqualTo(5));
    // A class-3 line touching the class-2 junction is not merged into it.
    assertThat(merged.get(3))
        .singleElement()
        .satisfies(l -> assertThat(l.getNumPoints()).isEqualTo(2));
  }

  @Test
  void mergedLineKeepsTheDirectionOfItsPieces() {
    List<GmtSegment> segs = new GmtTextReader().read(CUT_RIVER, "t");
    LineString l = LevelMerger.mergeByLevel(segs).get(2).get(0);
    assertThat(l.getCoordinateN(0).x).isEqualTo(80.5);
    assertThat(l.getCoordinateN(4).x).isEqualTo(82.0);
  }

  @Test
  void shorelinePiecesCloseIntoARing() {
    String text = "> Level 2\n80 44\n81 44\n81 45\n> Level 2\n81 45\n80 45\n80 44\n";
    List<LineString> lines = LevelMerger.mergeByLevel(new GmtTextReader().read(text, "t")).get(2);
    assertThat(lines).singleElement().satisfies(l -> assertThat(l.isClosed()).isTrue());
  }

  @Test
  void mergeAllListsEveryLineWithItsLevel() {
    List<GmtSegment> segs = new GmtTextReader().read(CUT_RIVER, "t");
    assertThat(LevelMerger.mergeAll(segs))
        .extracting(LevelMerger.LeveledLine::level)
        .containsExactly(2, 3);
  }
}
