package io.github.borderatlas.viewer.app;

/**
 * The viewer's version, as the jar's manifest states it ({@code Implementation-Version}, set by the
 * build); "development build" when the classes do not come from a built jar (an IDE, {@code mvn
 * test}). Stateless.
 */
final class BuildInfo {

  /** What the About box says when no version is known. */
  static final String DEVELOPMENT = "development build";

  private BuildInfo() {}

  /** The version of the running viewer. */
  static String version() {
    return versionText(BuildInfo.class.getPackage().getImplementationVersion());
  }

  /** {@code "version " + v}, or {@link #DEVELOPMENT} for a missing or blank version. */
  static String versionText(String implementationVersion) {
    return implementationVersion == null || implementationVersion.isBlank()
        ? DEVELOPMENT
        : "version " + implementationVersion.strip();
  }
}
