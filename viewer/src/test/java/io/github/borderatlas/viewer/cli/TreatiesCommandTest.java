package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: {@code treaties --date} on the bundled atlas. Expected instruments and dates from
 * shared/reference/facts.md §1: the 1994 agreement (signed 26 Apr 1994 [S5], entry into force not
 * found), the 1997 Supplementary Agreement (in force 7 April 1999 [S102]), the 1998 Second
 * Supplementary Agreement (signed 4 July 1998 [S9], entry into force not found), the 1881 Treaty of
 * Saint Petersburg (signed 24 Feb 1881 [S24]).
 */
class TreatiesCommandTest {

  private static CliRunner treaties(String... args) {
    List<String> all = new ArrayList<>(List.of("treaties"));
    all.addAll(List.of(args));
    return CliRunner.run(ChinaKazakhstan::atlas, all.toArray(String[]::new));
  }

  /** Each instrument's id with its entry into force (null when not sourced), from the JSON. */
  private static Map<String, String> inForce(String date) throws IOException {
    CliRunner r = treaties("--date", date, "--json");
    assertThat(r.code()).isZero();
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      String id = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.FIELD_NAME || p.getParsingContext().getParent().getParent() == null) {
          continue;
        }
        boolean instrumentLevel =
            "instruments".equals(p.getParsingContext().getParent().getParent().getCurrentName());
        if (instrumentLevel && p.currentName().equals("id")) {
          id = p.nextTextValue();
        } else if (instrumentLevel && p.currentName().equals("entry_into_force")) {
          p.nextToken();
          out.put(id, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
    }
    return out;
  }

  @Test
  void in2025_theBorderAgreementAndBothSupplementaryAgreements() throws IOException {
    Map<String, String> at2025 = inForce("2025-01-01");
    assertThat(at2025)
        .containsEntry("treaty.1994-border-agreement", null)
        .containsEntry("treaty.1997-supplementary", "1999-04-07")
        .containsEntry("treaty.1998-second-supplementary", null);
  }

  @Test
  void in1993_noneOfThem() throws IOException {
    assertThat(inForce("1993-06-01"))
        .doesNotContainKeys(
            "treaty.1994-border-agreement",
            "treaty.1997-supplementary",
            "treaty.1998-second-supplementary");
  }

  @Test
  void in1900_theTreatyOfSaintPetersburg() throws IOException {
    assertThat(inForce("1900-01-01"))
        .containsKey("treaty.1881-saint-petersburg")
        .doesNotContainKey("treaty.1994-border-agreement");
  }

  /** Signed 24 Sept 1997 [S10], in force only from 7 April 1999 [S102]. */
  @Test
  void signedButNotYetInForce_isNotListed() throws IOException {
    assertThat(inForce("1998-01-01")).doesNotContainKey("treaty.1997-supplementary");
    assertThat(inForce("1999-04-07")).containsKey("treaty.1997-supplementary");
  }

  @Test
  void text_saysWhenTheDateIsNotSourced_withTheRatification() {
    CliRunner r = treaties("--date", "2025-01-01");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Instruments in force on 2025-01-01")
        .contains("1994-04-26  Agreement on the Kazakh")
        .contains("in force, date not sourced (signed 1994-04-26; ")
        .contains("1995-06-15") // Presidential Decree No. 2331 [S5]
        .contains("in force since 1999-04-07");
    assertThat(treaties("--date", "1700-01-01").out()).contains("No instrument in force on");
  }

  /** Sources are cited from the bibliography by title and full address (issue 11 §3). */
  @Test
  void text_citesSourcesByTitleAndFullAddress_json_byBibliographyId() {
    String text = treaties("--date", "1900-01-01").out();
    // the Protocol of Chuguchak cites S23 as "S23 …dweb.link/wiki/Treaty_of_Tarbagatai" in the data
    assertThat(text).doesNotContain("…").contains("https://");
    assertThat(treaties("--date", "1900-01-01", "--json").out())
        .contains("\"source_ids\" : [ \"S21\", \"S22\", \"S23\"");
  }

  @Test
  void badDate_isAUsageError_withoutAStackTrace() {
    CliRunner r = treaties("--date", "1994-13-01");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--date");
    assertThat(r.noStackTrace()).isTrue();
  }
}
