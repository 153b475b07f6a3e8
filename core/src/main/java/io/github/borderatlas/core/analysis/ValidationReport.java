package io.github.borderatlas.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The findings of a validator, in the order found (features in stable order, checks in a fixed
 * order per feature). Immutable and thread-safe.
 *
 * @param findings every finding; empty when the data is clean
 */
public record ValidationReport(List<Finding> findings) {

  /**
   * Copies the list.
   *
   * @param findings every finding; empty when the data is clean
   * @throws NullPointerException if {@code findings} is {@code null} or holds {@code null}
   */
  public ValidationReport {
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
  }

  /** True when there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** True when at least one finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** The findings with one code (see {@link FindingCodes}). */
  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The findings about one feature id. */
  public List<Finding> about(String featureId) {
    return findings.stream()
        .filter(f -> Objects.equals(f.location().featureId(), featureId))
        .toList();
  }

  /** One finding per line, as {@link Finding#toString()}; {@code "no findings"} when clean. */
  @Override
  public String toString() {
    return isClean()
        ? "no findings"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
