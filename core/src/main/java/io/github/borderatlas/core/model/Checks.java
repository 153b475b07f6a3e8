package io.github.borderatlas.core.model;

import java.util.Objects;

/** Argument checks shared by the model's constructors; messages name the field. */
final class Checks {

  private Checks() {}

  static String id(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return id;
  }

  static <T> T required(T value, String field, String id) {
    if (value == null) {
      throw new NullPointerException(field + " of " + id + " must not be null");
    }
    return value;
  }

  /** An optional ISO 3166-1 alpha-3 code: {@code null} or three capital letters A–Z. */
  static String isoA3(String code, String field, String id) {
    if (code != null && !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          field + " of " + id + " must be an ISO alpha-3 code like CHN, got \"" + code + "\"");
    }
    return code;
  }
}
