package io.github.borderatlas.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.borderatlas.core.analysis.Finding;
import io.github.borderatlas.core.analysis.FindingCodes;
import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.analysis.ValidationReport;
import io.github.borderatlas.core.io.convert.ConvertOptions;
import io.github.borderatlas.core.io.convert.ConvertResult;
import io.github.borderatlas.core.io.convert.GeoJsonConverter;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadLimits;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fuzz target over hostile GeoJSON: the reader, the validator and {@code convert}. Only a {@link
 * GeoJsonException} with a location may come out of reading or converting; anything else (a
 * NullPointerException, ClassCastException, StackOverflowError, OutOfMemoryError, a JTS exception,
 * an AssertionError of the invariants below) is a finding.
 *
 * <p>Invariants checked on every input the reader accepts: the validator never throws; {@code
 * convert} accepts it too and writes as many features as were read; its output reads back with the
 * same count and converts again to the very same bytes (rounding and rewinding are idempotent);
 * and, where the validator finds the output geometry valid, no ring has the wrong winding. The
 * conversion options (decimals, where, bbox) are derived from a hash of the input, so mutations
 * also vary them.
 *
 * <p>Regression mode (every {@code mvn verify}): runs the committed corpus in {@code
 * src/test/resources/io/github/borderatlas/core/fuzz/GeoJsonFuzzTestInputs/readValidateConvert/}
 * (valid and broken files, see {@code corpus.tsv} there and {@link FuzzCorpusTest}), without
 * Jazzer's agent ({@code jazzer.hooks=false} in {@code junit-platform.properties}). A campaign of
 * five minutes (the {@code maxDuration}) with coverage instrumentation, continuing after up to ten
 * findings:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -Dba.target=target-fuzz -pl core test -Dtest=GeoJsonFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.keep_going=10
 * </pre>
 *
 * New coverage goes to {@code core/.cifuzz-corpus/} (git-ignored), findings to {@code crash-*}
 * files in the inputs directory above: rename each to {@code bad-found-*.json} (or {@code
 * ok-found-*}), add it to {@code corpus.tsv} and fix the cause, so it stays a regression test.
 * Limits are small so resource attacks are cheap to reach.
 */
class GeoJsonFuzzTest {

  /** Small limits: the fuzzer reaches them with short inputs. */
  static final ReadLimits LIMITS =
      ReadLimits.builder()
          .maxNestingDepth(16)
          .maxNumberLength(40)
          .maxStringLength(2_000)
          .maxNameLength(200)
          .maxVerticesPerFeature(2_000)
          .maxFeatureBytes(64 * 1024)
          .maxPropertyValues(500)
          .build();

  static final String SOURCE = "fuzz.geojson";

  private static final GeoJsonReader READER =
      new GeoJsonReader(ReadOptions.builder().limits(LIMITS).build());

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = "geojson.dict")
  void readValidateConvert(byte[] data) {
    List<GeoJsonFeature> features;
    try {
      features = READER.readAll(new ByteArrayInputStream(data), SOURCE);
    } catch (GeoJsonException e) {
      assertLocated(e);
      return;
    }
    ValidationReport report = GeoJsonFeatureValidator.validate(features);
    assertThat(report).isNotNull();
    validateLeniently(data);

    ConvertOptions plain = ConvertOptions.builder().limits(LIMITS).decimals(decimals(data)).build();
    byte[] once = convert(plain, data);
    List<GeoJsonFeature> back = READER.readAll(new ByteArrayInputStream(once), "once");
    assertThat(back).hasSize(features.size());
    assertThat(convert(plain, once)).as("converting the output again").isEqualTo(once);
    assertWound(back);

    ConvertOptions filtered = filtered(data);
    if (filtered != null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ConvertResult r =
          new GeoJsonConverter(filtered)
              .convert(new ByteArrayInputStream(data), SOURCE, out, "filtered");
      assertThat(r.featuresRead()).isEqualTo(features.size());
      assertThat(READER.readAll(new ByteArrayInputStream(out.toByteArray()), "filtered"))
          .hasSize((int) r.featuresWritten());
    }
  }

  /**
   * As {@code validate} reads: a lenient reader and {@link GeoJsonFeatureValidator#validateAll}
   * never throw for bad GeoJSON (a broken rule is the last finding), and every finding has a place.
   */
  private static void validateLeniently(byte[] data) {
    GeoJsonReader lenient =
        new GeoJsonReader(ReadOptions.builder().limits(LIMITS).lenient(true).build());
    try (FeatureStream s = lenient.open(new ByteArrayInputStream(data), SOURCE)) {
      GeoJsonFeatureValidator.streaming()
          .validateAll(s, f -> assertThat(f.location().describe()).as(f.toString()).isNotEmpty());
    }
  }

  /** A reader error names the source and a line (or, for a structural error, a JSON path). */
  static void assertLocated(GeoJsonException e) {
    assertThat(e.source()).as(e.getMessage()).isEqualTo(SOURCE);
    assertThat(e.line() > 0 || e.jsonPath() != null).as(e.getMessage()).isTrue();
    assertThat(e.problem()).as(e.getMessage()).isNotBlank();
  }

  private static byte[] convert(ConvertOptions options, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConvertResult r =
        new GeoJsonConverter(options).convert(new ByteArrayInputStream(data), SOURCE, out, "out");
    assertThat(r.featuresSkipped()).isZero();
    return out.toByteArray();
  }

  /** No RING_WINDING finding in a geometry the validator otherwise finds valid. */
  private static void assertWound(List<GeoJsonFeature> written) {
    for (Finding f : GeoJsonFeatureValidator.validate(written).findings()) {
      if (f.code().equals(FindingCodes.RING_WINDING)) {
        Set<String> codes =
            GeoJsonFeatureValidator.validate(List.of(written.get(f.location().featureIndex())))
                .findings()
                .stream()
                .map(Finding::code)
                .collect(Collectors.toSet());
        assertThat(codes).as(f.toString()).contains(FindingCodes.INVALID_GEOMETRY);
      }
    }
  }

  private static int decimals(byte[] data) {
    return Math.floorMod(Arrays.hashCode(data), 16);
  }

  /** Where and/or bbox options from the input's hash, or {@code null} for none. */
  private static ConvertOptions filtered(byte[] data) {
    int h = Arrays.hashCode(data);
    if ((h & 0x30) == 0) {
      return null;
    }
    ConvertOptions.Builder b = ConvertOptions.builder().limits(LIMITS).decimals(decimals(data));
    if ((h & 0x10) != 0) {
      b.where("A3=KAZ,CHN,1");
    }
    if ((h & 0x20) != 0) {
      double west = Math.floorMod(h >> 8, 361) - 180;
      double east = Math.floorMod(h >> 16, 361) - 180;
      double south = Math.floorMod(h >> 24, 91) - 90;
      b.bbox(west, south, east, south + Math.floorMod(h >> 4, 90));
    }
    return b.build();
  }
}
