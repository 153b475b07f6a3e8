package io.github.borderatlas.viewer.output;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a map is written in. */
public enum MapFormat {
  /** A raster image (PNG), in device pixels. */
  PNG("png"),
  /** A vector drawing (SVG 1.1): lines stay paths, labels stay text; units are logical pixels. */
  SVG("svg"),
  /**
   * A vector page (PDF): lines stay paths, labels stay text in embedded fonts; units are points.
   */
  PDF("pdf");

  private final String extension;

  MapFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot: {@code png}, {@code svg}, {@code pdf}. */
  public String extension() {
    return extension;
  }

  /** The format named {@code name} (case-insensitive: {@code png}, {@code svg}, {@code pdf}). */
  public static Optional<MapFormat> named(String name) {
    for (MapFormat f : values()) {
      if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format its file name's extension names ({@code map.PDF} is PDF), or empty. */
  public static Optional<MapFormat> ofFile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : named(s.substring(dot + 1));
  }
}
