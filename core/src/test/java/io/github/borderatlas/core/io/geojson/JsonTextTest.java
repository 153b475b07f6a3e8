package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void writesCompactJson_andReadsItBack() {
    Map<String, Object> figure = new LinkedHashMap<>();
    figure.put("quantity", "river.length");
    figure.put("value", 1439.0);
    figure.put("note", null);
    List<Object> value = List.of(figure, "Қазақстан", 7L, true);

    String text = JsonText.write(value);

    assertThat(text)
        .isEqualTo(
            "[{\"quantity\":\"river.length\",\"value\":1439.0,\"note\":null},\"Қазақстан\",7,true]");
    assertThat(JsonText.read(text, "t")).isEqualTo(value);
  }

  @Test
  void read_rejectsWhatIsNotOneJsonValue() {
    assertThatThrownBy(() -> JsonText.read("", "atlas.gpkg river.figures"))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("atlas.gpkg river.figures")
        .hasMessageContaining("no JSON value");
    assertThatThrownBy(() -> JsonText.read("[1] [2]", "s"))
        .hasMessageContaining("more than one JSON value");
    assertThatThrownBy(() -> JsonText.read("[1,", "s")).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> JsonText.read("{\"a\":1,\"a\":2}", "s"))
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void write_rejectsWhatJsonCannotHold() {
    assertThatThrownBy(() -> JsonText.write(List.of(Double.NaN))).isInstanceOf(InvalidValue.class);
  }

  @Test
  void looksStructured() {
    assertThat(JsonText.looksStructured(" [ ]")).isTrue();
    assertThat(JsonText.looksStructured("{}")).isTrue();
    assertThat(JsonText.looksStructured("(2:a,b)")).isFalse();
  }
}
