package io.github.borderatlas.core.analysis;

/** How serious a validation {@link Finding} is. */
public enum Severity {
  /** The data is wrong or unusable as it stands (invalid geometry, missing licence). */
  ERROR,
  /** The data is usable but breaks a convention or looks suspicious (ring winding). */
  WARNING
}
