package io.github.borderatlas.core.model;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * What every feature of the atlas has: a stable string id, a layer, an English name, a geometry in
 * WGS84 longitude/latitude degrees (JTS x = longitude, y = latitude), its provenance and its period
 * of validity.
 *
 * <p>Implementations are immutable. Their geometries are private copies and <b>must not be
 * mutated</b> by callers (as with JTS {@code getEnvelopeInternal()}); copy them first if needed.
 */
public interface AtlasFeature {

  /** A stable identifier, unique in the atlas, e.g. {@code "river.ili"}. */
  String id();

  /** The layer this feature belongs to. */
  Layer layer();

  /** The English display name. */
  String name();

  /**
   * The geometry in WGS84 lon/lat degrees, or {@code null} for a feature without location (an event
   * whose place is unknown). Must not be mutated.
   */
  @Nullable Geometry geometry();

  /** Source and licence. */
  Provenance provenance();

  /** When the feature exists or applies. */
  Validity validity();
}
