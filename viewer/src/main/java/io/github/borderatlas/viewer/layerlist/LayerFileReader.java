package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.LegacyCrs;
import io.github.borderatlas.geopackage.AtlasFiles;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The one place where a file becomes layers: {@link #readLayers} picks the reader by the file's
 * content (a GeoPackage, told by its SQLite header, gives one layer per vector table; anything else
 * is read as GeoJSON, one layer) and returns the features projected for drawing.
 *
 * <p>GeoJSON is streamed ({@link GeoJsonReader#open}, one feature's lon/lat geometry in memory at a
 * time; each is projected into flat arrays at once), so a file of any size needs memory only for
 * its projected vertices (16 bytes each). A file whose legacy {@code crs} member names anything but
 * WGS84 lon/lat (OGC CRS84) is refused: RFC 7946 coordinates are always lon/lat, and reading metres
 * as degrees would draw nonsense. Errors carry the same located message as {@code borderatlas
 * validate}.
 *
 * <p>Stateless and thread-safe; call it off the event dispatch thread.
 */
public final class LayerFileReader {

  /** Told of progress; may cancel. Called on the reading thread. */
  public interface Monitor {
    /** Bytes read so far of {@code totalBytes} (-1 when unknown). */
    void progress(long bytesRead, long totalBytes);

    /** True to stop reading: {@link #read} then throws {@link CancellationException}. */
    boolean isCancelled();
  }

  /** A monitor that ignores progress and never cancels. */
  public static final Monitor NO_MONITOR =
      new Monitor() {
        @Override
        public void progress(long bytesRead, long totalBytes) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  private static final int BUFFER_BYTES = 1 << 16;

  /**
   * One layer read from a file.
   *
   * @param table the GeoPackage table, or {@code null} for a GeoJSON file
   * @param features the features, projected
   */
  public record FileLayer(String table, ProjectedFeatures features) {
    /** The name shown in the layer list: the file name, and the table of a GeoPackage. */
    public String title(Path file) {
      String name = String.valueOf(file.getFileName());
      return table == null ? name : name + " – " + table;
    }
  }

  private LayerFileReader() {}

  /**
   * Reads a file's features and projects them.
   *
   * @param file the file; its name as given is the label of messages
   * @param projection the map's projection
   * @param monitor told of progress at least every 64 KiB; checked for cancellation per feature
   * @throws LayerFileException with a located message when the file cannot be read or is refused
   * @throws CancellationException when the monitor cancelled
   */
  public static ProjectedFeatures read(Path file, MapProjection projection, Monitor monitor) {
    return read(file, null, projection, monitor);
  }

  /**
   * Reads a GeoJSON file, or one table of a GeoPackage.
   *
   * @param table the GeoPackage table; {@code null} for GeoJSON (or a GeoPackage's first table)
   * @throws LayerFileException with a located message when the file cannot be read or is refused
   * @throws CancellationException when the monitor cancelled
   */
  public static ProjectedFeatures read(
      Path file, String table, MapProjection projection, Monitor monitor) {
    if (!AtlasFiles.isGeoPackage(file)) {
      return readGeoJson(file, projection, monitor);
    }
    return table == null
        ? GeoPackageLayers.readAll(file, projection, monitor).get(0).features()
        : GeoPackageLayers.read(file, table, projection, monitor);
  }

  /**
   * Reads every layer of a file: one for GeoJSON, one per vector table for a GeoPackage.
   *
   * @throws LayerFileException with a located message when the file cannot be read or is refused
   * @throws CancellationException when the monitor cancelled
   */
  public static List<FileLayer> readLayers(Path file, MapProjection projection, Monitor monitor) {
    if (AtlasFiles.isGeoPackage(file)) {
      return GeoPackageLayers.readAll(file, projection, monitor);
    }
    return List.of(new FileLayer(null, readGeoJson(file, projection, monitor)));
  }

  private static ProjectedFeatures readGeoJson(
      Path file, MapProjection projection, Monitor monitor) {
    String label = file.toString();
    if (Files.isDirectory(file)) {
      throw new LayerFileException("cannot read " + label + ": is a directory", null);
    }
    ProjectedFeatures.Builder layer = new ProjectedFeatures.Builder(projection);
    try (Counting in = new Counting(Files.newInputStream(file), sizeOrUnknown(file), monitor);
        FeatureStream features = new GeoJsonReader().open(in, label)) {
      try {
        while (features.hasNext()) {
          checkCrs(features.crs(), label);
          if (monitor.isCancelled()) {
            throw new CancellationException("cancelled: " + label);
          }
          GeoJsonFeature f = features.next();
          layer.add(f.id(), f.geometry(), f.properties());
        }
      } catch (GeoJsonException e) {
        checkCrs(features.crs(), label); // a projected crs explains "longitude out of range"
        throw e;
      }
      checkCrs(features.crs(), label);
    } catch (GeoJsonException e) {
      throw new LayerFileException(e.getMessage(), e);
    } catch (IOException e) {
      throw new LayerFileException("cannot read " + label + ": " + IoReasons.reason(e), e);
    }
    return layer.build();
  }

  /** Refuses a legacy {@code crs} naming anything but WGS84 lon/lat. */
  static void checkCrs(Optional<String> crs, String label) {
    if (crs.isPresent() && !crs.get().isEmpty() && !LegacyCrs.isCrs84(crs.get())) {
      throw new LayerFileException(
          label
              + ": its crs member names "
              + crs.get()
              + ", but only WGS84 longitude/latitude (RFC 7946, OGC CRS84) is read; reproject"
              + " it first, e.g. ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson "
              + label,
          null);
    }
  }

  private static long sizeOrUnknown(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Counts the bytes read and tells the monitor. */
  private static final class Counting extends FilterInputStream {
    private final long total;
    private final Monitor monitor;
    private long read;
    private long told;

    Counting(InputStream in, long total, Monitor monitor) {
      super(new BufferedInputStream(in, BUFFER_BYTES));
      this.total = total;
      this.monitor = monitor;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read - told >= BUFFER_BYTES) {
        told = read;
        monitor.progress(read, total);
      }
    }
  }
}
