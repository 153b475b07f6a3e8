package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureLabelsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "border.length.total          | Total length",
        "river.flow.from-china        | Flow formed in China",
        "river.withdrawal.china       | Withdrawn in China",
        "icbc.area.total              | Icbc area total",
        "khorgos-gateway.tracks       | Khorgos gateway tracks"
      })
  void label_namesKnownKeys_andSpellsOutOthers(String key, String label) {
    assertThat(FigureLabels.label(key)).isEqualTo(label);
  }

  /** Source strings as written in the dataset (figures.json, the pipeline's river catalogue). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "facts.md S1 en.wikipedia.org/wiki/China–Kazakhstan_border | S1",
        "S78 en.m.wikipedia.org/wiki/Emil_(river)                  | S78",
        "T25 de.m.wikipedia.org./wiki/Qorghas (treaty-line.md)     | T25",
        "S43b thereaderwiki.com/sco/Dostyk                         | S43b",
        "Seed article 'China–Kazakhstan relations' (Wikipedia)     | Seed article 'China–Kaz…",
        "measured by BorderAtlas                                   | measured by BorderAtlas"
      })
  void sourceTag_isTheFirstSourceNumber(String source, String tag) {
    assertThat(FigureLabels.sourceTag(source)).isEqualTo(tag);
  }
}
