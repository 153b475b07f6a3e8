package io.github.borderatlas.pipeline.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.pipeline.PipelineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  @TempDir Path dir;

  private static Manifest sample() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("window_m", 2000.0);
    params.put("points", List.of(List.of(80.5, 43.8)));
    return new Manifest(
        List.of(
            new Manifest.Input(
                "rivers",
                "debian",
                "gmt-gshhg-full",
                "2.3.7-6",
                "f.nc",
                "ab",
                "LGPL-3.0-or-later")),
        params,
        List.of(new Manifest.Output("rivers.geojson", "cd", 10, 2)),
        List.of("river.ili: 634.3 km"));
  }

  @Test
  void jsonIsTheSameBytesEveryTimeAndHoldsEveryPart() {
    byte[] a = sample().toJson();
    assertThat(sample().toJson()).isEqualTo(a);
    String s = new String(a, StandardCharsets.UTF_8);
    assertThat(s)
        .contains(
            "\"package\" : \"gmt-gshhg-full\"",
            "\"window_m\" : 2000.0",
            "\"sha256\" : \"cd\"",
            "\"features\" : 2",
            "river.ili: 634.3 km")
        .endsWith("}\n");
  }

  @Test
  void inputsAreReadFromTabSeparatedLines() throws IOException {
    Path tsv = dir.resolve("inputs.tsv");
    Files.writeString(tsv, "# comment\nn\tnpm\tpkg\t1.0\tp.tgz\tff\tODbL-1.0\n\n");
    assertThat(Manifest.readInputs(tsv))
        .containsExactly(new Manifest.Input("n", "npm", "pkg", "1.0", "p.tgz", "ff", "ODbL-1.0"));
  }

  @Test
  void wrongColumnCountNamesFileAndLine() throws IOException {
    Path tsv = dir.resolve("inputs.tsv");
    Files.writeString(tsv, "n\tnpm\tpkg\t1.0\tp.tgz\tff\tODbL-1.0\nshort\tline\n");
    assertThatThrownBy(() -> Manifest.readInputs(tsv))
        .isInstanceOf(PipelineException.class)
        .hasMessage("inputs.tsv:2: expected 7 tab-separated columns, got 2");
  }

  /** sha256sum of the ASCII bytes "abc" (FIPS 180-2 example). */
  @Test
  void sha256MatchesTheStandardExample() throws IOException {
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Path f = dir.resolve("abc");
    Files.writeString(f, "abc");
    assertThat(Sha256.of(f)).isEqualTo(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)));
  }
}
