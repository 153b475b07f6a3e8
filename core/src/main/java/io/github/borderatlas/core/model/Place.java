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
 *     else {@code null}
 * @param chinaSideName for a crossing, the name used on the Chinese side (e.g. "Khorgos"), else
 *     {@code null}
 * @param location WGS84 lon/lat point (x = longitude, y = latitude)
 * @param accuracy how well the location is known
 * @param opened when it opened or was established, or {@code null}
 * @param note a remark (conflicting dates, status), or {@code null}
 * @param provenance source of the location and facts
 * @param validity when it exists
 * @param side ISO 3166-1 alpha-3 code of the country on whose side of the border the place lies,
 *     where its sources say so (one country's facility, a town), else {@code null}; the validator
 *     checks the location against it
 */
public record Place(
    String id,
    PlaceKind kind,
    Names names,
    String kazakhstanSideName,
    String chinaSideName,
    Point location,
    PositionAccuracy accuracy,
    PartialDate opened,
    String note,
    Provenance provenance,
    Validity validity,
    String side)
    implements AtlasFeature {

  /** A place whose side of the border is not stated. */
  public Place(
      String id,
      PlaceKind kind,
      Names names,
      String kazakhstanSideName,
      String chinaSideName,
      Point location,
      PositionAccuracy accuracy,
      PartialDate opened,
      String note,
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
        null);
  }

  public Place {
    Checks.id(id);
    Checks.required(kind, "kind", id);
    Checks.required(names, "names", id);
    Checks.required(location, "location", id);
    Checks.required(accuracy, "accuracy", id);
    Checks.required(provenance, "provenance", id);
    validity = validity == null ? Validity.ALWAYS : validity;
    Checks.isoA3(side, "side", id);
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

  public Optional<PartialDate> openedOn() {
    return Optional.ofNullable(opened);
  }

  public Optional<String> optionalNote() {
    return Optional.ofNullable(note);
  }

  /** The ISO alpha-3 code of the country whose side the place is on, when its sources say so. */
  public Optional<String> optionalSide() {
    return Optional.ofNullable(side);
  }
}
