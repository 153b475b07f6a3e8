package io.github.borderatlas.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The licences of the bundled data, each with its full text shipped in the jar under {@value
 * #DIRECTORY}.
 *
 * <ul>
 *   <li>{@link #ODBL_1_0}: the OpenStreetMap-derived border and country outlines.
 *   <li>{@link #LGPL_3_0_OR_LATER} with {@link #GPL_3_0}: the GSHHG-derived rivers and lakes.
 *   <li>{@link #CC0_1_0}: the facts compiled by BorderAtlas (places, timeline, sectors, figures).
 *   <li>{@link #NATURAL_EARTH}: any Natural Earth context (public domain).
 * </ul>
 *
 * <p>Thread-safe; texts are read from the class path on each call.
 */
public enum DataLicense {
  /** Open Data Commons Open Database License 1.0. */
  ODBL_1_0("ODbL-1.0", "ODbL-1.0.txt"),
  /** GNU Lesser General Public License 3.0 or later (read together with the GPL 3.0). */
  LGPL_3_0_OR_LATER("LGPL-3.0-or-later", "LGPL-3.0.txt"),
  /** GNU General Public License 3.0, to which the LGPL 3.0 refers. */
  GPL_3_0("GPL-3.0", "GPL-3.0.txt"),
  /** Creative Commons Zero 1.0 public-domain dedication. */
  CC0_1_0("CC0-1.0", "CC0-1.0.txt"),
  /** Natural Earth's public-domain terms (a note with the terms-of-use address). */
  NATURAL_EARTH("public domain (Natural Earth)", "NaturalEarth-public-domain.txt");

  /** Class-path folder of the licence files, with a trailing slash. */
  public static final String DIRECTORY = "META-INF/licenses/borderatlas-geodata/";

  private final String spdxId;
  private final String fileName;

  DataLicense(String spdxId, String fileName) {
    this.spdxId = spdxId;
    this.fileName = fileName;
  }

  /** The SPDX identifier (or, for Natural Earth, a short statement), as in feature properties. */
  public String spdxId() {
    return spdxId;
  }

  /** The class-path resource holding the full text, e.g. {@code META-INF/.../ODbL-1.0.txt}. */
  public String resource() {
    return DIRECTORY + fileName;
  }

  /**
   * The full licence text.
   *
   * @throws UncheckedIOException naming the resource when it is missing or unreadable
   */
  public String text() {
    return readResource(resource());
  }

  /**
   * A UTF-8 text resource of this module's jar.
   *
   * @param resource an absolute class-path name without a leading slash
   * @throws UncheckedIOException naming the resource when it is missing or unreadable
   */
  static String readResource(String resource) {
    try (InputStream in = DataLicense.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(resource + ": bundled resource not found on the class path"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read bundled resource", e);
    }
  }
}
