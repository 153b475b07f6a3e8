package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.DatedName;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Validity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10: the names-through-time file, and its errors named by place. */
class DatedNamesJsonTest {

  private static List<DatedName> read(String json) {
    return DatedNamesJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "names.json");
  }

  @Test
  void readsNamesWithTheirPeriodsAtTheirPrecision() {
    List<DatedName> names =
        read(
            "{\"names\": [{\"feature\": \"city.almaty\", \"name\": \"Alma-Ata\", \"name_ru\":"
                + " \"Алма-Ата\", \"valid_from\": \"1921\", \"valid_to\": \"1993\", \"source\":"
                + " \"s\"}, {\"feature\": \"x\", \"name\": \"X\", \"valid_from\": \"unknown\","
                + " \"source\": \"s\", \"note\": \"n\"}], \"other\": [1, 2]}");
    assertThat(names).hasSize(2);
    assertThat(names.get(0).names().russian()).contains("Алма-Ата");
    assertThat(names.get(0).validity())
        .isEqualTo(Validity.of(PartialDate.parse("1921"), PartialDate.parse("1993")));
    assertThat(names.get(1).validity().isStartKnown()).isFalse();
  }

  @Test
  void missingName_isNamedWithItsPlace() {
    assertThatThrownBy(
            () -> read("{\"names\": [\n {\"feature\": \"city.almaty\", \"source\": \"s\"}]}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("names.json")
        .hasMessageContaining("$.names[0]")
        .hasMessageContaining("missing member \"name\"");
  }

  @Test
  void badDate_unknownMember_wrongType_andMalformedJson_areNamed() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"names\": [{\"feature\": \"f\", \"name\": \"N\", \"source\": \"s\","
                        + " \"valid_to\": \"1993-13\"}]}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("1993-13");
    assertThatThrownBy(() -> read("{\"names\": [{\"feature\": \"f\", \"nmae\": \"N\"}]}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("unknown member \"nmae\"");
    assertThatThrownBy(() -> read("{\"names\": [{\"feature\": 3}]}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("$.names[0].feature");
    assertThatThrownBy(() -> read("{\"names\": {}}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("expected an array");
    assertThatThrownBy(() -> read("{\"names\": [{\"feature\": }"))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("malformed JSON");
  }
}
