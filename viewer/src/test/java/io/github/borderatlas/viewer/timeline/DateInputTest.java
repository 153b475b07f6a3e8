package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

  private static final LocalDate MIN = LocalDate.of(1860, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2025, 6, 30);

  @ParameterizedTest(name = "\"{0}\" -> {1} ({2})")
  @CsvSource({
    "1994, 1994-01-01, YEAR",
    "1994-04, 1994-04-01, MONTH",
    "1994-4, 1994-04-01, MONTH",
    "1994-04-26, 1994-04-26, DAY",
    "'  2002-10-01 ', 2002-10-01, DAY",
    "1860, 1860-01-01, YEAR",
    "2000-02-29, 2000-02-29, DAY",
    "2025-06-30, 2025-06-30, DAY",
    "2025, 2025-01-01, YEAR"
  })
  void acceptsTheThreeForms(String text, LocalDate expected, DatePrecision precision) {
    PartialDate d = DateInput.parse(text, MIN, MAX);
    assertThat(d.date()).isEqualTo(expected);
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''            | Enter a date as yyyy, yyyy-MM or yyyy-MM-dd",
        "'   '         | Enter a date as yyyy, yyyy-MM or yyyy-MM-dd",
        "19x4          | \"19x4\" is not a date: use yyyy, yyyy-MM or yyyy-MM-dd",
        "94            | \"94\" is not a date",
        "1994/04/26    | \"1994/04/26\" is not a date",
        "26.04.1994    | \"26.04.1994\" is not a date",
        "1994-13       | the month must be 01 to 12, not 13",
        "1994-00-10    | the month must be 01 to 12, not 00",
        "1994-02-30    | February 1994 has 28 days",
        "1996-02-30    | February 1996 has 29 days",
        "1900-02-29    | February 1900 has 28 days",
        "1994-04-31    | April 1994 has 30 days",
        "1859          | 1859 is before the start of the timeline, 1860-01-01",
        "1859-12-31    | 1859-12-31 is before the start of the timeline",
        "2025-07       | 2025-07 is after the end of the timeline, 2025-06-30",
        "2999          | 2999 is after the end of the timeline"
      })
  void rejectsWithAMessageSayingWhatIsWrong(String text, String message) {
    assertThatThrownBy(() -> DateInput.parse(text, MIN, MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource({"1994-02-30", "1859", "x"})
  void messagesAreSentences(String text) {
    assertThatThrownBy(() -> DateInput.parse(text, MIN, MAX))
        .satisfies(e -> assertThat(e.getMessage()).endsWith("."));
  }

  @ParameterizedTest
  @CsvSource({"1860, 1860-01-01", "2025-06, 2025-06-01"})
  void clampedDay_keepsDaysInsideTheRange(String text, LocalDate expected) {
    PartialDate d = DateInput.parse(text, MIN, MAX);
    assertThat(DateInput.clampedDay(d, MIN, MAX)).isEqualTo(expected);
    PartialDate early = PartialDate.parse("1860");
    assertThat(DateInput.clampedDay(early, LocalDate.of(1860, 3, 1), MAX))
        .isEqualTo(LocalDate.of(1860, 3, 1));
  }
}
