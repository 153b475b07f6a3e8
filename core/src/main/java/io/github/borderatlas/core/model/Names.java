package io.github.borderatlas.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A feature's names: English (required) and, where known, Kazakh, Chinese and Russian. Immutable.
 *
 * @param english the English name, used as the feature's display name
 * @param kazakh the Kazakh name (Cyrillic); empty when unknown
 * @param chinese the Chinese name (simplified characters); empty when unknown
 * @param russian the Russian name; empty when unknown
 */
public record Names(
    String english, Optional<String> kazakh, Optional<String> chinese, Optional<String> russian) {

  /**
   * Checks the components; a {@code null} optional is read as empty.
   *
   * @param english the English name, used as the feature's display name
   * @param kazakh the Kazakh name (Cyrillic); empty when unknown
   * @param chinese the Chinese name (simplified characters); empty when unknown
   * @param russian the Russian name; empty when unknown
   * @throws NullPointerException if {@code english} is {@code null}
   * @throws IllegalArgumentException if {@code english} is blank
   */
  public Names {
    Objects.requireNonNull(english, "english");
    if (english.isBlank()) {
      throw new IllegalArgumentException("English name must not be blank");
    }
    kazakh = kazakh == null ? Optional.empty() : kazakh;
    chinese = chinese == null ? Optional.empty() : chinese;
    russian = russian == null ? Optional.empty() : russian;
  }

  /** Names with only the English one known. */
  public static Names english(String english) {
    return new Names(english, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Names from nullable strings, as a decoder reads them.
   *
   * @param english the English name; not blank
   * @param kazakh the Kazakh name, or {@code null} when unknown
   * @param chinese the Chinese name, or {@code null} when unknown
   * @param russian the Russian name, or {@code null} when unknown
   */
  public static Names of(String english, String kazakh, String chinese, String russian) {
    return new Names(
        english,
        Optional.ofNullable(kazakh),
        Optional.ofNullable(chinese),
        Optional.ofNullable(russian));
  }
}
