package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.model.AtlasFeature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licence texts and notices are bundled as class-path resources of the jar. */
class LicenseResourcesTest {

  /** Each text opens with its licence's title (the texts of spdx-license-list and Debian). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ODBL_1_0,          Open Data Commons Open Database License (ODbL)",
    "LGPL_3_0_OR_LATER, GNU LESSER GENERAL PUBLIC LICENSE",
    "GPL_3_0,           GNU GENERAL PUBLIC LICENSE",
    "CC0_1_0,           CC0 1.0 Universal",
    "NATURAL_EARTH,     Natural Earth"
  })
  void licenceTextIsBundled(DataLicense licence, String title) {
    String text = licence.text();
    assertThat(text.lines().limit(5)).anySatisfy(l -> assertThat(l).contains(title));
    assertThat(text.length()).isGreaterThan(licence == DataLicense.NATURAL_EARTH ? 200 : 6000);
  }

  @Test
  void lgplRefersToTheBundledGpl() {
    assertThat(DataLicense.LGPL_3_0_OR_LATER.text()).contains("\"GNU GPL\" refers to version 3");
    assertThat(DataLicense.GPL_3_0.text()).contains("Version 3, 29 June 2007");
  }

  @Test
  void summaryNamesEveryDataFileAndLicence() {
    String summary = ChinaKazakhstan.dataLicenses();
    assertThat(summary)
        .contains(
            "border.geojson",
            "countries.geojson",
            "rivers.geojson",
            "lakes.geojson",
            "places.geojson",
            "timeline.geojson",
            "sectors.geojson",
            "figures.json",
            "names.json");
    for (DataLicense l : DataLicense.values()) {
      assertThat(summary).contains(l.resource().substring(DataLicense.DIRECTORY.length()));
    }
  }

  @Test
  void noticeAndAttributionCreditOpenStreetMapAndGshhg() {
    assertThat(ChinaKazakhstan.notice()).contains("© OpenStreetMap contributors", "GSHHG");
    assertThat(ChinaKazakhstan.attribution())
        .contains("© OpenStreetMap contributors", "ODbL", "GSHHG", "LGPL");
  }

  /**
   * Issue 13: the table listed rivers.geojson as LGPL only, though river.khorgos (the border's
   * Khorgos stretch from OpenStreetMap) is ODbL-1.0 as its feature says. Every licence a file's
   * features use must be named in that file's row, and the NOTICE must credit it.
   */
  @Test
  void everyLicenceUsedInAFileIsNamedInItsRow() {
    String summary = ChinaKazakhstan.dataLicenses();
    for (String file : ChinaKazakhstan.LAYER_FILES) {
      String row =
          summary
              .lines()
              .filter(l -> l.startsWith("| `" + file + "`"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + file));
      for (AtlasFeature f : AtlasGeoJson.read(ChinaKazakhstan.class, file).features()) {
        DataLicense used =
            Arrays.stream(DataLicense.values())
                .filter(l -> f.provenance().license().startsWith(l.spdxId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(f.id()));
        assertThat(row).as(file + ", " + f.id()).contains(used.spdxId());
      }
    }
    assertThat(ChinaKazakhstan.notice()).contains("river.khorgos");
  }
}
