package io.github.borderatlas.viewer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.TestAtlas;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frames of the history animation on the {@link TestAtlas} timeline. */
class HistoryFramesTest {

  private final Atlas atlas = TestAtlas.atlas();

  @Test
  void perEntry_keepsTheEntriesInRange_inDateOrder_withTheirPrecision() {
    List<TimelineEntry> all = atlas.timeline();
    int[] span = HistoryFrames.yearSpan(atlas);
    List<HistoryFrames.Frame> frames = HistoryFrames.perEntry(atlas, span[0], span[1]);
    assertThat(frames).hasSize(all.size());
    for (int i = 1; i < frames.size(); i++) {
      assertThat(frames.get(i).date().date()).isAfterOrEqualTo(frames.get(i - 1).date().date());
    }
    TimelineEntry first =
        all.stream().min((a, b) -> a.date().date().compareTo(b.date().date())).orElseThrow();
    assertThat(frames.get(0).caption()).isEqualTo(first.date() + "  " + first.title());
    assertThat(HistoryFrames.perEntry(atlas, span[0] - 10, span[0] - 1)).isEmpty();
  }

  @Test
  void everyYears_stepsAndCaptionsTheLatestEntry() {
    List<HistoryFrames.Frame> frames = HistoryFrames.everyYears(atlas, 1800, 1830, 10);
    assertThat(frames)
        .extracting(f -> f.date().toString())
        .containsExactly("1800", "1810", "1820", "1830");
    assertThat(frames.get(0).caption()).isEqualTo("1800"); // before every entry: the date alone
    assertThat(frames.get(0).mapDate()).isEqualTo(LocalDate.of(1800, 12, 31));
    int[] span = HistoryFrames.yearSpan(atlas);
    List<HistoryFrames.Frame> late = HistoryFrames.everyYears(atlas, span[1], span[1], 1);
    assertThat(late.get(0).event()).isNotEmpty();
    assertThatThrownBy(() -> HistoryFrames.everyYears(atlas, 1800, 1810, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frame_mapDateIsTheLastDayItStandsFor() {
    assertThat(new HistoryFrames.Frame(PartialDate.parse("1994-04"), "x").mapDate())
        .isEqualTo(LocalDate.of(1994, 4, 30));
    assertThat(new HistoryFrames.Frame(PartialDate.parse("1994-04-26"), "x").mapDate())
        .isEqualTo(LocalDate.of(1994, 4, 26));
    assertThat(HistoryFrames.yearSpan(Atlas.builder().build())).isEmpty();
  }
}
