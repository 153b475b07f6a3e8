package io.github.borderatlas.core.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;

/**
 * An agreement or event on the timeline. Immutable; the geometry must not be mutated.
 *
 * <p>{@link #validity()} is the period an agreement is in force (from entry into force until
 * superseded); for a plain event it is {@link Validity#ALWAYS}.
 *
 * @param id stable identifier, e.g. {@code "treaty.1994-border-agreement"}
 * @param date when it was signed or happened, at its true precision
 * @param kind category
 * @param title short English title
 * @param summary one or two sentences, written for BorderAtlas
 * @param placeName where it was signed or happened; empty when not found
 * @param place WGS84 lon/lat point of {@code placeName}, or {@code null}
 * @param parties the parties, e.g. {@code ["China", "Kazakhstan"]}
 * @param concerns ids of atlas features it concerns (a border segment, a sector, a place)
 * @param provenance the source
 * @param validity when an agreement is in force
 * @param side ISO 3166-1 alpha-3 code of the country on whose side of the border {@code place}
 *     lies, where the entry is about one country's facility (e.g. the Chinese port of Khorgos),
 *     else empty; the validator checks the point against it
 */
public record TimelineEntry(
    String id,
    PartialDate date,
    EntryKind kind,
    String title,
    String summary,
    Optional<String> placeName,
    @Nullable Point place,
    List<String> parties,
    List<String> concerns,
    Provenance provenance,
    Validity validity,
    Optional<String> side)
    implements AtlasFeature {

  /** An entry whose place's side of the border is not stated. */
  public TimelineEntry(
      String id,
      PartialDate date,
      EntryKind kind,
      String title,
      String summary,
      Optional<String> placeName,
      @Nullable Point place,
      List<String> parties,
      List<String> concerns,
      Provenance provenance,
      Validity validity) {
    this(
        id,
        date,
        kind,
        title,
        summary,
        placeName,
        place,
        parties,
        concerns,
        provenance,
        validity,
        Optional.empty());
  }

  /**
   * Checks the components, copies the lists and the point; a {@code null} summary is read as {@code
   * ""}, {@code null} lists as empty, a {@code null} validity as {@link Validity#ALWAYS} and a
   * {@code null} optional as empty.
   *
   * @param id stable identifier, e.g. {@code "treaty.1994-border-agreement"}
   * @param date when it was signed or happened, at its true precision
   * @param kind category
   * @param title short English title
   * @param summary one or two sentences, written for BorderAtlas
   * @param placeName where it was signed or happened; empty when not found
   * @param place WGS84 lon/lat point of {@code placeName}, or {@code null}
   * @param parties the parties, e.g. {@code ["China", "Kazakhstan"]}
   * @param concerns ids of atlas features it concerns (a border segment, a sector, a place)
   * @param provenance the source
   * @param validity when an agreement is in force
   * @param side ISO 3166-1 alpha-3 code of the country on whose side of the border {@code place}
   *     lies, where the entry is about one country's facility (e.g. the Chinese port of Khorgos),
   *     else empty; the validator checks the point against it
   * @throws NullPointerException if {@code id}, {@code date}, {@code kind}, {@code title} or {@code
   *     provenance} is {@code null}, or a list holds {@code null}
   * @throws IllegalArgumentException if {@code id} is blank or {@code side} is not three capital
   *     letters A–Z
   */
  public TimelineEntry {
    Checks.id(id);
    Checks.required(date, "date", id);
    Checks.required(kind, "kind", id);
    Checks.required(title, "title", id);
    Checks.required(provenance, "provenance", id);
    summary = summary == null ? "" : summary;
    parties = parties == null ? List.of() : List.copyOf(parties);
    concerns = concerns == null ? List.of() : List.copyOf(concerns);
    validity = validity == null ? Validity.ALWAYS : validity;
    placeName = placeName == null ? Optional.empty() : placeName;
    side = side == null ? Optional.empty() : side;
    side.ifPresent(a3 -> Checks.isoA3(a3, "side", id));
    place = Geometries.copyOf(place);
  }

  @Override
  public Layer layer() {
    return Layer.EVENT;
  }

  @Override
  public String name() {
    return title;
  }

  @Override
  public @Nullable Point geometry() {
    return place;
  }
}
