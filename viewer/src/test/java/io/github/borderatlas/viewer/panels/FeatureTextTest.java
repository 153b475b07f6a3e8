package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Unit;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureTextTest {

  /** Khorgos ICBC, facts.md §5: N 44°11′44″ E 80°22′10″ = 44.1956° N, 80.3694° E (lat ≠ lon). */
  @Test
  void latLon_writesLatitudeFirstWithHemispheres() {
    assertThat(FeatureText.latLon(44.195556, 80.369444)).isEqualTo("44.1956° N, 80.3694° E");
    assertThat(FeatureText.latLon(-33.8688, -151.2093)).isEqualTo("33.8688° S, 151.2093° W");
  }

  @ParameterizedTest(name = "{0} with {1} decimals -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1782.75 | 2 | 1,782.75",
        "1782.70 | 2 | 1,782.7",
        "1782.0  | 2 | 1,782",
        "1782.75 | 0 | 1,783",
        "-0.01   | 1 | 0",
        "34000   | 0 | 34,000"
      })
  void number_groupsThousandsAndCutsTrailingZeros(double v, int decimals, String expected) {
    assertThat(FeatureText.number(v, decimals)).isEqualTo(expected);
  }

  @Test
  void signed_usesAProperMinusSign() {
    assertThat(FeatureText.signed(-12.34, 1)).isEqualTo("\u221212.3");
    assertThat(FeatureText.signed(3.0, 1)).isEqualTo("+3");
    assertThat(FeatureText.signed(0.01, 1)).isEqualTo("0");
  }

  @Test
  void value_addsTheUnitSymbol() {
    Figure f = Figure.of("border.length.total", 1782.75, Unit.KILOMETRE, "S1", Confidence.FIRM);
    assertThat(FeatureText.value(f)).isEqualTo("1,782.75 km");
    Figure n = Figure.of("dispute.area.count", 12, Unit.COUNT, "S7", Confidence.WEAK);
    assertThat(FeatureText.value(n)).isEqualTo("12");
  }

  @Test
  void dates_areWrittenAtTheirPrecision_andValidityInWords() {
    assertThat(FeatureText.date(PartialDate.parse("1864-10-07"))).isEqualTo("7 October 1864");
    assertThat(FeatureText.date(PartialDate.parse("2004-09"))).isEqualTo("September 2004");
    assertThat(FeatureText.date(PartialDate.parse("1915"))).isEqualTo("1915");
    assertThat(FeatureText.validity(Validity.ALWAYS)).isEqualTo("always");
    assertThat(FeatureText.validity(Validity.startingOn(LocalDate.of(2015, 12, 25))))
        .isEqualTo("from 25 December 2015");
    assertThat(FeatureText.validity(new Validity(null, LocalDate.of(1994, 4, 26))))
        .isEqualTo("until 26 April 1994");
  }
}
