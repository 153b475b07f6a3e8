package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.analysis.AtlasValidator;
import io.github.borderatlas.core.analysis.ValidationReport;
import org.junit.jupiter.api.Test;

/** The bundled atlas passes the core validator with no finding at all. */
class ValidationTest {

  @Test
  void bundledAtlasHasNoFinding() {
    ValidationReport report = AtlasValidator.validate(ChinaKazakhstan.atlas());
    assertThat(report.findings()).as(report.toString()).isEmpty();
  }
}
