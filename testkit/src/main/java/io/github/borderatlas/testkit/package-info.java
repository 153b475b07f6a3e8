/**
 * Test support shared by every BorderAtlas module (test scope only).
 *
 * <ul>
 *   <li>{@link io.github.borderatlas.testkit.Requirement}: the one guard for tests that need
 *       something outside the JVM. An unmet requirement skips the test with its reason on a
 *       developer machine and fails it when the environment variable {@code CI} is {@code true}, so
 *       CI can never skip silently.
 *   <li>{@link io.github.borderatlas.testkit.ExternalTools}: executables on the {@code PATH}
 *       (GDAL's {@code ogrinfo}, Xvfb) and the project's pinned npm tools, through that guard.
 *   <li>{@link io.github.borderatlas.testkit.WindowTest}: marks a test class that opens real
 *       windows; on a machine without a display it runs in a virtual display started for it.
 * </ul>
 */
package io.github.borderatlas.testkit;
