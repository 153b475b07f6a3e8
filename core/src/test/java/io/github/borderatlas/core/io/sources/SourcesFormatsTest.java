package io.github.borderatlas.core.io.sources;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SourcesFormatsTest {

  private static final String RECORD =
      "{\"id\":\"S1\",\"type\":\"webpage\",\"title\":\"A & B: 100% #1 under_score {x}\","
          + "\"title_known\":true,\"publisher\":\"Wiki\",\"url\":\"https://e.org/a_b%20c\","
          + "\"url_known\":true,\"issued\":\"2015-01\",\"accessed\":\"unknown\",\"language\":\"en\","
          + "\"supports\":\"s\",\"note\":\"\"}";
  private static final String UNKNOWN_URL =
      "{\"id\":\"S75\",\"type\":\"article-newspaper\",\"title\":\"an item\",\"title_known\":false,"
          + "\"publisher\":\"not known\",\"url\":null,\"url_known\":false,\"issued\":\"1883\","
          + "\"accessed\":\"2026-12-05\",\"language\":\"und\",\"supports\":\"s\","
          + "\"note\":\"stored without an address\",\"aliases\":[\"Tengrinews\"]}";

  static Bibliography read(String json) {
    return SourcesJson.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "sources.json");
  }

  private static final Bibliography BIB =
      read("{\"about\":\"x\",\"sources\":[" + RECORD + "," + UNKNOWN_URL + "]}");

  @Test
  void readsRecordsKeepingDatePrecisionAndUnknowns() {
    Source s1 = BIB.find("S1").orElseThrow();
    assertThat(s1.issued().orElseThrow().toString()).isEqualTo("2015-01");
    assertThat(s1.accessed()).isEmpty();
    Source s75 = BIB.find("S75").orElseThrow();
    assertThat(s75.url()).isEmpty();
    assertThat(s75.publisher()).isEmpty();
    assertThat(s75.titleKnown()).isFalse();
    assertThat(s75.aliases()).containsExactly("Tengrinews");
  }

  @Test
  void errorsNameTheFileAndPath() {
    String badDate = RECORD.replace("\"2015-01\"", "\"Jan 2015\"");
    assertThatThrownBy(() -> read("{\"sources\":[" + badDate + "]}"))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("sources.json:1:")
        .hasMessageContaining("$.sources[0].issued")
        .hasMessageContaining("\"unknown\"");
    String urlMismatch = RECORD.replace("\"url_known\":true", "\"url_known\":false");
    assertThatThrownBy(() -> read("{\"sources\":[" + urlMismatch + "]}"))
        .hasMessageContaining("$.sources[0].url");
    String missing = RECORD.replace(",\"note\":\"\"", "");
    assertThatThrownBy(() -> read("{\"sources\":[" + missing + "]}"))
        .hasMessageContaining("missing member \"note\"");
    String extra = RECORD.replace("\"note\":\"\"", "\"note\":\"\",\"doi\":\"x\"");
    assertThatThrownBy(() -> read("{\"sources\":[" + extra + "]}"))
        .hasMessageContaining("unknown member \"doi\"");
    assertThatThrownBy(
            () ->
                read("{\"sources\":[" + RECORD.replace("https://e.org", "https://e.org/…") + "]}"))
        .hasMessageContaining("shortened address");
    assertThatThrownBy(() -> read("{\"x\":1}")).hasMessageContaining("missing member \"sources\"");
    assertThatThrownBy(() -> read("[")).hasMessageContaining("expected an object");
    assertThatThrownBy(() -> read("{\"sources\":[" + RECORD))
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void cslJsonKeepsPrecisionInDatePartsAndLeavesOutWhatIsUnknown() throws IOException {
    StringWriter out = new StringWriter();
    CslJson.write(BIB, out);
    String csl = out.toString();
    // 2015-01 has two date parts, 1883 one, 2026-12-05 three (the precision of the record)
    assertThat(csl.replaceAll("\\s", ""))
        .contains("\"issued\":{\"date-parts\":[[2015,1]]}")
        .contains("\"issued\":{\"date-parts\":[[1883]]}")
        .contains("\"accessed\":{\"date-parts\":[[2026,12,5]]}")
        .contains("\"title\":\"[anitem]\"")
        .contains("\"container-title\":\"Wiki\"");
    assertThat(csl).contains("address not known").contains("date accessed unknown");
    assertThat(csl).doesNotContain("\"language\" : \"und\"");
  }

  @Test
  void bibTexEscapesSpecialCharactersAndIsBalanced() throws IOException {
    StringWriter out = new StringWriter();
    BibTex.write(BIB, out);
    String bib = out.toString();
    assertThat(bib)
        .contains("@online{S1,")
        .contains("@misc{S75,")
        .contains("title = {A \\& B: 100\\% \\#1 under\\_score \\{x\\}}")
        .contains("url = {https://e.org/a_b%20c}")
        .contains("date = {2015-01}")
        .contains("urldate = {2026-12-05}");
    int depth = 0;
    for (int i = 0; i < bib.length(); i++) {
      char c = bib.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        assertThat(depth).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(depth).isZero();
    assertThat(BibTex.escape("a\u0007b~^\\"))
        .isEqualTo("ab\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
    assertThat(BibTex.key("wp.KAZ-KGZ x")).isEqualTo("wp.KAZ-KGZ-x");
  }
}
