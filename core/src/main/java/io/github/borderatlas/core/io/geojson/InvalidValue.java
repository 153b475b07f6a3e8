package io.github.borderatlas.core.io.geojson;

/**
 * Internal signal of a value the writer cannot write (non-finite or out-of-range coordinate,
 * unsupported property type). It collects the JSON path while the recursion unwinds and is turned
 * into a {@link GeoJsonException} at the feature level. Carries no stack trace.
 */
final class InvalidValue extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String problem;
  private final StringBuilder path = new StringBuilder();

  InvalidValue(String problem) {
    super(problem, null, false, false);
    this.problem = problem;
  }

  /** Prepends a path segment; returns this for rethrowing. */
  InvalidValue under(String segment) {
    path.insert(0, segment);
    return this;
  }

  String problem() {
    return problem;
  }

  /** The path collected so far, relative to where the recursion started. */
  String relativePath() {
    return path.toString();
  }
}
