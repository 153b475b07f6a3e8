package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryDetailsTest {

  private final Atlas atlas = TimelineFixtures.atlas();

  private TimelineEntry entry(String id) {
    return atlas.find(id, TimelineEntry.class).orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1881-02-24, 24 February 1881",
    "1860-11, November 1860",
    "1915, 1915",
    "2000-01-05, 5 January 2000"
  })
  void formatDate_writesADateAtItsPrecision(String iso, String expected) {
    assertThat(EntryDetails.formatDate(PartialDate.parse(iso))).isEqualTo(expected);
  }

  @Test
  void period_isWrittenOnlyForASourcedEntryIntoForce() {
    assertThat(EntryDetails.period(Validity.ALWAYS)).isEmpty();
    assertThat(EntryDetails.period(Validity.startingOn(LocalDate.of(2000, 1, 15))))
        .contains("in force from 15 January 2000");
    assertThat(
            EntryDetails.period(new Validity(LocalDate.of(2002, 10, 1), LocalDate.of(2010, 5, 1))))
        .contains("in force from 1 October 2002 until 1 May 2010");
  }

  @Test
  void html_showsDatePlacePartiesConcernsSummaryAndSource_escaped() {
    String html = EntryDetails.html(entry("treaty.1881-st-petersburg"), atlas);
    assertThat(html)
        .contains("Treaty of Saint Petersburg")
        .contains("24 February 1881")
        .contains("Treaty")
        // Place name and its point, latitude first: St Petersburg at 59.9386 N, 30.3141 E.
        .contains("St Petersburg (59.9386° N, 30.3141° E)")
        .contains("Russian Empire, Qing China")
        // The concerned id resolved to the feature's name in the atlas.
        .contains("Khorgos <code>river.khorgos</code>")
        .contains("Test summary &lt;with markup&gt; &amp; more.")
        .contains("Source: S24 en-academic.com; S26 clyx.com")
        .contains("Licence: CC0-1.0");
  }

  @Test
  void html_marksConcernedIdsMissingFromTheAtlas() {
    String html = EntryDetails.html(entry("treaty.1998-second-supplementary"), atlas);
    assertThat(html)
        .contains("Chogan-Obo <code>sector.chogan-obo</code><br>")
        .contains("<code>sector.points-48-49</code> (not in the atlas)");
  }

  @Test
  void inForceHtml_listsAgreementsWithTheirPeriods_orSaysThereAreNone() {
    String none = EntryDetails.inForceHtml(java.util.List.of(), LocalDate.of(1995, 1, 1));
    assertThat(none).contains("In force on 1 January 1995").contains("No agreement");
    String some =
        EntryDetails.inForceHtml(
            java.util.List.of(entry("agreement.1999-tripoint-russia")), LocalDate.of(2001, 1, 1));
    assertThat(some)
        .contains("Russia-Kazakhstan-China tripoint agreement")
        .contains("in force from 15 January 2000");
  }
}
