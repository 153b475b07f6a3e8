package io.github.borderatlas.core.model;

/** What a stretch of the border follows. */
public enum SegmentKind {
  /** Ridge, watershed or straight line over land. */
  LAND,
  /** The line follows a river (its channel, bank or thalweg). */
  RIVER,
  /** The line crosses or follows a lake. */
  LAKE
}
