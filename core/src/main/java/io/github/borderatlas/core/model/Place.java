package io.github.borderatlas.core.model;

import java.util.Optional;
import org.locationtech.jts.geom.Point;

/**
 * A named point: tripoint, border crossing, city, the Khorgos centre, an embassy, waterworks.
 * Immutable; the geometry must not be mutated.
 *
 * @param id stable identifier, e.g. {@code "crossing.khorgos"}
 * @param kind what the place is
 * @param names names where known
 * @param kazakhstanSideName for a crossing, the name used on the Kazakh side (e.g. "Nur Zholy"),
 *     else empty
 * @param chinaSideName for a crossing, the name used on the Chinese side (e.g. "Khorgos"); empty
 *     otherwise
 * @param location WGS84 lon/lat point (x = longitude, y = latitude)
 * @param accuracy how well the location is known
 * @param opened when it opened or was established; empty when none
 * @param note a remark (conflicting dates, status); empty when none
 * @param provenance source of the location and facts
 * @param validity when it exists
 * @param side ISO 3166-1 alpha-3 code of the country on whose side of the border the place lies,
 *     where its sources say so (one country's facility, a town), else empty; the validator checks
 *     the location against it
 */
public record Place(
    String id,
    PlaceKind kind,
    Names names,
    Optional<String> kazakhstanSideName,
    Optional<String> chinaSideName,
    Point location,
    PositionAccuracy accuracy,
    Optional<PartialDate> opened,
    Optional<String> note,
    Provenance provenance,
    Validity validity,
    Optional<String> side)
    implements AtlasFeature {

  /** A place whose side of the border is not stated. */
  public Place(
      String id,
      PlaceKind kind,
      Names names,
      Optional<String> kazakhstanSideName,
      Optional<String> chinaSideName,
      Point location,
      PositionAccuracy accuracy,
      Optional<PartialDate> opened,
      Optional<String> note,
      Provenance provenance,
      Validity validity) {
    this(
        id,
        kind,
        names,
        kazakhstanSideName,
        chinaSideName,
        location,
        accuracy,
        opened,
        note,
        provenance,
        validity,
        Optional.empty());
  }

  /**
   * Checks the components and copies the location; a {@code null} validity is read as {@link
   * Validity#ALWAYS} and a {@code null} optional as empty.
   *
   * @param id stable identifier, e.g. {@code "crossing.khorgos"}
   * @param kind what the place is
   * @param names names where known
   * @param kazakhstanSideName for a crossing, the name used on the Kazakh side (e.g. "Nur Zholy"),
   *     else empty
   * @param chinaSideName for a crossing, the name used on the Chinese side (e.g. "Khorgos"); empty
   *     otherwise
   * @param location WGS84 lon/lat point (x = longitude, y = latitude)
   * @param accuracy how well the location is known
   * @param opened when it opened or was established; empty when none
   * @param note a remark (conflicting dates, status); empty when none
   * @param provenance source of the location and facts
   * @param validity when it exists
   * @param side ISO 3166-1 alpha-3 code of the country on whose side of the border the place lies,
   *     where its sources say so (one country's facility, a town), else empty; the validator checks
   *     the location against it
   * @throws NullPointerException if {@code id}, {@code kind}, {@code names}, {@code location},
   *     {@code accuracy} or {@code provenance} is {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or {@code side} is not three capital
   *     letters A–Z
   */
  public Place {
    Checks.id(id);
    Checks.required(kind, "kind", id);
    Checks.required(names, "names", id);
    Checks.required(location, "location", id);
    Checks.required(accuracy, "accuracy", id);
    Checks.required(provenance, "provenance", id);
    validity = validity == null ? Validity.ALWAYS : validity;
    kazakhstanSideName = kazakhstanSideName == null ? Optional.empty() : kazakhstanSideName;
    chinaSideName = chinaSideName == null ? Optional.empty() : chinaSideName;
    opened = opened == null ? Optional.empty() : opened;
    note = note == null ? Optional.empty() : note;
    side = side == null ? Optional.empty() : side;
    side.ifPresent(a3 -> Checks.isoA3(a3, "side", id));
    location = Geometries.copyOf(location);
  }

  @Override
  public Layer layer() {
    return Layer.PLACE;
  }

  @Override
  public String name() {
    return names.english();
  }

  @Override
  public Point geometry() {
    return location;
  }

  /** This place under other names (e.g. those it bore on a date); itself when they are equal. */
  public Place withNames(Names other) {
    return other.equals(names)
        ? this
        : new Place(
            id,
            kind,
            other,
            kazakhstanSideName,
            chinaSideName,
            location,
            accuracy,
            opened,
            note,
            provenance,
            validity,
            side);
  }
}
