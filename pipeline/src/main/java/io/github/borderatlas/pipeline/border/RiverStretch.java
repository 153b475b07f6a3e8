package io.github.borderatlas.pipeline.border;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * A stretch where sources say the border follows a river, given by two lon/lat anchors that are
 * projected onto the line: {@code first} is met first going from the Russian tripoint, {@code last}
 * later. Immutable.
 *
 * @param waterbody the river's English name, e.g. "Khorgos"
 * @param riverId the atlas id of the river, or {@code null} when the atlas has no such river
 * @param first anchor of the end nearer the Russian tripoint (lon/lat)
 * @param last anchor of the end nearer Khan Tengri (lon/lat)
 * @param evidence which sources name it as a boundary river, and where the anchors come from
 */
public record RiverStretch(
    String waterbody, String riverId, Coordinate first, Coordinate last, String evidence) {

  public RiverStretch {
    Objects.requireNonNull(waterbody, "waterbody");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(evidence, "evidence");
  }
}
