package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the viewer window shows that takes model work to compute: the atlas projected for
 * drawing, the river crossings, the measured-vs-published lengths and the dispute shares. Computed
 * once by {@link #compute} on a worker thread (never on the event dispatch thread: for the bundled
 * atlas it takes about a second cold), then handed to {@link MainFrame}. Immutable and thread-safe
 * (the projected atlas caches its level-of-detail bands in concurrent maps).
 *
 * @param atlas the atlas shown
 * @param projected the atlas projected to map metres
 * @param crossings each river's crossing analysis by river id, in the atlas' order
 * @param lengths measured against published border lengths
 * @param disputeShares the disputed areas per side and source
 */
public record ViewerData(
    Atlas atlas,
    ProjectedAtlas projected,
    Map<String, RiverAtBorder> crossings,
    LengthReconciliation lengths,
    DisputeShares disputeShares) {

  /** Checks and freezes the components. */
  public ViewerData {
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(projected, "projected");
    crossings = Collections.unmodifiableMap(new LinkedHashMap<>(crossings));
    Objects.requireNonNull(lengths, "lengths");
    Objects.requireNonNull(disputeShares, "disputeShares");
  }

  /** Computes everything for {@code atlas}; call it off the event dispatch thread. */
  public static ViewerData compute(Atlas atlas) {
    Map<String, RiverAtBorder> crossings = new LinkedHashMap<>();
    for (RiverAtBorder rc : RiverCrossingAnalysis.of(atlas).rivers()) {
      crossings.put(rc.riverId(), rc);
    }
    return new ViewerData(
        atlas,
        new ProjectedAtlas(atlas, RegionMapProjection.REGION),
        crossings,
        LengthReconciliation.of(atlas),
        DisputeShares.of(atlas));
  }
}
