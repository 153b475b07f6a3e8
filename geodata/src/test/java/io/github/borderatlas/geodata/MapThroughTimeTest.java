package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.TimelineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the bundled features are dated, so the atlas at 1870, 1980, 1998 and 2025 differs where
 * the sources say. Expected dates come from shared/reference/facts.md (S-codes on each line).
 */
class MapThroughTimeTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static boolean has(Atlas a, String id) {
    return a.find(id).isPresent();
  }

  @Test
  void modernInfrastructure_isAbsentIn1870_andPresentIn2025() {
    Atlas at1870 = ATLAS.asOf(LocalDate.of(1870, 1, 1));
    Atlas at2025 = ATLAS.asOf(LocalDate.of(2025, 1, 1));
    for (String id :
        new String[] {
          "crossing.khorgos", // reopened 16 Nov 1983 [S49]
          "crossing.altynkol", // opened Dec 2013 [S46b]
          "crossing.dostyk", // rail opened 20 July 1991 [S43]
          "place.khorgos-icbc", // operations began April 2012 [S47]
          "place.dostyk-waterworks", // in operation from early July 2013 [S93]
          "place.irtysh-karamay-canal-head", // water in 2008 [S63]
          "city.horgos", // established 26 Sept 2014 [S99]
          "place.tripoint-cn-ru-kz" // agreement in force 15 Jan 2000 [S12]
        }) {
      assertThat(has(at1870, id)).as(id + " in 1870").isFalse();
      assertThat(has(at2025, id)).as(id + " in 2025").isTrue();
    }
  }

  @Test
  void altynkol_isAbsentIn1998_khorgosPresent() {
    Atlas at1998 = ATLAS.asOf(LocalDate.of(1998, 1, 1));
    assertThat(has(at1998, "crossing.altynkol")).isFalse(); // Dec 2013 [S46b]
    assertThat(has(at1998, "crossing.khorgos")).isTrue(); // 1983 [S49]
    assertThat(has(ATLAS.asOf(LocalDate.of(2013, 11, 30)), "crossing.altynkol")).isFalse();
    assertThat(has(ATLAS.asOf(LocalDate.of(2013, 12, 1)), "crossing.altynkol")).isTrue();
  }

  @Test
  void settledSectors_disappearAfterTheirAgreement() {
    // settled by the 1998 Second Supplementary Agreement, signed 4 July 1998 [S9] [S6]
    assertThat(has(ATLAS.asOf(LocalDate.of(1998, 7, 3)), "sector.chogan-obo")).isTrue();
    assertThat(has(ATLAS.asOf(LocalDate.of(1998, 7, 4)), "sector.chogan-obo")).isFalse();
    // the dispute's start is not sourced: kept, marked unknown
    assertThat(ATLAS.find("sector.chogan-obo").orElseThrow().validity().isStartKnown()).isFalse();
  }

  /** Every place is dated or marked: none is silently "always there" except a natural lake. */
  @Test
  void everyPlace_hasASourcedStart_orAnUnknownOne() {
    for (Place p : ATLAS.places()) {
      boolean dated = p.validity().from().isPresent();
      boolean unknown = !p.validity().isStartKnown();
      assertThat(dated || unknown || p.id().equals("place.lake-zhalanashkol")).as(p.id()).isTrue();
      // the start is the opening where one is sourced, at its precision
      p.opened().ifPresent(o -> assertThat(p.validity().partialFrom()).as(p.id()).contains(o));
    }
  }

  /** Issue 10 §5: an export at 1980 holds no feature whose start is later. */
  @Test
  void exportAt1980_holdsNothingThatStartsLater(@TempDir Path dir) throws IOException {
    LocalDate d = LocalDate.of(1980, 1, 1);
    Path out = dir.resolve("at1980.geojson");
    AtlasGeoJson.write(ATLAS.asOf(d), out, EnumSet.allOf(Layer.class), 6);
    Atlas back = AtlasGeoJson.readFiles(java.util.List.of(out), null);
    assertThat(back.features()).isNotEmpty();
    for (AtlasFeature f : back.features()) {
      assertThat(f.validity().from().map(from -> !from.isAfter(d)).orElse(true))
          .as(f.id() + " starts " + f.validity())
          .isTrue();
      if (f instanceof TimelineEntry e) {
        assertThat(e.date().date()).as(f.id()).isBeforeOrEqualTo(d);
      }
    }
    assertThat(Files.readString(out)).doesNotContain("crossing.khorgos").contains("city.almaty");
  }
}
