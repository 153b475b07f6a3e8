package io.github.borderatlas.geopackage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HexFormat;
import mil.nga.geopackage.db.GeoPackageDataType;

/**
 * Turns a GeoPackage column value into a GeoJSON-style property value: {@code null}, {@link
 * String}, {@link Boolean}, {@link Long} (every integer type) or {@link Double} (every real type).
 * DATE columns become ISO text {@code yyyy-MM-dd} and DATETIME columns ISO text {@code
 * yyyy-MM-ddTHH:mm:ss[.SSS]Z} (UTC), whatever Java type the driver returns; BLOBs become lower-case
 * hexadecimal text. Stateless and thread-safe.
 */
final class ColumnValues {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private ColumnValues() {}

  /** The property value of a column value of the given declared type (may be null). */
  static Object property(Object value, GeoPackageDataType type) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date d) {
      Instant at = Instant.ofEpochMilli(d.getTime());
      return type == GeoPackageDataType.DATE
          ? DAY.format(at.atOffset(ZoneOffset.UTC))
          : DateTimeFormatter.ISO_INSTANT.format(at);
    }
    if (type == GeoPackageDataType.BOOLEAN && value instanceof Number n) {
      return n.longValue() != 0;
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value;
  }
}
