package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 4: the cartouche's text at dates of the bundled atlas. States from names.json
 * (sourced there), instruments from InstrumentsInForce (facts.md S5, S10, S102).
 */
class CartoucheTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @Test
  void in1875_qingAndRussianEmpire_andTheIliOccupation() {
    List<String> lines = Cartouche.lines(ATLAS, LocalDate.of(1875, 1, 1));
    assertThat(lines.get(0)).isEqualTo("Map at 1875-01-01");
    assertThat(lines)
        .contains("China side: Qing Empire", "Kazakhstan side: Russian Empire")
        .contains("Note: Russian occupation of the Ili (Kuldja) region")
        .contains("Line drawn: today's demarcated line");
  }

  @Test
  void in1960_prcAndKazakhSsr() {
    assertThat(Cartouche.lines(ATLAS, LocalDate.of(1960, 1, 1)))
        .contains("China side: China", "Kazakhstan side: Kazakh SSR (USSR)")
        .noneMatch(l -> l.startsWith("Note:"));
  }

  @Test
  void in2025_listsTheInstruments_compactly() {
    List<String> lines = Cartouche.lines(ATLAS, LocalDate.of(2025, 1, 1));
    assertThat(lines).contains("Kazakhstan side: Kazakhstan");
    assertThat(lines).anyMatch(l -> l.startsWith("In force ("));
    assertThat(lines).anyMatch(l -> l.startsWith("  … and ") && l.endsWith(" more"));
    assertThat(lines).contains("  * in force, date not sourced");
    assertThat(lines.size()).isLessThanOrEqualTo(12);
    assertThat(lines).allMatch(l -> l.length() <= Cartouche.MAX_CHARS + 2);
  }
}
