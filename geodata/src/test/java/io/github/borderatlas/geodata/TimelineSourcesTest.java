package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * What the audit of issue 13 found in the timeline: parties, names and places that a source must
 * give. Expected values come from the source named on each test.
 */
class TimelineSourcesTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static TimelineEntry entry(String id) {
    return ATLAS.find(id, TimelineEntry.class).orElseThrow(() -> new AssertionError(id));
  }

  /**
   * The 1997 agreement's text (CIS Legislation, rgn=3872) and RFE/RL (24 April 1997) name five
   * parties, Russia among them; the seed leaves Russia out.
   */
  @Test
  void forcesReductionOf1997HasItsFiveSignatories() {
    assertThat(entry("agreement.1997-border-forces-reduction").parties())
        .containsExactlyInAnyOrder("Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "China");
  }

  /**
   * The seed names neither the "Shanghai Five" nor Shanghai: the entry cites RFE/RL (Shanghai, 26
   * April 1996) and People's Daily (2001) for both, and has the same five parties.
   */
  @Test
  void shanghaiFiveIsSourcedBeyondTheSeed() {
    TimelineEntry e = entry("relations.1996-shanghai-five");
    assertThat(e.provenance().source())
        .contains("https://www.rferl.org/a/1080434.html", "Shanghai Five");
    assertThat(e.placeName()).contains("Shanghai");
    assertThat(e.parties())
        .containsExactlyInAnyOrder("China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan");
  }

  /** The seed gives only "In 2013"; the day must come from a cited dated text of the speech. */
  @Test
  void beltAndRoadSpeechCitesTheDatedSpeech() {
    assertThat(entry("relations.2013-belt-and-road-speech").provenance().source())
        .contains("https://china.usc.edu/", "September 7, 2013");
  }

  /** facts.md §5: "deal of 15 May" [S47] and "in 2017" [S45b]; the summary says which is which. */
  @Test
  void coscoStakeSaysWhichSourceGivesWhat() {
    TimelineEntry e = entry("event.2017-cosco-stake-khorgos-gateway");
    assertThat(e.summary()).contains("[S45b]", "[S47]", "15 May");
  }

  /** Seed, section Qing: the 1864 protocol's Chinese name is 勘分西北界约记. */
  @Test
  void chuguchakProtocolCarriesItsChineseName() {
    assertThat(entry("protocol.1864-chuguchak").summary()).contains("勘分西北界约记");
  }
}
