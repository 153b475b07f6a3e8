package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The About box's version (issue 14 item 5): from the jar's manifest, else "development build". */
class BuildInfoTest {

  @Test
  void aManifestVersion_isShown() {
    assertThat(BuildInfo.versionText("0.1.0-SNAPSHOT")).isEqualTo("version 0.1.0-SNAPSHOT");
  }

  @Test
  void noVersion_isADevelopmentBuild() {
    assertThat(BuildInfo.versionText(null)).isEqualTo(BuildInfo.DEVELOPMENT);
    assertThat(BuildInfo.versionText(" ")).isEqualTo(BuildInfo.DEVELOPMENT);
  }

  @Test
  void aboutText_namesTheRunningVersion() {
    // the tests run from target/classes, which has no manifest: a development build
    assertThat(BuildInfo.version()).isEqualTo(BuildInfo.DEVELOPMENT);
    assertThat(MainMenus.aboutText()).startsWith("BorderAtlas (development build)");
  }
}
