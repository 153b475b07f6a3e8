/**
 * Features measured against the China–Kazakhstan border: on which side they lie, how far they are
 * from the line (geodesic metres on WGS84), the nearest point of the line and its chainage, where
 * they cross it and which border crossing is nearest ({@link
 * io.github.borderatlas.core.proximity.BorderProximity}).
 *
 * <p>Coordinates are WGS84 lon/lat degrees (JTS x = lon, y = lat); distances and chainages are
 * metres. Results are immutable values.
 */
@NullMarked
package io.github.borderatlas.core.proximity;

import org.jspecify.annotations.NullMarked;
