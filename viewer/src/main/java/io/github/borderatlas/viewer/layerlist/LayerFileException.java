package io.github.borderatlas.viewer.layerlist;

/**
 * A file could not become a layer. The message names the place, as {@code borderatlas validate}
 * does: {@code file:line:column at $.json.path: problem} for a GeoJSON error, {@code cannot read
 * FILE: reason} for I/O, or the file and why it is refused (a non-WGS84 {@code crs}, a format not
 * read here). It may quote text from the file: escape it before printing it on a terminal.
 */
public final class LayerFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its located message. */
  public LayerFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
