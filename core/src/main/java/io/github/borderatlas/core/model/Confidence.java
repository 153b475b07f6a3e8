package io.github.borderatlas.core.model;

/** How far a published figure or fact can be trusted, as graded in the project's fact sheet. */
public enum Confidence {
  /** Treaty text or official document, or several sources agree. */
  FIRM,
  /** One ordinary source. */
  SINGLE,
  /** A low-quality or popular source, or sources disagree. */
  WEAK,
  /** Measured by BorderAtlas from its own geometry. */
  MEASURED
}
