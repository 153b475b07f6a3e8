package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.analysis.FigureInventory;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.DatedName;
import io.github.borderatlas.core.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled bibliography ({@code sources.json}) covers every citation of the bundled data: each
 * feature's, dated name's ({@code names.json}) and figure's free-text {@code source}, and each row
 * of {@code borders/published-border-lengths.csv}. A failure lists every citation without a record,
 * so that records can be added for new sources.
 */
class BibliographyConsistencyTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();
  private static final Bibliography BIB = ATLAS.bibliography();

  /** Where each citation text is used (first place), for the failure message. */
  private static Map<String, String> citations() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (AtlasFeature f : ATLAS.features()) {
      texts.putIfAbsent(f.provenance().source(), f.id());
    }
    for (DatedName n : ATLAS.datedNames()) {
      texts.putIfAbsent(n.source(), n.featureId() + " name " + n.names().english());
    }
    for (FigureInventory.Entry e : FigureInventory.of(ATLAS).entries()) {
      texts.putIfAbsent(e.figure().source(), e.owner() + " " + e.figure().quantity());
    }
    return texts;
  }

  @Test
  void everyCitationOfTheBundledDataResolvesToARecord() {
    List<String> unresolved = new ArrayList<>();
    citations()
        .forEach(
            (text, where) -> {
              Bibliography.Citation c = BIB.cite(text);
              if (!c.isResolved()) {
                unresolved.add(where + ": " + text + " (unknown ids " + c.unknownIds() + ")");
              }
            });
    assertThat(unresolved).as("citations without a bibliography record").isEmpty();
    // the data do cite: hand-compiled facts, OSM and GSHHG all resolve
    assertThat(BIB.cite(ATLAS.find(BundledIds.RIVER_ILI).orElseThrow().provenance().source()).ids())
        .containsExactly("gshhg");
  }

  @Test
  void everyRowOfThePublishedBorderLengthsHasARecordByAddress() throws IOException {
    List<String> missing = new ArrayList<>();
    int rows = 0;
    for (String line : resource("borders/published-border-lengths.csv").split("\n")) {
      if (line.startsWith("#") || line.startsWith("first,") || line.isBlank()) {
        continue;
      }
      rows++;
      String url = line.split(",")[4];
      if (BIB.cite(url).sources().isEmpty()) {
        missing.add(line);
      }
    }
    assertThat(rows).isGreaterThan(5);
    assertThat(missing).as("rows whose address has no record").isEmpty();
  }

  @Test
  void noRecordHasAShortenedOrMissingAddressWithoutSayingSo() {
    assertThat(BIB.records()).hasSizeGreaterThan(100);
    for (Source s : BIB.records()) {
      s.url().ifPresent(u -> assertThat(u).as(s.id()).doesNotContain("…").matches("https?://\\S+"));
      assertThat(s.title()).as(s.id()).doesNotContain("…");
      if (s.url().isEmpty()) {
        assertThat(s.note()).as(s.id() + " says why its address is missing").isNotBlank();
      }
    }
  }

  @Test
  void theRawFileHasNoEllipsisAtAll() throws IOException {
    assertThat(resource(ChinaKazakhstan.SOURCES_FILE)).doesNotContain("…");
  }

  /** The dataset records name the package versions that MANIFEST.json pins. */
  @Test
  void datasetRecordsMatchTheManifestPins() throws IOException {
    String manifest = resource("MANIFEST.json");
    Matcher m =
        Pattern.compile("\"package\" : \"([^\"]+)\",\\s*\"version\" : \"([^\"]+)\"")
            .matcher(manifest);
    int pins = 0;
    while (m.find()) {
      String pkg = m.group(1);
      String version = m.group(2);
      if (pkg.equals("gmt")) {
        continue; // the GMT program only cuts the GSHHG data; it is a tool, not a cited source
      }
      pins++;
      boolean named =
          BIB.records().stream()
              .anyMatch(
                  s ->
                      s.type().equals("dataset")
                          && s.title().contains(version)
                          && (s.title().contains(pkg) || s.url().orElse("").endsWith(pkg)));
      assertThat(named).as("a dataset record names " + pkg + " " + version).isTrue();
    }
    assertThat(pins).isGreaterThanOrEqualTo(2);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ChinaKazakhstan.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
