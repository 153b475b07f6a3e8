/**
 * Streaming GeoJSON conversion: {@link io.github.borderatlas.core.io.convert.GeoJsonConverter}
 * turns any GeoJSON into an RFC 7946 FeatureCollection (rounded, rewound, with bboxes), optionally
 * keeping only the features with given property values or intersecting a lon/lat box, with memory
 * bounded by the largest feature and atomic file output. The engine of the CLI's {@code convert}.
 */
@NullMarked
package io.github.borderatlas.core.io.convert;

import org.jspecify.annotations.NullMarked;
