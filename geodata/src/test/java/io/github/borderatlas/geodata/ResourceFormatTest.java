package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated files are deterministic text: UTF-8, LF line ends, at most 6 decimals. */
class ResourceFormatTest {

  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+\\.(\\d+)(?![\\w.])");

  @ParameterizedTest
  @ValueSource(strings = {"places.geojson", "timeline.geojson", "sectors.geojson", "figures.json"})
  void curatedFileIsCanonicalText(String name) throws IOException {
    String text;
    try (InputStream in = ChinaKazakhstan.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(text).doesNotContain("\r").doesNotContain("\t").endsWith("}\n");
    // numbers outside strings: strip string literals first, then look at every decimal
    String numbers = text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    Matcher m = NUMBER.matcher(numbers);
    int count = 0;
    while (m.find()) {
      count++;
      assertThat(m.group(1).length()).as(name + ": " + m.group()).isLessThanOrEqualTo(6);
    }
    assertThat(count).isPositive();
  }
}
