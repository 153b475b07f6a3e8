package io.github.borderatlas.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters from input never reach a terminal as themselves. */
class TerminalTextTest {

  @Test
  void escapeClearScreenCarriageReturnAndLineFeed() {
    // ESC [2J clears the screen; CR returns to the line start; LF would forge a new output line
    String hostile = "id\u001b[2J\rERROR fake\nline";
    String escaped = TerminalText.escape(hostile);
    assertThat(escaped).isEqualTo("id\\u001b[2J\\rERROR fake\\nline");
    assertThat(escaped.chars().noneMatch(c -> c < 0x20)).isTrue();
    assertThat(TerminalText.isSafe(hostile)).isFalse();
    assertThat(TerminalText.isSafe(escaped)).isTrue();
  }

  @Test
  void escapesDelC1AndBidiControls_keepsOtherText() {
    assertThat(TerminalText.escape("a\u007fb\u009bc\u202ed\u2066e\u2028f\tg"))
        .isEqualTo("a\\u007fb\\u009bc\\u202ed\\u2066e\\u2028f\\tg");
    String plain = "Хоргос 霍尔果斯 C:\\data\\kz.geojson";
    assertThat(TerminalText.escape(plain)).isSameAs(plain);
    assertThat(TerminalText.escape(null)).isEqualTo("null");
    assertThat(TerminalText.isSafe(null)).isTrue();
  }
}
