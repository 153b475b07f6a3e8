package io.github.borderatlas.core.analysis;

import java.util.Objects;

/**
 * One problem found by a validator: a stable code (see {@link FindingCodes}), a severity, a message
 * for people and the place it applies. Immutable and thread-safe.
 *
 * @param code a stable identifier such as {@code "RING_WINDING"}
 * @param severity how serious it is
 * @param message what is wrong, with the values involved
 * @param location the feature and, when known, the vertex or coordinate
 */
public record Finding(String code, Severity severity, String message, FindingLocation location) {

  /**
   * Checks the components; a {@code null} location is read as {@link FindingLocation#NONE}.
   *
   * @param code a stable identifier such as {@code "RING_WINDING"}
   * @param severity how serious it is
   * @param message what is wrong, with the values involved
   * @param location the feature and, when known, the vertex or coordinate
   * @throws NullPointerException if {@code code}, {@code severity} or {@code message} is {@code
   *     null}
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    location = location == null ? FindingLocation.NONE : location;
  }

  static Finding error(String code, FindingLocation where, String message) {
    return new Finding(code, Severity.ERROR, message, where);
  }

  static Finding warning(String code, FindingLocation where, String message) {
    return new Finding(code, Severity.WARNING, message, where);
  }

  /** E.g. {@code "ERROR INVALID_GEOMETRY lake.x (74.5, 46.1): Self-intersection"}. */
  @Override
  public String toString() {
    String where = location.describe();
    return severity + " " + code + (where.isEmpty() ? "" : " " + where) + ": " + message;
  }
}
