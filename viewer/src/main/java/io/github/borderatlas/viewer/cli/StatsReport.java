package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code stats} reports, computed once with core analysis: border lengths measured vs
 * published ({@link LengthReconciliation}), river crossings ({@link RiverCrossingAnalysis}),
 * dispute shares ({@link DisputeShares}) and the data sources with their licences. Immutable.
 *
 * @param lengths measured vs published border lengths
 * @param crossings each river's crossings of the border
 * @param disputes published dispute areas and shares per source
 * @param sources every distinct (source, licence) of the features with its feature count
 */
record StatsReport(
    LengthReconciliation lengths,
    RiverCrossingAnalysis crossings,
    DisputeShares disputes,
    List<SourceCount> sources) {

  /** A data source, its licence and how many features cite it. */
  record SourceCount(String source, String license, int features) {}

  static StatsReport of(Atlas atlas) {
    Map<Provenance, Integer> counts = new LinkedHashMap<>();
    for (AtlasFeature f : atlas.features()) {
      counts.merge(f.provenance(), 1, Integer::sum);
    }
    List<SourceCount> sources = new ArrayList<>();
    counts.forEach((p, n) -> sources.add(new SourceCount(p.source(), p.license(), n)));
    sources.sort(
        (a, b) ->
            a.license().equals(b.license())
                ? Integer.compare(b.features(), a.features())
                : a.license().compareTo(b.license()));
    return new StatsReport(
        LengthReconciliation.of(atlas),
        RiverCrossingAnalysis.of(atlas),
        DisputeShares.of(atlas),
        List.copyOf(sources));
  }
}
