package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 5: the label language picks the name in that language, English where it is missing.
 * Names from the bundled places.geojson and names.json.
 */
class LabelLanguageTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @Test
  void picksTheLanguage_orEnglish() {
    AtlasFeature almaty = ATLAS.find("city.almaty").orElseThrow();
    assertThat(LabelLanguage.CHINESE.pick(Atlas.namesOf(almaty))).isEqualTo("阿拉木图");
    assertThat(LabelLanguage.KAZAKH.pick(Atlas.namesOf(almaty))).isEqualTo("Алматы");
    assertThat(LabelLanguage.ENGLISH.pick(Atlas.namesOf(almaty))).isEqualTo("Almaty");
    // in 1980 the city was Alma-Ata: names.json gives the Russian form only
    var at1980 = ATLAS.namesOn(almaty, LocalDate.of(1980, 1, 1));
    assertThat(LabelLanguage.RUSSIAN.pick(at1980)).isEqualTo("Алма-Ата");
    assertThat(LabelLanguage.CHINESE.pick(at1980)).isEqualTo("Alma-Ata");
  }

  @Test
  void codes() {
    assertThat(LabelLanguage.fromCode(" ZH ")).isEqualTo(LabelLanguage.CHINESE);
    assertThat(LabelLanguage.RUSSIAN.code()).isEqualTo("ru");
    assertThatThrownBy(() -> LabelLanguage.fromCode("de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("en, kk, zh or ru");
    assertThat(RenderOptions.DEFAULT.language()).isEqualTo(LabelLanguage.ENGLISH);
    assertThat(RenderOptions.DEFAULT.withLanguage(LabelLanguage.KAZAKH).withDate(null).language())
        .isEqualTo(LabelLanguage.KAZAKH);
  }
}
