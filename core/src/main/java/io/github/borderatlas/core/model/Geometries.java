package io.github.borderatlas.core.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The shared JTS factory of the model (floating precision, SRID 4326: WGS84 lon/lat degrees) and
 * the defensive copy used by the immutable model values. Thread-safe.
 */
public final class Geometries {

  /** WGS84 geographic coordinates, EPSG:4326, x = longitude, y = latitude. */
  public static final int WGS84_SRID = 4326;

  /** The factory for all model geometries. {@link GeometryFactory} is immutable and thread-safe. */
  public static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(), WGS84_SRID);

  private Geometries() {}

  /** A private copy of {@code g} (or {@code null}); the model never keeps a caller's instance. */
  @SuppressWarnings("unchecked")
  public static <G extends Geometry> G copyOf(G g) {
    return g == null ? null : (G) g.copy();
  }
}
