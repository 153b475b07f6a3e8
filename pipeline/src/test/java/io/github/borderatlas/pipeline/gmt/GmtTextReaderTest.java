package io.github.borderatlas.pipeline.gmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.pipeline.PipelineException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GmtTextReaderTest {

  private final GmtTextReader reader = new GmtTextReader();

  /** Header and vertex format as written by {@code gmt coast -M} (GMT 6.4, see data-sources.md). */
  @Test
  void readsSegmentsWithTheirLevelsInFileOrder() {
    String text =
        "> River Bin # 14112, Level 2\n73\t50.6158541238\n72.99\t50.61\n"
            + "> Shore Bin # 15554, Level 3\n80.1 44.2\n80.2 44.3\n80.3 44.2\n";
    List<GmtSegment> segs = reader.read(text, "t.txt");
    assertThat(segs).hasSize(2);
    assertThat(segs.get(0).level()).isEqualTo(2);
    assertThat(segs.get(0).line().getCoordinateN(0).x).isEqualTo(73.0);
    assertThat(segs.get(0).line().getCoordinateN(0).y).isEqualTo(50.6158541238);
    assertThat(segs.get(1).level()).isEqualTo(3);
    assertThat(segs.get(1).line().getNumPoints()).isEqualTo(3);
    assertThat(segs.get(1).headerLine()).isEqualTo(4);
  }

  @Test
  void dropsOneVertexStubsAndSkipsCommentsAndBlankLines() {
    String text = "# comment\n> A, Level 1\n80 44\n\n> B, Level 1\n81 44\n82 45\n";
    List<GmtSegment> segs = reader.read(text, "t.txt");
    assertThat(segs).singleElement().satisfies(s -> assertThat(s.headerLine()).isEqualTo(5));
  }

  @Test
  void headerWithoutLevelGivesMinusOne() {
    assertThat(GmtTextReader.parseLevel("> Border Bin # 3")).isEqualTo(-1);
    assertThat(GmtTextReader.parseLevel("> River Bin # 3, Level 10")).isEqualTo(10);
  }

  @Test
  void longitudesAbove180AreWrappedToTheWesternHemisphere() {
    List<GmtSegment> segs = reader.read("> Level 1\n359 10\n358 11\n", "t.txt");
    assertThat(segs.get(0).line().getCoordinateN(0).x).isEqualTo(-1.0);
  }

  @Test
  void malformedVertexNamesFileAndLine() {
    assertThatThrownBy(() -> reader.read("> Level 1\n80 44\n80 x\n", "rivers.txt"))
        .isInstanceOf(PipelineException.class)
        .hasMessageStartingWith("rivers.txt:3: ")
        .hasMessageContaining("'80 x'");
  }

  @Test
  void vertexBeforeAnyHeaderIsAnError() {
    assertThatThrownBy(() -> reader.read("80 44\n", "lakes.txt"))
        .isInstanceOf(PipelineException.class)
        .hasMessage("lakes.txt:1: vertex before the first '>' segment header");
  }

  @Test
  void latitudeOutOfRangeIsAnError() {
    assertThatThrownBy(() -> reader.read("> Level 1\n80 44\n80 91\n", "x.txt"))
        .isInstanceOf(PipelineException.class)
        .hasMessageStartingWith("x.txt:3: coordinate out of range");
  }
}
