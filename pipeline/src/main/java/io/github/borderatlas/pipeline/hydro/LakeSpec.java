package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Validity;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the pipeline needs to find and describe one lake: a lon/lat point inside it (to pick the
 * unnamed GSHHS shoreline) and the descriptive data of the atlas feature. Immutable.
 *
 * @param id atlas id, e.g. {@code "lake.balkhash"}
 * @param names names in four languages
 * @param inside a lon/lat point inside the lake, not on an island
 * @param figures published figures (facts.md §4)
 * @param validity when the lake exists (a reservoir from its filling)
 * @param note what the polygon holds, when it is more than the named lake, or {@code null}
 * @param reference the pages that give the names and the inside point (full addresses), added to
 *     the feature's {@code source}, or {@code null} when they come from the reference notes
 */
public record LakeSpec(
    String id,
    Names names,
    Coordinate inside,
    List<Figure> figures,
    Validity validity,
    String note,
    String reference) {

  public LakeSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(inside, "inside");
    figures = List.copyOf(figures);
  }
}
