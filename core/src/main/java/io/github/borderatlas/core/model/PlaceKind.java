package io.github.borderatlas.core.model;

/** What a {@link Place} is. */
public enum PlaceKind {
  TRIPOINT,
  BORDER_CROSSING,
  CITY,
  CROSS_BORDER_CENTRE,
  EMBASSY,
  WATERWORKS,
  CANAL,
  LANDMARK
}
