package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReadProgressTest {

  @Test
  void line_showsPercentAndMegabytes() {
    // 71.2 of 168.0 MB is 42 % (integer division, hand computed)
    assertThat(ReadProgress.line("big.geojson", 71_200_000, 168_000_000))
        .isEqualTo("Reading big.geojson: 42% (71.2 of 168.0 MB)");
    assertThat(ReadProgress.line("pipe", 5_000_000, -1)).isEqualTo("Reading pipe: 5.0 MB");
  }

  @Test
  void countsBytes_drawsWithCarriageReturns_andErasesAtTheEnd() throws IOException {
    StringWriter sw = new StringWriter();
    byte[] data = new byte[10_000];
    try (ReadProgress p =
        new ReadProgress(new ByteArrayInputStream(data), "f", data.length, new PrintWriter(sw))) {
      p.readAllBytes();
      assertThat(p.bytesRead()).isEqualTo(10_000);
      p.finish();
    }
    assertThat(sw.toString()).startsWith("\rReading f: ").endsWith("\r");
  }

  @Test
  void withoutATerminal_printsNothing() throws IOException {
    try (ReadProgress p =
        new ReadProgress(new ByteArrayInputStream(new byte[100]), "f", 100, null)) {
      assertThat(p.readAllBytes()).hasSize(100);
      p.finish();
    }
  }
}
