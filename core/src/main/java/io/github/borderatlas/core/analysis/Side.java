package io.github.borderatlas.core.analysis;

/** Which side of the China–Kazakhstan border a point lies on. */
public enum Side {
  /** In China. */
  CHINA,
  /** In Kazakhstan. */
  KAZAKHSTAN,
  /** On the line itself, or the evidence disagrees. */
  UNKNOWN
}
