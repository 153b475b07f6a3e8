package io.github.borderatlas.core.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A country outline for context (WGS84 lon/lat). Immutable; the geometry must not be mutated.
 *
 * @param id stable identifier, e.g. {@code "country.KAZ"}
 * @param names names where known
 * @param isoA3 ISO 3166-1 alpha-3 code
 * @param geometry a Polygon or MultiPolygon
 * @param provenance source and licence
 * @param validity when this outline applies
 */
public record Country(
    String id,
    Names names,
    String isoA3,
    Geometry geometry,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the geometry; a {@code null} validity is read as {@link
   * Validity#ALWAYS}. The ISO code's form is not checked.
   *
   * @param id stable identifier, e.g. {@code "country.KAZ"}
   * @param names names where known
   * @param isoA3 ISO 3166-1 alpha-3 code
   * @param geometry a Polygon or MultiPolygon
   * @param provenance source and licence
   * @param validity when this outline applies
   * @throws NullPointerException if {@code id}, {@code names}, {@code isoA3}, {@code geometry} or
   *     {@code provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or the geometry is neither a Polygon
   *     nor a MultiPolygon
   */
  public Country {
    Checks.id(id);
    Checks.required(names, "names", id);
    Checks.required(isoA3, "isoA3", id);
    Checks.required(geometry, "geometry", id);
    Checks.required(provenance, "provenance", id);
    if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
      throw new IllegalArgumentException(
          "country " + id + " needs a Polygon or MultiPolygon, got " + geometry.getGeometryType());
    }
    validity = validity == null ? Validity.ALWAYS : validity;
    geometry = Geometries.copyOf(geometry);
  }

  @Override
  public Layer layer() {
    return Layer.COUNTRY;
  }

  @Override
  public String name() {
    return names.english();
  }

  /** This country area under other names (e.g. the state's on a date); itself when equal. */
  public Country withNames(Names other) {
    return other.equals(names)
        ? this
        : new Country(id, other, isoA3, geometry, provenance, validity);
  }
}
