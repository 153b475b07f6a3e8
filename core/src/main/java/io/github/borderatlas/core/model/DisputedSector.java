package io.github.borderatlas.core.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * An area disputed at independence and settled by a later agreement. Most sectors have no sourced
 * outline; {@link #geometry()} is then an approximate point or {@code null}, with its accuracy.
 * Immutable; the geometry must not be mutated.
 *
 * @param id stable identifier, e.g. {@code "sector.chogan-obo"}
 * @param names names where known
 * @param treatyPoints the border points between which it lies, e.g. {@code "15–16"}, or {@code
 *     null}
 * @param settledById id of the timeline entry that settled it; empty while unsettled
 * @param figures published figures for the sector
 * @param location approximate location (WGS84 lon/lat), or {@code null} when no source places it
 * @param locationAccuracy accuracy of {@code location}; required when a location is given
 * @param note remarks on what is and is not known
 * @param provenance source of the facts
 * @param validity when it was disputed
 */
public record DisputedSector(
    String id,
    Names names,
    Optional<String> treatyPoints,
    Optional<String> settledById,
    Figures figures,
    @Nullable Geometry location,
    @Nullable PositionAccuracy locationAccuracy,
    Optional<String> note,
    Provenance provenance,
    Validity validity)
    implements AtlasFeature {

  /**
   * Checks the components and copies the location; {@code null} figures are read as {@link
   * Figures#empty()}, a {@code null} validity as {@link Validity#ALWAYS} and a {@code null}
   * optional as empty.
   *
   * @param id stable identifier, e.g. {@code "sector.chogan-obo"}
   * @param names names where known
   * @param treatyPoints the border points between which it lies, e.g. {@code "15–16"}, or {@code
   *     null}
   * @param settledById id of the timeline entry that settled it; empty while unsettled
   * @param figures published figures for the sector
   * @param location approximate location (WGS84 lon/lat), or {@code null} when no source places it
   * @param locationAccuracy accuracy of {@code location}; required when a location is given
   * @param note remarks on what is and is not known
   * @param provenance source of the facts
   * @param validity when it was disputed
   * @throws NullPointerException if {@code id}, {@code names} or {@code provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank, or a location is given without an
   *     accuracy
   */
  public DisputedSector {
    Checks.id(id);
    Checks.required(names, "names", id);
    Checks.required(provenance, "provenance", id);
    if (location != null && locationAccuracy == null) {
      throw new IllegalArgumentException("sector " + id + " has a location without an accuracy");
    }
    figures = figures == null ? Figures.empty() : figures;
    validity = validity == null ? Validity.ALWAYS : validity;
    treatyPoints = treatyPoints == null ? Optional.empty() : treatyPoints;
    settledById = settledById == null ? Optional.empty() : settledById;
    note = note == null ? Optional.empty() : note;
    location = Geometries.copyOf(location);
  }

  @Override
  public Layer layer() {
    return Layer.DISPUTED_SECTOR;
  }

  @Override
  public String name() {
    return names.english();
  }

  @Override
  public @Nullable Geometry geometry() {
    return location;
  }
}
