package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.atlas.AtlasFormatException;
import io.github.borderatlas.core.io.atlas.AtlasGeoJson;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Atlas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An atlas file of either format, told apart by its content: a file that starts with SQLite's
 * header ({@code "SQLite format 3\0"}) is read as a GeoPackage ({@link AtlasGeoPackage#read}),
 * anything else as atlas GeoJSON ({@link AtlasGeoJson#readFiles}). The command line ({@code stats
 * --atlas}, {@code render --atlas}, {@code view}) and the viewer's File &gt; Open use this one
 * reader. Stateless and thread-safe.
 */
public final class AtlasFiles {

  /** The first 16 bytes of every SQLite 3 database, hence of every GeoPackage. */
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** The formats an atlas can be written in. */
  public enum Format {
    /** RFC 7946 GeoJSON in the atlas schema, one FeatureCollection. */
    GEOJSON,
    /** OGC GeoPackage, one feature table per layer ({@link AtlasGeoPackage}). */
    GPKG;

    /** The format named {@code geojson} or {@code gpkg} (any case). */
    public static Format named(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(
          "unknown format \"" + name + "\"; expected one of: geojson, gpkg");
    }

    /** {@link #GPKG} for a name ending in {@code .gpkg} (any case), else {@link #GEOJSON}. */
    public static Format ofFileName(Path file) {
      Path name = file.getFileName();
      return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")
          ? GPKG
          : GEOJSON;
    }
  }

  private AtlasFiles() {}

  /**
   * Reads an atlas file in either format.
   *
   * @throws GeoPackageException for an unreadable GeoPackage
   * @throws AtlasFormatException when a feature does not follow the atlas schema
   * @throws GeoJsonException for malformed GeoJSON or a file that cannot be read
   */
  public static Atlas read(Path file) {
    return isGeoPackage(file)
        ? AtlasGeoPackage.read(file)
        : AtlasGeoJson.readFiles(List.of(file), null);
  }

  /** Whether the file starts with SQLite's header (false when it cannot be read). */
  public static boolean isGeoPackage(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
    } catch (IOException e) {
      return false; // the GeoJSON reader reports why it cannot be read
    }
  }
}
