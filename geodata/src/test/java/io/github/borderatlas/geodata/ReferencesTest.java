package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cross references of the curated files resolve within the bundled atlas. */
class ReferencesTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @Test
  void everyConcernedFeatureExists() {
    for (TimelineEntry e : ATLAS.timeline()) {
      assertThat(e.concerns())
          .as(e.id() + " concerns")
          .allSatisfy(id -> assertThat(ATLAS.find(id)).as(id).isPresent());
    }
  }

  @Test
  void everySectorIsSettledByATimelineEntry() {
    for (DisputedSector s : ATLAS.disputedSectors()) {
      s.settledById()
          .ifPresent(
              id ->
                  assertThat(ATLAS.find(id).map(f -> f.layer()))
                      .as(s.id() + " settled by " + id)
                      .contains(Layer.EVENT));
    }
  }

  /** The brief's examples: 1881 concerns the Khorgos; 1998 the two sectors; 2001 the rivers. */
  @Test
  void keyEntriesConcernTheirFeatures() {
    assertThat(entry("treaty.1881-saint-petersburg").concerns()).contains("river.khorgos");
    assertThat(entry("treaty.1998-second-supplementary").concerns())
        .containsExactlyInAnyOrder("sector.chogan-obo", "sector.points-48-49");
    assertThat(entry("water.2001-transboundary-rivers").concerns())
        .contains("river.ili", "river.black-irtysh");
  }

  /**
   * Periods in force where sourced: facts.md S12 (tripoint in force 15 Jan 2000), S18 (border
   * regime 25 Dec 2015), S89 (rivers agreement 1 Oct 2002), S91 (data exchange, day of signing),
   * S102 (1997 Supplementary Agreement, 7 April 1999). The 1994 and 1998 agreements' entry into
   * force is NOT FOUND: they are in force with an unknown start (issue 10), never with a date.
   */
  @Test
  void agreementsInForceOnlyWhereSourced() {
    assertThat(
            ATLAS.inForceOn(LocalDate.of(2016, 1, 1)).stream()
                .filter(e -> e.validity().isStartKnown()))
        .extracting(TimelineEntry::id)
        .containsExactlyInAnyOrder(
            "treaty.1997-supplementary",
            "agreement.1999-tripoint-cn-ru-kz",
            "agreement.2006-border-regime",
            "water.2001-transboundary-rivers",
            "water.2006-hydrological-data");
    assertThat(entry("treaty.1994-border-agreement").validity().from()).isEmpty();
    assertThat(entry("treaty.1994-border-agreement").validity().isStartKnown()).isFalse();
    assertThat(entry("treaty.1998-second-supplementary").validity().isStartKnown()).isFalse();
  }

  /** The 1969 incident keeps the conflicting date of S7 in its summary (facts.md §1). */
  @Test
  void conflictingIncidentDateIsNoted() {
    assertThat(entry("incident.1969-zhalanashkol").summary()).contains("23 August 1969");
  }

  private static TimelineEntry entry(String id) {
    return ATLAS.find(id, TimelineEntry.class).orElseThrow(() -> new AssertionError(id));
  }
}
