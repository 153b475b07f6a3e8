package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalLineTest {

  @Test
  void firstShowDrawsAtOnce_thenRedrawsAreThrottled_andEraseClearsTheLongestText() {
    StringWriter sw = new StringWriter();
    TerminalLine line = new TerminalLine(new PrintWriter(sw), true);
    line.show("Reading f: 10%");
    line.show("Reading f: 20%"); // within the interval: not drawn
    line.erase();
    assertThat(sw.toString()).isEqualTo("\rReading f: 10%\r" + " ".repeat(14) + "\r");
  }

  @Test
  void whenTheFirstDrawWaits_nothingIsDrawnAtOnce() {
    StringWriter sw = new StringWriter();
    TerminalLine line = new TerminalLine(new PrintWriter(sw), false);
    line.show("Converting f: 1%");
    line.erase();
    assertThat(sw.toString()).isEmpty();
  }

  @Test
  void withoutATerminal_isSilent() {
    TerminalLine line = new TerminalLine(null, true);
    line.show("x");
    line.erase();
    assertThat(line.enabled()).isFalse();
  }
}
