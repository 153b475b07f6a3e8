package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Place;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 2: states and town names at a date, from names.json (each entry cites the page it
 * comes from; the dates asserted here are those pages' dates).
 */
class NamesThroughTimeTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static String name(String id, int year, int month, int day) {
    AtlasFeature f = ATLAS.find(id).orElseThrow();
    return ATLAS.namesOn(f, LocalDate.of(year, month, day)).english();
  }

  /** de.zxc.wiki/wiki/Almaty: Alma-Ata 1921-1993; Almaty since. */
  @Test
  void almaty_wasAlmaAta_until1993() {
    assertThat(name("city.almaty", 1880, 1, 1)).isEqualTo("Verny");
    assertThat(name("city.almaty", 1980, 1, 1)).isEqualTo("Alma-Ata");
    assertThat(name("city.almaty", 1992, 12, 31)).isEqualTo("Alma-Ata");
    assertThat(name("city.almaty", 1993, 1, 1)).isEqualTo("Almaty");
    // the current name stays the feature's own name (identify shows it)
    assertThat(ATLAS.find("city.almaty").orElseThrow().name()).isEqualTo("Almaty");
  }

  /** interfax.com 83178: Akmolinsk, Tselinograd 1961, Akmola 1992, Astana May 1998, ... */
  @Test
  void astana_sequence() {
    assertThat(name("city.astana", 1950, 1, 1)).isEqualTo("Akmolinsk");
    assertThat(name("city.astana", 1970, 1, 1)).isEqualTo("Tselinograd");
    assertThat(name("city.astana", 1997, 12, 10)).isEqualTo("Akmola");
    assertThat(name("city.astana", 1998, 5, 1)).isEqualTo("Astana");
    assertThat(name("city.astana", 2019, 3, 1)).isEqualTo("Nur-Sultan");
    assertThat(name("city.astana", 2022, 9, 1)).isEqualTo("Astana");
  }

  /** The state on each side: Qing / ROC / PRC; Russian Empire ... Kazakh SSR / Kazakhstan. */
  @Test
  void statesOnEachSide() {
    assertThat(name("country.CHN", 1900, 1, 1)).isEqualTo("Qing Empire");
    assertThat(name("country.CHN", 1912, 2, 12)).isEqualTo("Republic of China");
    assertThat(name("country.CHN", 1949, 10, 1)).isEqualTo("China");
    assertThat(name("country.KAZ", 1900, 1, 1)).isEqualTo("Russian Empire");
    assertThat(name("country.KAZ", 1930, 1, 1)).isEqualTo("Kazak ASSR (RSFSR)");
    assertThat(name("country.KAZ", 1960, 1, 1)).isEqualTo("Kazakh SSR (USSR)");
    assertThat(name("country.KAZ", 1991, 12, 16)).isEqualTo("Kazakhstan");
  }

  /** asOf names places as on the date; the export keeps the whole history. */
  @Test
  void exportAtADate_usesTheNameThen_andKeepsTheHistory() {
    Atlas at1980 = ATLAS.asOf(LocalDate.of(1980, 1, 1));
    Place almaty = at1980.find("city.almaty", Place.class).orElseThrow();
    assertThat(almaty.name()).isEqualTo("Alma-Ata");
    assertThat(almaty.names().russian()).contains("Алма-Ата");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtlasGeoJson.write(at1980, out, EnumSet.of(Layer.PLACE, Layer.COUNTRY), 6);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"name\":\"Alma-Ata\"")
        .contains("\"name_history\":[")
        .contains("\"name\":\"Kazakh SSR (USSR)\"")
        .contains("\"valid_to\":\"1993\"");
  }
}
