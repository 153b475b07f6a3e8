package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The derived "line defined by" entry on the bundled timeline. Expected entries from
 * /work/shared/reference/facts.md §1: the Treaty of Uliassutai (1870) drew part of the line with
 * the 1864 Chuguchak protocol; the 1881 Treaty of Saint Petersburg was followed by protocols of
 * 1882–1884, the last of them in the data the description of 23 Aug 1883 (treaty-line.md, T11); the
 * 1915 agreement, the 1999 tripoint agreements and the 2006 regime agreement are agreements, not
 * treaties or protocols; the 1994 Agreement on the State Border (26 April 1994), the Supplementary
 * Agreement (24 Sept 1997), the Second Supplementary Agreement (4 July 1998) and the demarcation
 * Protocol (Beijing, 10 May 2002) define the modern line.
 */
class BoundaryLineTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static Optional<TimelineEntry> at(LocalDate d) {
    return BoundaryLine.definedBy(ATLAS.timeline(), d);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1870-07-01, treaty.1870-uliassutai",
    "1900-07-01, protocol.1883-ak-kaba-alkabek",
    "1995-07-01, treaty.1994-border-agreement",
    "2010-07-01, protocol.2002-demarcation",
    // edges: the first day of a year-dated entry, the day before it, a signing day itself
    "1870-01-01, treaty.1870-uliassutai",
    "1869-12-31, protocol.1864-chuguchak",
    "1998-07-04, treaty.1998-second-supplementary",
    "1998-07-03, treaty.1997-supplementary",
    "1920-01-01, protocol.1883-ak-kaba-alkabek"
  })
  void latestTreatyOrProtocolSignedByTheDate(LocalDate date, String expectedId) {
    assertThat(at(date)).map(TimelineEntry::id).hasValue(expectedId);
  }

  @Test
  void beforeTheConventionOfPeking_nothingDefinesTheLine() {
    // the Convention of Peking is dated November 1860, so counts from 1 November 1860
    assertThat(at(LocalDate.of(1860, 10, 31))).isEmpty();
    assertThat(at(LocalDate.of(1860, 11, 1))).map(TimelineEntry::id).hasValue("treaty.1860-peking");
  }

  /**
   * Issue 10: the 1994 agreement has no sourced entry into force but is known in force (ratified by
   * Kazakhstan on 15 June 1995 [S5]): it is listed, marked "date not sourced", not dropped.
   */
  @Test
  void theInForceList_keepsAgreementsWhoseEntryIntoForceIsNotSourced() {
    assertThat(ATLAS.timeline()).hasSize(85);
    // dated periods: 1997 supplementary [S102], tripoint [S12], regime [S18], two water agreements,
    // and the Ili occupation (1871-1881) and East Turkestan Republic (1944-1949) notes
    assertThat(ATLAS.timeline().stream().filter(e -> e.validity().from().isPresent())).hasSize(7);
    assertThat(ATLAS.inForceOn(LocalDate.of(1995, 7, 1)))
        .extracting(TimelineEntry::id)
        .contains("treaty.1994-border-agreement")
        .doesNotContain("treaty.1997-supplementary");
    assertThat(at(LocalDate.of(1995, 7, 1))).isPresent();
  }

  @Test
  void text_saysItIsDerivedAndThatEntryIntoForceIsNotSourced() {
    LocalDate d = LocalDate.of(2000, 1, 1);
    assertThat(EntryDetails.lineDefinedBy(at(d), d))
        .isEqualTo(
            "Line defined by: Second Supplementary Agreement on the border 1998"
                + " (latest boundary agreement signed; entry into force not sourced)");
    assertThat(EntryDetails.lineDefinedBy(Optional.empty(), LocalDate.of(1860, 1, 1)))
        .isEqualTo("Line defined by: no boundary treaty or protocol signed by 1 January 1860");
    assertThat(EntryDetails.lineDefinedByNote(d)).startsWith("Derived, not sourced");
  }

  @Test
  void text_givesASourcedEntryIntoForce_beforeAndAfterIt() {
    // facts.md §1: the Russia–Kazakhstan–China tripoint agreement, signed 5 May 1999, entered
    // into force 15 Jan 2000 (used here as if it were a treaty, to exercise the wording)
    TimelineEntry e =
        TimelineFixtures.entry(
            "treaty.test",
            "1999-05-05",
            io.github.borderatlas.core.model.EntryKind.TREATY,
            "Tripoint agreement",
            io.github.borderatlas.core.model.Validity.startingOn(LocalDate.of(2000, 1, 15)));
    assertThat(EntryDetails.lineDefinedBy(Optional.of(e), LocalDate.of(1999, 6, 1)))
        .endsWith("1999 (latest boundary agreement signed; in force only from 15 January 2000)");
    assertThat(EntryDetails.lineDefinedBy(Optional.of(e), LocalDate.of(2001, 1, 1)))
        .endsWith("1999 (latest boundary agreement signed; in force from 15 January 2000)");
  }
}
