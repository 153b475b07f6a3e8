package io.github.borderatlas.core.io.atlas;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named input of {@link AtlasGeoJson#read(java.util.List, AtlasSource)}: a file, a URL, a
 * classpath resource or any stream, with the name used in error messages. Opening is deferred until
 * the read; the reader closes what it opens. Immutable and thread-safe when the opener is.
 *
 * @param name the label in error messages, e.g. {@code "rivers.geojson"}
 * @param opener opens a fresh stream on each call
 */
public record AtlasSource(String name, Opener opener) {

  /** Opens the input; may fail with an I/O error. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens a fresh stream on the input; the caller closes it.
     *
     * @return the stream, positioned at the start
     * @throws IOException if the input cannot be opened (e.g. {@link FileNotFoundException} when it
     *     is missing)
     */
    InputStream open() throws IOException;
  }

  /**
   * Checks the components.
   *
   * @param name the label in error messages, e.g. {@code "rivers.geojson"}
   * @param opener opens a fresh stream on each call
   * @throws NullPointerException if {@code name} or {@code opener} is {@code null}
   */
  public AtlasSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }

  /** A file, named by its path as given. */
  public static AtlasSource of(Path file) {
    Objects.requireNonNull(file, "file");
    return new AtlasSource(file.toString(), () -> Files.newInputStream(file));
  }

  /** A URL (e.g. {@code jar:} or {@code file:}), named by its text. */
  public static AtlasSource of(URL url) {
    Objects.requireNonNull(url, "url");
    return new AtlasSource(url.toString(), url::openStream);
  }

  /** Any stream supplier with a name. */
  public static AtlasSource of(String name, Opener opener) {
    return new AtlasSource(name, opener);
  }

  /**
   * A classpath resource found through a class loader (the name has no leading {@code /}). Opening
   * fails with a {@link FileNotFoundException} naming the resource when it is missing.
   */
  public static AtlasSource resource(ClassLoader loader, String name) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(name, "name");
    return new AtlasSource(name, () -> found(loader.getResourceAsStream(name), name));
  }

  /**
   * A classpath resource relative to a class' package, or absolute with a leading {@code /} (as
   * {@link Class#getResourceAsStream}). Opening fails with a {@link FileNotFoundException} naming
   * the resource when it is missing.
   */
  public static AtlasSource resource(Class<?> anchor, String name) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    return new AtlasSource(name, () -> found(anchor.getResourceAsStream(name), name));
  }

  /** Opens a fresh stream. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  private static InputStream found(InputStream in, String name) throws FileNotFoundException {
    if (in == null) {
      throw new FileNotFoundException("classpath resource not found: " + name);
    }
    return in;
  }
}
