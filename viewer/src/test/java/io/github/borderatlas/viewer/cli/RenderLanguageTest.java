package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 10 item 5: {@code render --lang}. */
class RenderLanguageTest {

  private static byte[] render(String... extra) {
    String[] base = {"render", "--out", "-", "--width", "400", "--height", "300"};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    CliRunner r = CliRunner.run(ChinaKazakhstan::atlas, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.outBytes();
  }

  @Test
  void russianLabels_drawOtherPixelsThanEnglish() {
    assertThat(render("--lang", "ru")).isNotEqualTo(render("--lang", "en"));
    assertThat(render("--lang", "en")).isEqualTo(render());
  }

  @Test
  void unknownLanguage_isAUsageError_namingTheOption() {
    CliRunner r =
        CliRunner.run(ChinaKazakhstan::atlas, "render", "--out", "-", "--lang", "de\u001b[31m");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--lang").contains("en, kk, zh or ru").doesNotContain("\u001b");
    assertThat(r.noStackTrace()).isTrue();
  }
}
