package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTest {

  /** WCAG 2.x: black on white is 21:1; #767676 on white is the classic 4.54:1 AA boundary. */
  @Test
  void contrast_matchesTheWcagReferenceValues() {
    assertThat(Theme.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(1e-9));
    assertThat(Theme.contrast(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, within(0.01));
    assertThat(Theme.contrast(Color.RED, Color.RED)).isEqualTo(1.0);
  }

  /** FlatLaf's default backgrounds: light #F2F2F2, dark #3C3F41 (FlatLaf 3 theme files). */
  @ParameterizedTest(name = "#{0} dark={1}")
  @CsvSource({"F2F2F2, false", "FFFFFF, false", "3C3F41, true", "2B2B2B, true"})
  void isDark_tellsTheThemesApart(String hex, boolean dark) {
    assertThat(Theme.isDark(new Color(Integer.parseInt(hex, 16)))).isEqualTo(dark);
  }

  @ParameterizedTest(name = "{0} on #{1}")
  @CsvSource({
    "F0E442, FFFFFF",
    "56B4E9, F2F2F2",
    "0072B2, 3C3F41",
    "00AFCA, FFFFFF",
    "DE2910, 2B2B2B"
  })
  void readable_reachesTheContrastAskedFor(String fg, String bg) {
    Color b = new Color(Integer.parseInt(bg, 16));
    Color c = Theme.readable(new Color(Integer.parseInt(fg, 16)), b, Theme.GRAPHIC_CONTRAST);
    assertThat(Theme.contrast(c, b)).isGreaterThanOrEqualTo(Theme.GRAPHIC_CONTRAST);
  }

  @Test
  void readable_leavesAColourThatAlreadyStandsOut() {
    Color blue = new Color(0x0072B2);
    assertThat(Theme.readable(blue, Color.WHITE, 3.0)).isEqualTo(blue);
  }

  @Test
  void textColours_areReadableOnBothThemes() {
    for (Color bg : new Color[] {new Color(0xF2F2F2), new Color(0x3C3F41)}) {
      assertThat(Theme.contrast(Theme.text(bg), bg)).isGreaterThanOrEqualTo(Theme.TEXT_CONTRAST);
      assertThat(Theme.contrast(Theme.mutedText(bg), bg)).isGreaterThanOrEqualTo(3.5);
    }
  }

  @Test
  void blend_goesFromOneColourToTheOther() {
    assertThat(Theme.blend(Color.BLACK, Color.WHITE, 0.5)).isEqualTo(new Color(128, 128, 128));
    assertThat(Theme.blend(Color.BLACK, Color.WHITE, 2)).isEqualTo(Color.WHITE);
  }
}
