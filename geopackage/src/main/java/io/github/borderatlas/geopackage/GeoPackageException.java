package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.text.TerminalText;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A GeoPackage that cannot be read or written, located: the message names the file, and the table
 * and feature where known ({@code "atlas.gpkg: table \"river\": feature 3: geometry: ..."}). The
 * cause (an SQLite or NGA exception) is kept for debugging but never needed to understand the
 * message. Text taken from the file (table names, ids) is escaped so it prints safely on a
 * terminal. Immutable.
 */
public final class GeoPackageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String table;
  private final String featureId;
  private final String problem;

  /**
   * @param file the GeoPackage file
   * @param table the table concerned, or {@code null}
   * @param featureId the feature (id or primary key) concerned, or {@code null}
   * @param problem what is wrong, without the location
   * @param cause the underlying exception, or {@code null}
   */
  public GeoPackageException(
      Path file, String table, String featureId, String problem, Throwable cause) {
    super(message(file, table, featureId, problem), cause);
    this.file = String.valueOf(file);
    this.table = table;
    this.featureId = featureId;
    this.problem = problem;
  }

  private static String message(Path file, String table, String featureId, String problem) {
    StringBuilder s = new StringBuilder(TerminalText.escape(String.valueOf(file)));
    if (table != null) {
      s.append(": table \"").append(TerminalText.escape(table)).append('"');
    }
    if (featureId != null) {
      s.append(": feature ").append(TerminalText.escape(featureId));
    }
    return s.append(": ").append(TerminalText.escape(problem)).toString();
  }

  /** The file as given. */
  public String file() {
    return file;
  }

  /** The table concerned, if known. */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /** The feature concerned (its id or primary key), if known. */
  public Optional<String> featureId() {
    return Optional.ofNullable(featureId);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
