package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Names;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the pipeline needs to find and describe one river: points on its course (lon/lat, upstream
 * first) to pick and orient the unnamed WDBII line, optional cut points, and the descriptive data
 * of the atlas feature. Immutable.
 *
 * @param id atlas id, e.g. {@code "river.ili"}
 * @param names names in four languages
 * @param course lon/lat points on the course, upstream first; at least two
 * @param cutFrom cut the picked line from the position nearest this point, or {@code null}
 * @param cutTo cut the picked line at the position nearest this point, or {@code null}
 * @param outflowId id of the lake or river it flows into, or {@code null}
 * @param transboundary true when it flows from China into Kazakhstan across the border
 * @param figures published figures (facts.md §4)
 * @param note what the extracted line leaves out or adds, written into the note of the measured
 *     length, or {@code null}
 * @param upstreamToward a published source (lon/lat) to extend the line towards through the WDBII
 *     network above its upstream end (see {@link UpstreamExtender}), or {@code null}
 */
public record RiverSpec(
    String id,
    Names names,
    List<Coordinate> course,
    Coordinate cutFrom,
    Coordinate cutTo,
    String outflowId,
    boolean transboundary,
    List<Figure> figures,
    String note,
    Coordinate upstreamToward) {

  /** A river whose extracted line needs no note. */
  public RiverSpec(
      String id,
      Names names,
      List<Coordinate> course,
      Coordinate cutFrom,
      Coordinate cutTo,
      String outflowId,
      boolean transboundary,
      List<Figure> figures) {
    this(id, names, course, cutFrom, cutTo, outflowId, transboundary, figures, null, null);
  }

  public RiverSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(names, "names");
    course = List.copyOf(course);
    figures = List.copyOf(figures);
    if (course.size() < 2) {
      throw new IllegalArgumentException("river " + id + " needs at least two course points");
    }
  }
}
