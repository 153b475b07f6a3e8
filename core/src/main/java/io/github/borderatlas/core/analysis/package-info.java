/**
 * Analyses of an atlas: measured against published border lengths ({@link
 * io.github.borderatlas.core.analysis.LengthReconciliation}), where rivers cross the border, where
 * they run along it, and which way ({@link
 * io.github.borderatlas.core.analysis.RiverCrossingAnalysis}), the published shares of the disputed
 * land ({@link io.github.borderatlas.core.analysis.DisputeShares}), and validation reports for
 * atlases and plain GeoJSON features ({@link io.github.borderatlas.core.analysis.AtlasValidator},
 * {@link io.github.borderatlas.core.analysis.GeoJsonFeatureValidator}).
 *
 * <p>Coordinates are WGS84 lon/lat degrees (JTS x = lon, y = lat); lengths are geodesic metres
 * unless a name says km. Results are immutable values; validators report data problems as findings
 * and never throw for bad data.
 */
@NullMarked
package io.github.borderatlas.core.analysis;

import org.jspecify.annotations.NullMarked;
