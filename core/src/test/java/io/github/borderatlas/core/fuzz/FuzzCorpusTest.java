package io.github.borderatlas.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed corpus means what {@code corpus.tsv} says: each {@code ok-*} file reads with the stated
 * number of features and each {@code bad-*} file fails at the stated place (line:column and JSON
 * path) with a problem containing the stated fragment, so the corpus keeps covering every error the
 * reader reports. The places were recorded from the reader and checked by hand against the files
 * (e.g. {@code bad-longitude-181.json}: the 181 is on line 3, in the second feature).
 */
class FuzzCorpusTest {

  private static final String INPUTS = "GeoJsonFuzzTestInputs/readValidateConvert/";

  static Map<String, String> expectations() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = FuzzCorpusTest.class.getResourceAsStream("corpus.tsv")) {
      assertThat(in).as("corpus.tsv on the test class path").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return out;
  }

  static Stream<Map.Entry<String, String>> entries() throws IOException {
    return expectations().entrySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void corpusFile_doesWhatTheManifestSays(Map.Entry<String, String> entry) throws IOException {
    byte[] data;
    try (InputStream in = FuzzCorpusTest.class.getResourceAsStream(INPUTS + entry.getKey())) {
      assertThat(in).as(entry.getKey()).isNotNull();
      data = in.readAllBytes();
    }
    GeoJsonReader reader =
        new GeoJsonReader(ReadOptions.builder().limits(GeoJsonFuzzTest.LIMITS).build());
    String expected = entry.getValue();
    if (expected.startsWith("OK ") && expected.contains("\tvalidate ")) {
      String codes = expected.substring(expected.indexOf("\tvalidate ") + "\tvalidate ".length());
      expected = expected.substring(0, expected.indexOf('\t'));
      assertThat(validationCodes(data))
          .as(entry.getKey())
          .containsExactlyInAnyOrderElementsOf(
              codes.equals("-") ? List.of() : List.of(codes.split(",")));
    }
    try {
      int n = reader.readAll(new ByteArrayInputStream(data), GeoJsonFuzzTest.SOURCE).size();
      assertThat("OK " + n).isEqualTo(expected);
    } catch (GeoJsonException e) {
      if (expected.startsWith("OK ")) {
        fail(entry.getKey() + " should read, but: " + e.getMessage());
      }
      int tab = expected.indexOf('\t');
      String place = expected.substring(0, tab);
      assertThat(e.getMessage())
          .startsWith(GeoJsonFuzzTest.SOURCE + ":" + place + ": ")
          .contains(expected.substring(tab + 1));
      GeoJsonFuzzTest.assertLocated(e);
    }
  }

  @Test
  void everyCorpusFile_isInTheManifest_andTheManifestCoversGoodAndBad()
      throws IOException, URISyntaxException {
    Path dir = Path.of(FuzzCorpusTest.class.getResource(INPUTS).toURI());
    Map<String, String> expected = expectations();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    assertThat(expected.keySet().stream().filter(n -> n.startsWith("ok-"))).hasSizeGreaterThan(20);
    assertThat(expected.keySet().stream().filter(n -> n.startsWith("bad-"))).hasSizeGreaterThan(60);
  }

  /** The distinct finding codes of {@code validate} on the data, in no particular order. */
  private static Set<String> validationCodes(byte[] data) {
    Set<String> codes = new TreeSet<>();
    GeoJsonReader lenient =
        new GeoJsonReader(
            ReadOptions.builder().limits(GeoJsonFuzzTest.LIMITS).lenient(true).build());
    try (FeatureStream s = lenient.open(new ByteArrayInputStream(data), GeoJsonFuzzTest.SOURCE)) {
      GeoJsonFeatureValidator.streaming().validateAll(s, f -> codes.add(f.code()));
    }
    return codes;
  }
}
