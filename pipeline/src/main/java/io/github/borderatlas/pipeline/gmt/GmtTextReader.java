package io.github.borderatlas.pipeline.gmt;

import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.pipeline.PipelineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads GMT multisegment ASCII as written by {@code gmt coast -M}: a {@code >} header line opens
 * each segment (e.g. {@code "> River Bin # 14112, Level 2"}), followed by one {@code lon lat}
 * vertex per line, separated by tabs or spaces; further columns are ignored. Lines starting with
 * {@code #} and blank lines are skipped. Segments with fewer than two vertices are dropped (GMT
 * writes such stubs where a line only touches a bin).
 *
 * <p>Coordinates are taken as written: WGS84 longitude then latitude, in degrees. Malformed
 * numbers, out-of-range coordinates or vertices before the first header raise a {@link
 * PipelineException} naming the file and line. Stateless and thread-safe.
 */
public final class GmtTextReader {

  private final GeometryFactory factory;

  /** A reader building lines with the model's factory (SRID 4326). */
  public GmtTextReader() {
    this(Geometries.FACTORY);
  }

  public GmtTextReader(GeometryFactory factory) {
    this.factory = factory;
  }

  /** Reads a file; the file name labels errors. */
  public List<GmtSegment> read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return read(r, String.valueOf(file.getFileName()));
    } catch (IOException e) {
      throw new PipelineException("cannot read: " + e.getMessage(), file.toString(), -1, e);
    }
  }

  /** Reads text held in memory; {@code source} labels errors. */
  public List<GmtSegment> read(String text, String source) {
    try {
      return read(new StringReader(text), source);
    } catch (IOException e) {
      throw new PipelineException("cannot read: " + e.getMessage(), source, -1, e);
    }
  }

  private List<GmtSegment> read(Reader in, String source) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<GmtSegment> segments = new ArrayList<>();
    List<Coordinate> current = null;
    int level = -1;
    long headerLine = -1;
    long lineNo = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.charAt(0) == '>') {
        flush(segments, current, level, headerLine);
        current = new ArrayList<>();
        level = parseLevel(t);
        headerLine = lineNo;
        continue;
      }
      if (current == null) {
        throw new PipelineException("vertex before the first '>' segment header", source, lineNo);
      }
      current.add(parseVertex(t, source, lineNo));
    }
    flush(segments, current, level, headerLine);
    return List.copyOf(segments);
  }

  private void flush(List<GmtSegment> out, List<Coordinate> coords, int level, long header) {
    if (coords != null && coords.size() >= 2) {
      out.add(
          new GmtSegment(
              level, factory.createLineString(coords.toArray(new Coordinate[0])), header));
    }
  }

  /** The number after "Level" in a header, or -1. */
  static int parseLevel(String header) {
    int i = header.indexOf("Level");
    if (i < 0) {
      return -1;
    }
    int j = i + 5;
    while (j < header.length() && header.charAt(j) == ' ') {
      j++;
    }
    int k = j;
    while (k < header.length() && Character.isDigit(header.charAt(k))) {
      k++;
    }
    return k > j ? Integer.parseInt(header.substring(j, k)) : -1;
  }

  private static Coordinate parseVertex(String t, String source, long lineNo) {
    String[] parts = t.split("[\\s,]+");
    if (parts.length < 2) {
      throw new PipelineException("expected 'lon lat', got '" + t + "'", source, lineNo);
    }
    double lon;
    double lat;
    try {
      lon = Double.parseDouble(parts[0]);
      lat = Double.parseDouble(parts[1]);
    } catch (NumberFormatException e) {
      throw new PipelineException("expected 'lon lat' numbers, got '" + t + "'", source, lineNo);
    }
    if (!(lon >= -180 && lon <= 360) || !(lat >= -90 && lat <= 90)) {
      throw new PipelineException(
          "coordinate out of range (lon -180..360, lat -90..90): '" + t + "'", source, lineNo);
    }
    return new Coordinate(lon > 180 ? lon - 360 : lon, lat);
  }
}
