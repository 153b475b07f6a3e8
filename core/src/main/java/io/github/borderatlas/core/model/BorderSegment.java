package io.github.borderatlas.core.model;

import java.util.Optional;
import org.locationtech.jts.geom.LineString;

/**
 * A stretch of the border of one {@link SegmentKind}, with its chainage along the line.
 *
 * <p>Chainage is measured in metres along the border's geodesic length from the
 * China–Russia–Kazakhstan tripoint (the line's first vertex). Geometry is WGS84 lon/lat and must
 * not be mutated. Immutable.
 *
 * @param id stable identifier, e.g. {@code "border.segment.07"}
 * @param kind land, river or lake
 * @param name display name, e.g. {@code "Khorgos river stretch"}
 * @param waterbody the river or lake followed (English name); empty on land ({@code null} is read
 *     as empty)
 * @param geometry the stretch, ordered like the border (north to south)
 * @param startChainageMetres metres from the tripoint to the stretch's start, ≥ 0
 * @param endChainageMetres metres from the tripoint to the stretch's end, ≥ {@code
 *     startChainageMetres}
 * @param evidence why the stretch has this kind (source, or the measure that identified it)
 * @param provenance source and licence of the geometry
 * @param validity when the stretch applies
 */
public record BorderSegment(
    String id,
    SegmentKind kind,
    String name,
    Optional<String> waterbody,
    LineString geometry,
    double startChainageMetres,
    double endChainageMetres,
    String evidence,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the geometry; a {@code null} validity is read as {@link
   * Validity#ALWAYS}, a {@code null} evidence as {@code ""} and a {@code null} waterbody as empty.
   *
   * @param id stable identifier, e.g. {@code "border.segment.07"}
   * @param kind land, river or lake
   * @param name display name, e.g. {@code "Khorgos river stretch"}
   * @param waterbody the river or lake followed (English name); empty on land ({@code null} is read
   *     as empty)
   * @param geometry the stretch, ordered like the border (north to south)
   * @param startChainageMetres metres from the tripoint to the stretch's start, ≥ 0
   * @param endChainageMetres metres from the tripoint to the stretch's end, ≥ {@code
   *     startChainageMetres}
   * @param evidence why the stretch has this kind (source, or the measure that identified it)
   * @param provenance source and licence of the geometry
   * @param validity when the stretch applies
   * @throws NullPointerException if {@code id}, {@code kind}, {@code name}, {@code geometry} or
   *     {@code provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or the chainage is not {@code 0 <=
   *     start <= end} (NaN included)
   */
  public BorderSegment {
    Checks.id(id);
    Checks.required(kind, "kind", id);
    Checks.required(name, "name", id);
    Checks.required(geometry, "geometry", id);
    Checks.required(provenance, "provenance", id);
    validity = validity == null ? Validity.ALWAYS : validity;
    evidence = evidence == null ? "" : evidence;
    waterbody = waterbody == null ? Optional.empty() : waterbody;
    if (!(startChainageMetres >= 0) || !(endChainageMetres >= startChainageMetres)) {
      throw new IllegalArgumentException(
          "chainage of "
              + id
              + " must satisfy 0 <= start <= end, was "
              + startChainageMetres
              + ".."
              + endChainageMetres);
    }
    geometry = Geometries.copyOf(geometry);
  }

  @Override
  public Layer layer() {
    return Layer.BORDER_SEGMENT;
  }

  /** Length by chainage, metres. */
  public double lengthMetres() {
    return endChainageMetres - startChainageMetres;
  }
}
