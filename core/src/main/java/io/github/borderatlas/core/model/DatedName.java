package io.github.borderatlas.core.model;

import java.util.Objects;

/**
 * A name a feature bore during a period: a state on one side of the border (Qing Empire, Kazakh
 * SSR) for a country outline, or a former name of a town (Alma-Ata). The feature's own {@link
 * Names} are its current names; {@link Atlas#namesOn} picks the dated name in force on a day.
 * Immutable and thread-safe.
 *
 * @param featureId id of the feature named, e.g. {@code "country.KAZ"} or {@code "city.almaty"}
 * @param names the names in force in the period (English required)
 * @param validity the period, ends at their sourced precision
 * @param source where the names and dates come from ({@code facts.md S…} or a full URL)
 */
public record DatedName(String featureId, Names names, Validity validity, String source) {

  /**
   * Checks the components.
   *
   * @param featureId id of the feature named
   * @param names the names in force in the period
   * @param validity the period
   * @param source where the names and dates come from
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if {@code featureId} is blank
   */
  public DatedName {
    Checks.id(featureId);
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(source, "source");
  }
}
