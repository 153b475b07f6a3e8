package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.timeline.MarkerLayout.Marker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerLayoutTest {

  /** 1 pixel per day from 2000-01-01 (x = 0) to 2001-01-01 (x = 366, 2000 being a leap year). */
  private final TimeScale scale =
      new TimeScale(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), 0, 366);

  private static TimelineEntry at(String id, String date) {
    return TimelineFixtures.entry(id, date, EntryKind.EVENT, id, null);
  }

  @Test
  void wellSpacedEntries_allSitInTheFirstRow_atTheXOfTheirDates() {
    List<TimelineEntry> es =
        List.of(at("a", "2000-01-11"), at("b", "2000-02-01"), at("c", "2000-12-31"));
    List<Marker> ms = MarkerLayout.layout(es, scale, 10, 3);
    assertThat(ms).extracting(Marker::row).containsExactly(0, 0, 0);
    // Day numbers counted by hand: 10 (11 Jan), 31 (1 Feb), 365 (31 Dec of a leap year).
    assertThat(ms).extracting(Marker::x).containsExactly(10.0, 31.0, 365.0);
  }

  @Test
  void closeEntries_stackUpwards_andAFreedRowIsReused() {
    List<TimelineEntry> es =
        List.of(
            at("a", "2000-03-01"),
            at("b", "2000-03-03"),
            at("c", "2000-03-05"),
            at("d", "2000-03-13"));
    List<Marker> ms = MarkerLayout.layout(es, scale, 10, 3);
    // a at 60, b at 62 and c at 64 are closer than 10 px: rows 0, 1, 2. d at 72 is 12 px past a.
    assertThat(ms).extracting(Marker::row).containsExactly(0, 1, 2, 0);
    assertThat(ms).noneMatch(Marker::isCluster);
  }

  @Test
  void whenEveryRowIsTaken_entriesJoinTheNearestMarkerAsACluster() {
    List<TimelineEntry> es = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      es.add(at("e" + i, "2000-06-0" + (i + 1)));
    }
    List<Marker> ms = MarkerLayout.layout(es, scale, 10, 2);
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).entries()).extracting(TimelineEntry::id).containsExactly("e0");
    assertThat(ms.get(1).isCluster()).isTrue();
    assertThat(ms.get(1).entries()).hasSize(6);
    assertThat(ms.get(1).first().id()).isEqualTo("e1");
  }

  @Test
  void everyEntryAppearsExactlyOnce_onTheRealTimelineFixture() {
    TimelineModel m = TimelineFixtures.model();
    TimeScale s = new TimeScale(m.start(), m.end(), 16, 400);
    List<Marker> ms = MarkerLayout.layout(m.entries(), s, 12, 2);
    List<String> ids = new ArrayList<>();
    ms.forEach(mk -> mk.entries().forEach(e -> ids.add(e.id())));
    assertThat(ids).containsExactlyElementsOf(TimelineFixtures.ORDER);
  }

  @Test
  void rejectsNonsenseParameters() {
    assertThatThrownBy(() -> MarkerLayout.layout(List.of(), scale, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spacing must be positive");
    assertThatThrownBy(() -> MarkerLayout.layout(List.of(), scale, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows must be at least 1");
  }
}
