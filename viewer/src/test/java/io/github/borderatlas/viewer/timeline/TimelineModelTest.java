package io.github.borderatlas.viewer.timeline;

import static io.github.borderatlas.viewer.timeline.TimelineFixtures.ORDER;
import static io.github.borderatlas.viewer.timeline.TimelineFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineModelTest {

  private final TimelineModel model = TimelineFixtures.model();

  @Test
  void range_runsFrom1860ToToday_andStartsAtToday() {
    assertThat(model.start()).isEqualTo(LocalDate.of(1860, 1, 1));
    assertThat(model.end()).isEqualTo(TODAY);
    assertThat(model.date()).isEqualTo(TODAY);
  }

  @Test
  void range_growsToEntriesOutsideIt() {
    Atlas a =
        Atlas.builder()
            .timelineEntry(
                TimelineFixtures.entry("e.1851", "1851-08-06", EntryKind.TREATY, "Kulja", null))
            .timelineEntry(TimelineFixtures.entry("e.2030", "2030", EntryKind.EVENT, "Later", null))
            .build();
    TimelineModel m = new TimelineModel(a, TODAY);
    assertThat(m.start()).isEqualTo(LocalDate.of(1851, 1, 1));
    assertThat(m.end()).isEqualTo(LocalDate.of(2030, 1, 1));
  }

  @Test
  void next_fromTheStart_visitsEveryEntryInDateOrder_sameDayEntriesOneByOne() {
    model.setDate(model.start());
    List<String> visited = new ArrayList<>();
    while (model.next()) {
      TimelineEntry sel = model.selected().orElseThrow();
      assertThat(model.date()).isEqualTo(sel.date().date());
      visited.add(sel.id());
    }
    assertThat(visited).containsExactlyElementsOf(ORDER);
    assertThat(model.next()).isFalse();
    assertThat(model.selected().orElseThrow().id()).isEqualTo("water.2006-research");
  }

  @Test
  void previous_fromTheEnd_visitsEveryEntryInReverseOrder() {
    List<String> visited = new ArrayList<>();
    while (model.previous()) {
      visited.add(model.selected().orElseThrow().id());
    }
    List<String> reversed = new ArrayList<>(ORDER);
    Collections.reverse(reversed);
    assertThat(visited).containsExactlyElementsOf(reversed);
    assertThat(model.date()).isEqualTo(LocalDate.of(1860, 11, 1));
  }

  @ParameterizedTest(name = "from {0}: next {1}, previous {2}")
  @CsvSource({
    "1900-01-01, incident.1969-zhalanashkol, treaty.1881-st-petersburg",
    // On the day of an entry with nothing selected, stepping leaves that day.
    "1994-04-26, treaty.1998-second-supplementary, incident.1969-zhalanashkol",
    "2006-12-21, , water.2006-research",
    "1860-01-01, treaty.1860-peking, "
  })
  void stepping_withoutSelection_goesToTheNeighbouringDates(
      LocalDate from, String next, String previous) {
    model.setDate(from);
    assertThat(model.nextEntry().map(TimelineEntry::id).orElse(null)).isEqualTo(next);
    assertThat(model.previousEntry().map(TimelineEntry::id).orElse(null)).isEqualTo(previous);
  }

  @Test
  void stepping_fromASelectedEntryOnTheChosenDay_usesItsPlaceInTheOrder() {
    model.jumpTo("agreement.2006-border-regime");
    assertThat(model.nextEntry().orElseThrow().id()).isEqualTo("water.2006-data-exchange");
    assertThat(model.previousEntry().orElseThrow().id())
        .isEqualTo("water.2001-transboundary-rivers");
    // Moving the date away makes stepping follow the date again.
    model.setDate(LocalDate.of(1970, 1, 1));
    assertThat(model.nextEntry().orElseThrow().id()).isEqualTo("treaty.1994-border-agreement");
  }

  /**
   * In-force dates from facts.md: tripoint agreement from 2000-01-15 (S12), transboundary rivers
   * from 2002-10-01 (S89), data exchange from 2006-12-20 (S91), border regime from 2015-12-25
   * (S18). The 1994 agreement has no sourced entry into force and is never listed.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1999-06-01 | ''",
        "2000-01-15 | agreement.1999-tripoint-russia",
        "2006-12-20 | agreement.1999-tripoint-russia water.2001-transboundary-rivers"
            + " water.2006-data-exchange",
        "2015-12-24 | agreement.1999-tripoint-russia water.2001-transboundary-rivers"
            + " water.2006-data-exchange",
        "2016-01-01 | agreement.1999-tripoint-russia water.2001-transboundary-rivers"
            + " agreement.2006-border-regime water.2006-data-exchange"
      })
  void inForce_listsTheAgreementsWithASourcedPeriodCoveringTheDate(LocalDate d, String ids) {
    model.setDate(d);
    List<String> expected = ids.isBlank() ? List.of() : List.of(ids.split(" "));
    assertThat(model.inForce()).extracting(TimelineEntry::id).containsExactlyElementsOf(expected);
  }

  @Test
  void select_keepsTheDate_jumpToMovesIt() {
    TimelineEntry rivers = model.entries().get(ORDER.indexOf("water.2001-transboundary-rivers"));
    model.setDate(LocalDate.of(2010, 1, 1));
    model.select(rivers);
    assertThat(model.date()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(model.selected()).contains(rivers);
    model.jumpTo(rivers);
    assertThat(model.date()).isEqualTo(LocalDate.of(2001, 9, 12));
    assertThat(model.jumpTo("no.such.entry")).isFalse();
    assertThat(model.selected()).contains(rivers);
  }

  /**
   * Issue 10: moving the date before the selected entry clears the selection (the map's highlight
   * goes with it); moving it later keeps it.
   */
  @Test
  void movingTheDateBeforeTheSelectedEntry_clearsTheSelection() {
    TimelineEntry rivers = model.entries().get(ORDER.indexOf("water.2001-transboundary-rivers"));
    model.jumpTo(rivers);
    model.setDate(LocalDate.of(2010, 1, 1));
    assertThat(model.selected()).contains(rivers);
    model.setDate(LocalDate.of(2001, 9, 11));
    assertThat(model.selected()).isEmpty();
  }

  @Test
  void listeners_hearTheDateFirst_thenTheSelection_andNothingWhenNothingChanges() {
    List<String> events = new ArrayList<>();
    model.addListener(
        new TimelineListener() {
          @Override
          public void dateChanged(LocalDate date) {
            events.add("date " + date);
          }

          @Override
          public void entrySelected(TimelineEntry entry) {
            events.add("select " + entry.id());
          }

          @Override
          public void selectionCleared() {
            events.add("clear");
          }
        });
    model.jumpTo("treaty.1881-st-petersburg");
    model.jumpTo("treaty.1881-st-petersburg");
    model.setDate(LocalDate.of(1881, 2, 24));
    model.clearSelection();
    model.clearSelection();
    assertThat(events)
        .containsExactly("date 1881-02-24", "select treaty.1881-st-petersburg", "clear");
  }

  /**
   * The brief: the 1881 treaty highlights the Khorgos; the 1998 agreement the Chogan-Obo sector.
   */
  @Test
  void forMap_passesDatesAndTheConcernedIdsToTheMap() {
    List<LocalDate> dates = new ArrayList<>();
    List<Set<String>> highlights = new ArrayList<>();
    model.addListener(TimelineListener.forMap(dates::add, highlights::add));
    model.jumpTo("treaty.1881-st-petersburg");
    model.jumpTo("treaty.1998-second-supplementary");
    model.clearSelection();
    assertThat(dates).containsExactly(LocalDate.of(1881, 2, 24), LocalDate.of(1998, 7, 4));
    assertThat(highlights)
        .containsExactly(
            Set.of("river.khorgos"), Set.of("sector.chogan-obo", "sector.points-48-49"), Set.of());
  }

  @Test
  void callerMistakes_nameTheConstraint() {
    assertThatThrownBy(() -> model.setDate(LocalDate.of(1859, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the timeline, 1860-01-01 to 2025-06-30");
    TimelineEntry stranger =
        TimelineFixtures.entry("x.other", "1990", EntryKind.EVENT, "Elsewhere", null);
    assertThatThrownBy(() -> model.select(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.other is not on this timeline");
  }

  @Test
  void anEmptyTimeline_hasARangeAndNoSteps() {
    TimelineModel empty = new TimelineModel(Atlas.builder().build(), TODAY);
    assertThat(empty.start()).isBefore(empty.end());
    assertThat(empty.next()).isFalse();
    assertThat(empty.previous()).isFalse();
    assertThat(empty.inForce()).isEmpty();
  }
}
