package io.github.borderatlas.core.model;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * The boundary line, one continuous line from the China–Russia–Kazakhstan tripoint (first vertex)
 * to the China–Kyrgyzstan–Kazakhstan tripoint on Khan Tengri (last vertex), and its ordered
 * segments. Geometry is WGS84 lon/lat and must not be mutated. Immutable.
 *
 * <p>The constructor checks only what a caller can get wrong (nulls, order of chainage). Whether
 * the segments are contiguous and cover the line is a data question answered by the validation
 * report ({@code io.github.borderatlas.core.analysis.AtlasValidator}).
 *
 * @param id stable identifier, e.g. {@code "border"}
 * @param name display name
 * @param line the whole line, north to south
 * @param segments stretches ordered by chainage
 * @param provenance source and licence of the line
 * @param validity when this line applies
 */
public record Border(
    String id,
    String name,
    LineString line,
    List<BorderSegment> segments,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the line and the segment list; a {@code null} validity is read
   * as {@link Validity#ALWAYS}.
   *
   * @param id stable identifier, e.g. {@code "border"}
   * @param name display name
   * @param line the whole line, north to south
   * @param segments stretches ordered by chainage
   * @param provenance source and licence of the line
   * @param validity when this line applies
   * @throws NullPointerException if {@code id}, {@code name}, {@code line}, {@code segments} or
   *     {@code provenance} is {@code null}, or {@code segments} holds {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or the segments are not ordered by
   *     start chainage
   */
  public Border {
    Checks.id(id);
    Checks.required(name, "name", id);
    Checks.required(line, "line", id);
    Checks.required(provenance, "provenance", id);
    validity = validity == null ? Validity.ALWAYS : validity;
    segments = List.copyOf(Checks.required(segments, "segments", id));
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).startChainageMetres() < segments.get(i - 1).startChainageMetres()) {
        throw new IllegalArgumentException(
            "segments of "
                + id
                + " must be ordered by chainage: "
                + segments.get(i).id()
                + " starts before "
                + segments.get(i - 1).id());
      }
    }
    line = Geometries.copyOf(line);
  }

  @Override
  public Layer layer() {
    return Layer.BORDER;
  }

  @Override
  public LineString geometry() {
    return line;
  }

  /** The segments of one kind, in chainage order. */
  public List<BorderSegment> segments(SegmentKind kind) {
    return segments.stream().filter(s -> s.kind() == kind).toList();
  }
}
