package io.github.borderatlas.core.proximity;

import java.util.Locale;

/**
 * Where a feature lies relative to the China–Kazakhstan border, as {@link BorderProximity} decides
 * it.
 */
public enum FeatureSide {
  /** Every part off the line is in China (parts outside both countries aside). */
  CHINA,
  /** Every part off the line is in Kazakhstan (parts outside both countries aside). */
  KAZAKHSTAN,
  /** Parts on both sides, or a feature that crosses the line from outside both countries. */
  BOTH,
  /** Every vertex lies on the line (a point on the border, a line drawn along it). */
  ON_BORDER,
  /** Outside both countries (e.g. in Kyrgyzstan or Russia) and not touching the line. */
  NEITHER,
  /** The feature has no geometry ({@code "geometry": null}). */
  NO_GEOMETRY,
  /** The feature's geometry is empty (no coordinates). */
  EMPTY_GEOMETRY;

  /** Words for tables: {@code "china"}, {@code "on border"}, {@code "no geometry"}. */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** True for the values that come with a measurement ({@link FeatureProximity#measure()}). */
  public boolean measured() {
    return this != NO_GEOMETRY && this != EMPTY_GEOMETRY;
  }
}
