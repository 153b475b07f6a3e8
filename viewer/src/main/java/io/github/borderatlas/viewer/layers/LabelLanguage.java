package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.Names;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the map's labels: English, Kazakh, Chinese or Russian. A feature without a name
 * in the chosen language is labelled in English. Immutable.
 */
public enum LabelLanguage {
  /** English, the default. */
  ENGLISH("en"),
  /** Kazakh (Cyrillic). */
  KAZAKH("kk"),
  /** Chinese (simplified characters). */
  CHINESE("zh"),
  /** Russian. */
  RUSSIAN("ru");

  private final String code;

  LabelLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code: {@code en}, {@code kk}, {@code zh} or {@code ru}. */
  public String code() {
    return code;
  }

  /** The name in this language, else the English one. */
  public String pick(Names names) {
    Optional<String> n =
        switch (this) {
          case ENGLISH -> Optional.of(names.english());
          case KAZAKH -> names.kazakh();
          case CHINESE -> names.chinese();
          case RUSSIAN -> names.russian();
        };
    return n.filter(s -> !s.isBlank()).orElse(names.english());
  }

  /**
   * The language of an ISO 639-1 code, case-insensitive.
   *
   * @throws IllegalArgumentException naming the code and the allowed ones
   */
  public static LabelLanguage fromCode(String code) {
    for (LabelLanguage l : values()) {
      if (l.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label language; expected en, kk, zh or ru");
  }
}
