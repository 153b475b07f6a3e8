package io.github.borderatlas.pipeline.gmt;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * One segment of a GMT multisegment text file: its level (the GSHHG hierarchy level or WDBII class
 * from the {@code > ... Level N} header) and its vertices as a line in WGS84 lon/lat degrees (x =
 * longitude, y = latitude). Immutable; the line must not be mutated.
 *
 * @param level the header's level, or -1 when the header names none
 * @param line at least two vertices, in file order
 * @param headerLine the 1-based line number of the segment's header, for error reports
 */
public record GmtSegment(int level, LineString line, long headerLine) {

  public GmtSegment {
    Objects.requireNonNull(line, "line");
    if (line.getNumPoints() < 2) {
      throw new IllegalArgumentException(
          "a segment needs at least 2 vertices, had " + line.getNumPoints());
    }
  }
}
