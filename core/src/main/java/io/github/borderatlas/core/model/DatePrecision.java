package io.github.borderatlas.core.model;

/** How precisely a date is known. */
public enum DatePrecision {
  /** The exact day is known. */
  DAY,
  /** Only the year and month are known; the date is the 1st of the month. */
  MONTH,
  /** Only the year is known; the date is 1 January. */
  YEAR
}
