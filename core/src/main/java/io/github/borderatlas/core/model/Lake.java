package io.github.borderatlas.core.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A lake or reservoir: a polygon in WGS84 lon/lat whose holes are islands. Immutable; the geometry
 * must not be mutated.
 *
 * @param id stable identifier, e.g. {@code "lake.balkhash"}
 * @param names names where known
 * @param geometry a {@link Polygon} or {@link MultiPolygon}; islands are holes
 * @param figures published figures (area, elevation, length)
 * @param provenance source and licence of the geometry
 * @param validity when it exists (a reservoir from its filling)
 */
public record Lake(
    String id,
    Names names,
    Geometry geometry,
    Figures figures,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the geometry; {@code null} figures are read as {@link
   * Figures#empty()} and a {@code null} validity as {@link Validity#ALWAYS}.
   *
   * @param id stable identifier, e.g. {@code "lake.balkhash"}
   * @param names names where known
   * @param geometry a {@link Polygon} or {@link MultiPolygon}; islands are holes
   * @param figures published figures (area, elevation, length)
   * @param provenance source and licence of the geometry
   * @param validity when it exists (a reservoir from its filling)
   * @throws NullPointerException if {@code id}, {@code names}, {@code geometry} or {@code
   *     provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or the geometry is neither a Polygon
   *     nor a MultiPolygon
   */
  public Lake {
    Checks.id(id);
    Checks.required(names, "names", id);
    Checks.required(geometry, "geometry", id);
    Checks.required(provenance, "provenance", id);
    if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
      throw new IllegalArgumentException(
          "lake " + id + " needs a Polygon or MultiPolygon, got " + geometry.getGeometryType());
    }
    figures = figures == null ? Figures.empty() : figures;
    validity = validity == null ? Validity.ALWAYS : validity;
    geometry = Geometries.copyOf(geometry);
  }

  @Override
  public Layer layer() {
    return Layer.LAKE;
  }

  @Override
  public String name() {
    return names.english();
  }
}
