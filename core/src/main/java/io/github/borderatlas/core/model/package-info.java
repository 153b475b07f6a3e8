/**
 * The atlas model: {@link io.github.borderatlas.core.model.Atlas} and its features (border and
 * segments, rivers, lakes, places, disputed sectors, timeline entries, countries), published {@link
 * io.github.borderatlas.core.model.Figure figures}, names, dates and validity periods.
 *
 * <p>Every value is immutable and thread-safe, geometries included: they are WGS84 lon/lat degrees
 * (CRS:84 axis order, x = longitude) with SRID 4326 on read-only coordinate sequences ({@link
 * io.github.borderatlas.core.model.Geometries}). Values that may be absent are {@code Optional};
 * the one nullable accessor is {@link io.github.borderatlas.core.model.AtlasFeature#geometry()}.
 * Nullness is stated with JSpecify: everything is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.borderatlas.core.model;

import org.jspecify.annotations.NullMarked;
