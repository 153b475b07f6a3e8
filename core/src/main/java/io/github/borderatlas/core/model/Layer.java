package io.github.borderatlas.core.model;

import java.util.Locale;

/** The layers of the atlas; {@link #id()} is the value of the GeoJSON {@code layer} property. */
public enum Layer {
  /** The boundary line, a {@link Border}. */
  BORDER,
  /** Stretches of the boundary line, {@link BorderSegment}s. */
  BORDER_SEGMENT,
  /** Rivers, {@link River}s. */
  RIVER,
  /** Lakes and reservoirs, {@link Lake}s. */
  LAKE,
  /** Named points, {@link Place}s. */
  PLACE,
  /** Formerly disputed areas, {@link DisputedSector}s. */
  DISPUTED_SECTOR,
  /** Agreements and events, {@link TimelineEntry TimelineEntries}. */
  EVENT,
  /** Context country outlines, {@link Country Countries}. */
  COUNTRY;

  /** The GeoJSON identifier: lower case with hyphens, e.g. {@code "border-segment"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The layer with the given GeoJSON identifier.
   *
   * @throws IllegalArgumentException listing the known identifiers when none matches
   */
  public static Layer fromId(String id) {
    for (Layer l : values()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Layer l : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(l.id());
    }
    throw new IllegalArgumentException("unknown layer \"" + id + "\"; known: " + known);
  }
}
