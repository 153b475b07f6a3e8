package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.user.UserColumn;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the vector (features) and attribute tables of an OGC GeoPackage, with NGA's geopackage
 * library over SQLite, into core's {@link GeoJsonFeature}s.
 *
 * <p><b>Features</b>: the geometry is JTS in WGS84 lon/lat (x = longitude, y = latitude, degrees):
 * EPSG:4326 as stored, any other SRS reprojected with proj4j (see {@link FeatureTableInfo}); a
 * table whose SRS is undefined or unknown is refused. A NULL geometry gives {@code null}. The
 * feature id is the value of a column named {@code id} when the table has one and the row's value
 * is not NULL (text as is, a number as its decimal text), else the primary key (a JSON number).
 * Every column other than the primary key and the geometry is a property, in table order, with its
 * natural type: {@code null}, {@link String}, {@link Boolean}, {@link Long} or {@link Double}
 * (dates as ISO text; see {@link ColumnValues}).
 *
 * <p><b>Errors</b>: a missing, unreadable, non-GeoPackage or corrupt file, an unknown table, an
 * unknown SRS or an unreadable geometry is a {@link GeoPackageException} naming the file (and table
 * and feature where known); no SQLite exception escapes. The file is opened read-only.
 *
 * <p>Stateless and thread-safe: each call opens and closes its own connection.
 *
 * <pre>{@code
 * for (FeatureTableInfo t : GeoPackageReader.featureTables(Path.of("atlas.gpkg"))) {
 *   FeatureTable rivers = GeoPackageReader.read(Path.of("atlas.gpkg"), t.name());
 * }
 * }</pre>
 */
public final class GeoPackageReader {

  private GeoPackageReader() {}

  /**
   * The vector tables, in the order {@code gpkg_contents} lists them.
   *
   * @throws GeoPackageException when the file is not a readable GeoPackage
   */
  public static List<FeatureTableInfo> featureTables(Path file) {
    try (GeoPackageSession s = GeoPackageSession.open(file)) {
      List<FeatureTableInfo> out = new ArrayList<>();
      for (String table : s.call(null, GeoPackage::getFeatureTables)) {
        out.add(info(s, table, s.features(table)));
      }
      return out;
    }
  }

  /**
   * The attribute (non-spatial) tables, in the order {@code gpkg_contents} lists them.
   *
   * @throws GeoPackageException when the file is not a readable GeoPackage
   */
  public static List<String> attributeTables(Path file) {
    try (GeoPackageSession s = GeoPackageSession.open(file)) {
      return List.copyOf(s.call(null, GeoPackage::getAttributesTables));
    }
  }

  /**
   * Every feature of a vector table.
   *
   * @throws GeoPackageException when the file or table cannot be read
   */
  public static FeatureTable read(Path file, String table) {
    List<GeoJsonFeature> features = new ArrayList<>();
    FeatureTableInfo info = read(file, table, features::add, () -> false);
    return new FeatureTable(info.name(), info.geometryType(), info.srsDescription(), features);
  }

  /**
   * Streams the features of a vector table to {@code each}, one row in memory at a time, checking
   * {@code cancelled} before each row.
   *
   * @param each receives each feature, in primary-key order
   * @param cancelled polled before each row; when it returns true the read stops
   * @return the table's description
   * @throws CancellationException when {@code cancelled} returned true
   * @throws GeoPackageException when the file, the table or a row cannot be read
   */
  public static FeatureTableInfo read(
      Path file, String table, Consumer<GeoJsonFeature> each, BooleanSupplier cancelled) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(each, "each");
    Objects.requireNonNull(cancelled, "cancelled");
    try (GeoPackageSession s = GeoPackageSession.open(file)) {
      FeatureDao dao = s.features(table);
      FeatureTableInfo info = info(s, table, dao);
      LonLatTransform toLonLat = s.call(table, gp -> LonLatTransform.of(dao.getSrs(), file, table));
      FeatureResultSet rows = s.call(table, gp -> dao.queryForAll());
      try {
        WKBReader wkb = new WKBReader();
        while (s.call(table, gp -> rows.moveToNext())) {
          if (cancelled.getAsBoolean()) {
            throw new CancellationException("reading " + table + " of " + file + " cancelled");
          }
          FeatureRow row = s.call(table, gp -> rows.getRow());
          each.accept(feature(s, table, row, wkb, toLonLat));
        }
      } finally {
        rows.close();
      }
      return info;
    }
  }

  /**
   * Every row of an attribute table as ordered properties (the primary key left out), in
   * primary-key order; values as for feature properties.
   *
   * @throws GeoPackageException when the file or table cannot be read
   */
  public static List<Map<String, Object>> readAttributes(Path file, String table) {
    Objects.requireNonNull(table, "table");
    try (GeoPackageSession s = GeoPackageSession.open(file)) {
      AttributesDao dao = s.attributes(table);
      List<Map<String, Object>> out = new ArrayList<>();
      AttributesResultSet rows = s.call(table, gp -> dao.queryForAll());
      try {
        while (s.call(table, gp -> rows.moveToNext())) {
          AttributesRow row = s.call(table, gp -> rows.getRow());
          Map<String, Object> values = new LinkedHashMap<>();
          for (String column : row.getColumnNames()) {
            UserColumn c = row.getColumn(column);
            if (!c.isPrimaryKey()) {
              values.put(column, ColumnValues.property(row.getValue(column), c.getDataType()));
            }
          }
          out.add(values);
        }
      } finally {
        rows.close();
      }
      return out;
    }
  }

  private static FeatureTableInfo info(GeoPackageSession s, String table, FeatureDao dao) {
    return s.call(
        table,
        gp ->
            new FeatureTableInfo(
                table,
                dao.getGeometryColumns().getGeometryTypeName(),
                dao.getSrs() == null ? "none" : LonLatTransform.describe(dao.getSrs()),
                dao.count()));
  }

  private static GeoJsonFeature feature(
      GeoPackageSession s, String table, FeatureRow row, WKBReader wkb, LonLatTransform toLonLat) {
    String key = Long.toString(row.getId());
    Map<String, Object> properties = new LinkedHashMap<>();
    String geometryColumn = row.getGeometryColumnName();
    for (String column : row.getColumnNames()) {
      FeatureColumn c = row.getColumn(column);
      if (!c.isPrimaryKey() && !column.equals(geometryColumn)) {
        properties.put(column, ColumnValues.property(row.getValue(column), c.getDataType()));
      }
    }
    Object idValue = properties.get("id");
    String id = idValue == null ? key : idValue.toString();
    boolean idIsNumber = idValue == null || idValue instanceof Number;
    Geometry geometry = geometry(s, table, id, row, wkb);
    return new GeoJsonFeature(id, toLonLat.apply(geometry), properties, idIsNumber);
  }

  private static Geometry geometry(
      GeoPackageSession s, String table, String id, FeatureRow row, WKBReader wkb) {
    try {
      GeoPackageGeometryData data = row.getGeometry();
      if (data == null) {
        return null;
      }
      byte[] bytes = data.getWkb();
      return bytes == null ? null : wkb.read(bytes);
    } catch (ParseException | IOException | RuntimeException e) {
      throw new GeoPackageException(
          s.file(), table, id, "geometry: unreadable (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the file exists and is readable (checked before SQLite creates an empty one). */
  static void requireReadable(Path file) {
    if (!Files.exists(file)) {
      throw new GeoPackageException(file, null, null, "no such file", null);
    }
    if (Files.isDirectory(file)) {
      throw new GeoPackageException(file, null, null, "is a directory", null);
    }
    if (!Files.isReadable(file)) {
      throw new GeoPackageException(file, null, null, "permission denied", null);
    }
  }
}
