package io.github.borderatlas.core.model;

import java.util.Objects;

/**
 * Where a feature or figure comes from and under which licence its data may be used.
 *
 * <p>Every feature of the atlas carries one: the border is "© OpenStreetMap contributors" under
 * ODbL-1.0, GSHHG-derived rivers and lakes are LGPL-3.0-or-later, hand-compiled facts cite their
 * public source. Immutable and thread-safe.
 *
 * @param source a human-readable citation (publication, package and version, or web page)
 * @param license an SPDX-style licence identifier or a short licence statement
 */
public record Provenance(String source, String license) {

  /** Licence used for facts compiled by the project from public sources (figures, dates). */
  public static final String FACTS_LICENSE = "CC0-1.0 (facts compiled from public sources)";

  /**
   * Checks the components; blank values are accepted (see {@link #isComplete()}).
   *
   * @param source a human-readable citation (publication, package and version, or web page)
   * @param license an SPDX-style licence identifier or a short licence statement
   * @throws NullPointerException if {@code source} or {@code license} is {@code null}
   */
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(license, "license");
  }

  /** Provenance of a fact compiled from a public source, under {@link #FACTS_LICENSE}. */
  public static Provenance fact(String source) {
    return new Provenance(source, FACTS_LICENSE);
  }

  /** True when both the source and the licence are non-blank. */
  public boolean isComplete() {
    return !source.isBlank() && !license.isBlank();
  }
}
