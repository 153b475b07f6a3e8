/**
 * Border extraction from any country-polygon file: the shared boundary of two countries ({@link
 * io.github.borderatlas.core.border.BorderExtractor#between}) or of every pair ({@link
 * io.github.borderatlas.core.border.BorderExtractor#all}), with its parts, tripoints and geodesic
 * lengths, and its conversion to an atlas ({@link
 * io.github.borderatlas.core.border.BorderAtlasFactory}).
 *
 * <p>Coordinates are WGS84 lon/lat degrees, x = longitude. Lengths are metres, geodesic on WGS84
 * (GeographicLib); tolerance tests use a local plane good to about 0.5 % of the distance. Parts run
 * along the first country's outline with that country on their right. Values are immutable and
 * thread-safe; builders are not. Method and measured results: docs/border-extraction.md.
 */
@NullMarked
package io.github.borderatlas.core.border;

import org.jspecify.annotations.NullMarked;
