package io.github.borderatlas.core.model;

/** What a {@link Place} is. */
public enum PlaceKind {
  /** Where the borders of three countries meet. */
  TRIPOINT,
  /** A road or rail crossing point (port of entry) on the border. */
  BORDER_CROSSING,
  /** A city or town. */
  CITY,
  /** A cross-border cooperation zone straddling the line (the Khorgos centre). */
  CROSS_BORDER_CENTRE,
  /** An embassy of one country in the other. */
  EMBASSY,
  /** A dam, weir or water-division structure. */
  WATERWORKS,
  /** A point of a canal, such as its head or end. */
  CANAL,
  /** Any other named point: a site of an event, a natural feature. */
  LANDMARK
}
