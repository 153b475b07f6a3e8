package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.core.analysis.FigureInventory;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources} (table, CSL-JSON, BibTeX), {@code stats --sources} and {@code figures --csv}. */
class SourcesCommandsTest {

  private static final Atlas BUNDLED = ChinaKazakhstan.atlas();

  /** CSL-JSON item types (CSL 1.0.2 schema, csl-data.json "type" enum) used by the records. */
  private static final Set<String> CSL_TYPES =
      Set.of(
          "article",
          "article-journal",
          "article-magazine",
          "article-newspaper",
          "book",
          "dataset",
          "document",
          "entry-encyclopedia",
          "legislation",
          "report",
          "webpage");

  @Test
  void cslJsonParsesAndEveryItemHasTheRequiredFields() throws IOException {
    CliRunner r = CliRunner.run(() -> BUNDLED, "sources", "--csl");
    assertThat(r.code()).isZero();
    List<Map<String, Object>> items = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_OBJECT) {
        Map<String, Object> item = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_OBJECT) {
            // a date: {"date-parts": [[y(, m(, d))]]}, 1 to 3 integer parts
            assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
            assertThat(p.currentName()).isEqualTo("date-parts");
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            int parts = 0;
            while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
              parts++;
            }
            assertThat(parts).isBetween(1, 3);
            p.nextToken();
            p.nextToken();
            item.put(name, parts);
          } else {
            item.put(name, p.getText());
          }
        }
        items.add(item);
      }
    }
    assertThat(items).hasSize(BUNDLED.bibliography().records().size());
    for (Map<String, Object> item : items) {
      assertThat(item).containsKeys("id", "type", "title", "note");
      assertThat(CSL_TYPES).contains((String) item.get("type"));
      if (item.containsKey("URL")) {
        assertThat((String) item.get("URL")).startsWith("http").doesNotContain("…");
      }
    }
    // S11: signed 1997-09-24 (facts.md, Wikisource text) -> three date parts, day precision kept;
    // T11: an 1883 description -> one part
    assertThat(items.stream().filter(i -> i.get("id").equals("S11")).findFirst().orElseThrow())
        .containsEntry("issued", 3);
    assertThat(items.stream().filter(i -> i.get("id").equals("T11")).findFirst().orElseThrow())
        .containsEntry("issued", 1);
  }

  @Test
  void bibTexHasOneBalancedEntryPerRecordAndEscapesText() {
    CliRunner r = CliRunner.run(() -> BUNDLED, "sources", "--bibtex");
    assertThat(r.code()).isZero();
    String bib = r.out();
    long entries =
        bib.lines().filter(l -> l.startsWith("@online{") || l.startsWith("@misc{")).count();
    assertThat(entries).isEqualTo(BUNDLED.bibliography().records().size());
    for (String line : bib.lines().toList()) {
      if (line.startsWith("  url = ") || line.startsWith("%")) {
        continue; // addresses are verbatim for the url package
      }
      // no unescaped & % # _ in text fields
      assertThat(line).as(line).doesNotContainPattern("(?<!\\\\)[&%#_]");
    }
    int depth = 0;
    for (int i = 0; i < bib.length(); i++) {
      char c = bib.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      assertThat(depth).isGreaterThanOrEqualTo(0);
    }
    assertThat(depth).isZero();
  }

  @Test
  void theTableLeadsWithTitlesAndSaysWhatIsNotKnown() {
    CliRunner table = CliRunner.run(() -> BUNDLED, "sources");
    CliRunner stats = CliRunner.run(() -> BUNDLED, "stats", "--sources");
    assertThat(table.code()).isZero();
    assertThat(stats.out()).isEqualTo(table.out());
    // S1 is the English Wikipedia article "China–Kazakhstan border" (facts.md source list)
    assertThat(table.out())
        .contains("S1        China–Kazakhstan border (date unknown)")
        .contains("address not known: facts.md stores this address shortened");
  }

  @Test
  void sourcesWritesAFileAtomicallyAndReports(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("atlas.bib");
    CliRunner r = CliRunner.run(() -> BUNDLED, "sources", "--bibtex", "--out", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Wrote " + BUNDLED.bibliography().records().size() + " sources");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("@online{S13,");
    CliRunner bad =
        CliRunner.run(() -> BUNDLED, "sources", "--out", dir.resolve("no/x").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot write");
  }

  @Test
  void figuresCsvHasOneRowPerPublishedAndMeasuredFigure() throws IOException {
    CliRunner r = CliRunner.run(() -> BUNDLED, "figures", "--csv");
    assertThat(r.code()).isZero();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(r.out()))
            .getRecords();
    int published = BUNDLED.figures().all().size();
    for (var f : BUNDLED.features()) {
      if (f instanceof io.github.borderatlas.core.model.River river) {
        published += river.figures().all().size();
      } else if (f instanceof io.github.borderatlas.core.model.Lake lake) {
        published += lake.figures().all().size();
      } else if (f instanceof io.github.borderatlas.core.model.DisputedSector s) {
        published += s.figures().all().size();
      }
    }
    long measuredBorder =
        rows.stream()
            .filter(row -> row.get("owner").equals(FigureInventory.ATLAS))
            .filter(row -> row.get("confidence").equals("measured"))
            .count();
    // total, land and water lengths measured by LengthReconciliation (stats shows the same three)
    assertThat(measuredBorder).isGreaterThanOrEqualTo(3);
    assertThat(rows).hasSize(published + (int) measuredBorder);
    for (CSVRecord row : rows) {
      assertThat(row.size()).isEqualTo(FiguresCommand.HEADER.length);
      assertThat(row.get("source_ids")).as(row.get("source")).isNotEmpty();
    }
    // the Ili's length 1439 km cites S70 and S71 (rivers.geojson, facts.md §4 Ili)
    assertThat(rows)
        .anyMatch(
            row ->
                row.get("owner").equals("river.ili")
                    && row.get("quantity").equals("river.length")
                    && row.get("value").equals("1439")
                    && row.get("source_ids").equals("S70;S71"));
  }
}
