package io.github.borderatlas.core.model;

/** What a stretch of the border follows. */
public enum SegmentKind {
  /** Ridge, watershed or straight line over land, where a source says so. */
  LAND,
  /**
   * Land, or water not located: a stretch with no named river or lake that the data can show, which
   * may still hold part of the officially counted water boundary (the seed's and the boundary
   * commissions' 566.89 km of line along or across rivers and lakes) that no open source locates.
   */
  LAND_OR_UNLOCATED_WATER,
  /** The line follows a river (its channel, bank or thalweg). */
  RIVER,
  /** The line crosses or follows a lake. */
  LAKE
}
