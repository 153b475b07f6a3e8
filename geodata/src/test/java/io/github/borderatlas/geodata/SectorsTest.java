package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The disputed sectors of facts.md §2 and treaty-line.md §3. */
class SectorsTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static DisputedSector sector(String id) {
    return ATLAS
        .find(id, DisputedSector.class)
        .orElseThrow(() -> new AssertionError("no sector " + id));
  }

  /**
   * Treaty points and settling agreement: facts.md §1-§2 (S6, S9: points 15–16 and 48–49 settled by
   * the 1998 agreement; S10: points 69–71 by the 1997 agreement; S35: Baimurza / Sary-Charndy by
   * the 1998 treaty, single source).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sector.chogan-obo,             15–16, treaty.1998-second-supplementary",
    "sector.points-48-49,           48–49, treaty.1998-second-supplementary",
    "sector.khan-tengri,            69–71, treaty.1997-supplementary",
    "sector.baimurza-sary-charndy,       , treaty.1998-second-supplementary",
    "sector.zhalanashkol,                , ",
    "sector.xiaerxili,                   , "
  })
  void sectorHasItsTreatyPointsAndSettlement(String id, String points, String settledBy) {
    DisputedSector s = sector(id);
    assertThat(s.treatyPoints()).isEqualTo(Optional.ofNullable(points));
    assertThat(s.settledById()).isEqualTo(Optional.ofNullable(settledBy));
  }

  /** A settled sector is disputed until the day its settling agreement was signed. */
  @Test
  void settledSectorsEndOnTheDayOfTheirAgreement() {
    for (DisputedSector s : ATLAS.disputedSectors()) {
      if (s.settledById().isEmpty()) {
        continue;
      }
      TimelineEntry agreement =
          ATLAS
              .find(s.settledById().orElseThrow(), TimelineEntry.class)
              .orElseThrow(() -> new AssertionError(s.id() + " settled by unknown entry"));
      assertThat(s.validity().to()).as(s.id()).contains(agreement.date().date());
    }
  }

  /** The atlas of 1 Jan 2000 no longer shows the sectors settled in 1997–1998. */
  @Test
  void asOf2000OnlyUnsettledSectorsRemain() {
    assertThat(ATLAS.asOf(LocalDate.of(2000, 1, 1)).disputedSectors())
        .extracting(DisputedSector::id)
        .containsExactlyInAnyOrder("sector.zhalanashkol", "sector.xiaerxili");
    assertThat(ATLAS.asOf(LocalDate.of(1995, 1, 1)).disputedSectors()).hasSize(6);
  }

  /** Geometry only where a source places the sector, and then with its accuracy. */
  @Test
  void locationOnlyWhereASourcePlacesIt() {
    assertThat(ATLAS.disputedSectors())
        .filteredOn(s -> s.location() != null)
        .extracting(DisputedSector::id)
        .containsExactlyInAnyOrder("sector.khan-tengri", "sector.zhalanashkol");
    assertThat(ATLAS.disputedSectors())
        .allSatisfy(
            s -> {
              if (s.location() != null) {
                assertThat(s.locationAccuracy().basis()).as(s.id()).isNotBlank();
              }
              assertThat(s.note().orElse("")).as(s.id()).isNotBlank();
            });
  }

  /**
   * Issue 13: one place, the strip east of Lake Zhalanashkol that Chinese sources call Tielieketi
   * (铁列克提, facts.md §1, S29/S30). Its names in every language are those of the same place as
   * place.tielieketi, and the other name, Zhalanashkol, is recorded in the note.
   */
  @Test
  void zhalanashkolSectorNamesOnePlaceInEveryLanguage() {
    DisputedSector s = sector("sector.zhalanashkol");
    Place tielieketi = ATLAS.find("place.tielieketi", Place.class).orElseThrow();
    assertThat(s.names().chinese()).isEqualTo(tielieketi.names().chinese());
    assertThat(s.names().russian()).isEqualTo(tielieketi.names().russian());
    assertThat(s.name()).contains("Tielieketi");
    assertThat(s.note().orElseThrow()).contains("Zhalanashkol", "Жаланашколь");
  }
}
