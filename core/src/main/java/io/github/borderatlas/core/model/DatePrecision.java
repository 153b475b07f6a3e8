package io.github.borderatlas.core.model;

/** How precisely a date is known. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
