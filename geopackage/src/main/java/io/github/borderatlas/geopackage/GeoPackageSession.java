package io.github.borderatlas.geopackage;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.validate.GeoPackageValidate;

/**
 * One open GeoPackage (read-only) and the translation of whatever NGA or SQLite throws into a
 * {@link GeoPackageException} naming the file and table. Not thread-safe; one per call.
 */
final class GeoPackageSession implements AutoCloseable {

  /** A step that may fail with any exception. */
  @FunctionalInterface
  interface Step<T> {
    T run(GeoPackage gp) throws Exception;
  }

  private final Path file;
  private final GeoPackage geoPackage;

  private GeoPackageSession(Path file, GeoPackage geoPackage) {
    this.file = file;
    this.geoPackage = geoPackage;
  }

  /**
   * Opens {@code file} read-only and checks it is a GeoPackage.
   *
   * @throws GeoPackageException for a missing or unreadable file, or one that is not a GeoPackage
   */
  static GeoPackageSession open(Path file) {
    GeoPackageReader.requireReadable(file);
    GeoPackage gp = null;
    try {
      // not NGA's validation: it refuses a GeoPackage whose name does not end in .gpkg
      gp = GeoPackageManager.open(true, file.toFile(), false);
      GeoPackageValidate.validateMinimumTables(gp);
      return new GeoPackageSession(file, gp);
    } catch (RuntimeException e) {
      if (gp != null) {
        gp.close();
      }
      throw new GeoPackageException(file, null, null, "not a GeoPackage: " + reason(e), e);
    }
  }

  /** The file, for messages. */
  Path file() {
    return file;
  }

  /** Runs {@code step}, turning its failures into a located {@link GeoPackageException}. */
  <T> T call(String table, Step<T> step) {
    try {
      return step.run(geoPackage);
    } catch (GeoPackageException | CancellationException e) {
      throw e;
    } catch (Exception e) {
      throw new GeoPackageException(file, table, null, reason(e), e);
    }
  }

  /** The DAO of a vector table; an unknown or non-vector table is an error naming it. */
  FeatureDao features(String table) {
    if (!call(table, gp -> gp.isFeatureTable(table))) {
      throw new GeoPackageException(
          file,
          table,
          null,
          "no such vector table; vector tables: " + call(null, gp -> gp.getFeatureTables()),
          null);
    }
    return call(table, gp -> gp.getFeatureDao(table));
  }

  /** The DAO of an attribute table; an unknown table is an error naming it. */
  AttributesDao attributes(String table) {
    if (!call(table, gp -> gp.getAttributesTables().contains(table))) {
      throw new GeoPackageException(
          file,
          table,
          null,
          "no such attribute table; attribute tables: "
              + call(null, gp -> gp.getAttributesTables()),
          null);
    }
    return call(table, gp -> gp.getAttributesDao(table));
  }

  /** The innermost message of a chain (SQLite's reason), on one line. */
  static String reason(Throwable e) {
    Throwable t = e;
    String message = null;
    while (t != null) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return message == null ? e.getClass().getSimpleName() : message.strip().replace('\n', ' ');
  }

  @Override
  public void close() {
    geoPackage.close();
  }
}
