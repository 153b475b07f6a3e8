package io.github.borderatlas.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A feature's names: English (required) and, where known, Kazakh, Chinese and Russian. Immutable.
 *
 * @param english the English name, used as the feature's display name
 * @param kazakh the Kazakh name (Cyrillic), or {@code null}
 * @param chinese the Chinese name (simplified characters), or {@code null}
 * @param russian the Russian name, or {@code null}
 */
public record Names(String english, String kazakh, String chinese, String russian) {

  public Names {
    Objects.requireNonNull(english, "english");
    if (english.isBlank()) {
      throw new IllegalArgumentException("English name must not be blank");
    }
  }

  /** Names with only the English one known. */
  public static Names english(String english) {
    return new Names(english, null, null, null);
  }

  public Optional<String> kazakhName() {
    return Optional.ofNullable(kazakh);
  }

  public Optional<String> chineseName() {
    return Optional.ofNullable(chinese);
  }

  public Optional<String> russianName() {
    return Optional.ofNullable(russian);
  }
}
