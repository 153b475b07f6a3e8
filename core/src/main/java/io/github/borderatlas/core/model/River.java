package io.github.borderatlas.core.model;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * A river, its centreline oriented downstream (first vertex upstream), in WGS84 lon/lat. Immutable;
 * the geometry must not be mutated.
 *
 * @param id stable identifier, e.g. {@code "river.ili"}
 * @param names English, Kazakh, Chinese and Russian names where known
 * @param geometry a {@link LineString} or {@link MultiLineString}, oriented downstream
 * @param outflowId id of the lake or river it flows into, if any ({@code null} is read as empty)
 * @param transboundary true when it flows from China into Kazakhstan across the border
 * @param figures published figures: length, length per country, flow, withdrawals
 * @param provenance source and licence of the geometry
 * @param validity when the river (or this course of it) exists
 */
public record River(
    String id,
    Names names,
    Geometry geometry,
    Optional<String> outflowId,
    boolean transboundary,
    Figures figures,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the geometry; {@code null} figures are read as {@link
   * Figures#empty()}, a {@code null} validity as {@link Validity#ALWAYS} and a {@code null} outflow
   * as empty. The orientation of the geometry is not checked.
   *
   * @param id stable identifier, e.g. {@code "river.ili"}
   * @param names English, Kazakh, Chinese and Russian names where known
   * @param geometry a {@link LineString} or {@link MultiLineString}, oriented downstream
   * @param outflowId id of the lake or river it flows into, if any ({@code null} is read as empty)
   * @param transboundary true when it flows from China into Kazakhstan across the border
   * @param figures published figures: length, length per country, flow, withdrawals
   * @param provenance source and licence of the geometry
   * @param validity when the river (or this course of it) exists
   * @throws NullPointerException if {@code id}, {@code names}, {@code geometry} or {@code
   *     provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or the geometry is neither a LineString
   *     nor a MultiLineString
   */
  public River {
    Checks.id(id);
    Checks.required(names, "names", id);
    Checks.required(geometry, "geometry", id);
    Checks.required(provenance, "provenance", id);
    if (!(geometry instanceof LineString || geometry instanceof MultiLineString)) {
      throw new IllegalArgumentException(
          "river "
              + id
              + " needs a LineString or MultiLineString, got "
              + geometry.getGeometryType());
    }
    figures = figures == null ? Figures.empty() : figures;
    validity = validity == null ? Validity.ALWAYS : validity;
    outflowId = outflowId == null ? Optional.empty() : outflowId;
    geometry = Geometries.copyOf(geometry);
  }

  @Override
  public Layer layer() {
    return Layer.RIVER;
  }

  @Override
  public String name() {
    return names.english();
  }
}
