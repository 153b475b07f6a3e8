package io.github.borderatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  /** Dates from facts.md §1: the Peking convention is known to the month, Chuguchak to the day. */
  @ParameterizedTest
  @CsvSource({
    "1860, YEAR, 1860-01-01, 1860-12-31",
    "1860-11, MONTH, 1860-11-01, 1860-11-30",
    "1864-10-07, DAY, 1864-10-07, 1864-10-07",
    "2024-02, MONTH, 2024-02-01, 2024-02-29"
  })
  void parse_keepsPrecisionAndPeriod(
      String text, DatePrecision p, LocalDate first, LocalDate last) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.precision()).isEqualTo(p);
    assertThat(d.date()).isEqualTo(first);
    assertThat(d.lastDay()).isEqualTo(last);
    assertThat(d).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "186", "1860-13", "1860-11-31", "18a0", "1860/11/01"})
  void parse_rejectsMalformedText_namingIt(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @ParameterizedTest
  @CsvSource({"1994-04-26, MONTH", "1994-04-01, YEAR"})
  void constructor_rejectsDateMorePreciseThanItsPrecision(LocalDate date, DatePrecision p) {
    assertThatThrownBy(() -> new PartialDate(date, p)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void ordering_isChronological() {
    assertThat(PartialDate.parse("1881-02-24")).isLessThan(PartialDate.parse("1994-04"));
    assertThat(PartialDate.parse("1994")).isLessThan(PartialDate.parse("1994-04-26"));
  }
}
