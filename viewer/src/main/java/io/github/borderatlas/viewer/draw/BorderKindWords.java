package io.github.borderatlas.viewer.draw;

import io.github.borderatlas.core.model.SegmentKind;

/**
 * What a kind of border stretch follows, in the words the legend, tooltips and details share.
 * Stateless and thread-safe.
 */
public final class BorderKindWords {

  private BorderKindWords() {}

  /**
   * The phrase after "border": {@code "over land"}, {@code "along a river"}, {@code "across a
   * lake"}, or {@code "over land, or along water not located"} for a stretch that may hold water
   * boundary no source locates.
   */
  public static String phrase(SegmentKind kind) {
    return switch (kind) {
      case LAND -> "over land";
      case LAND_OR_UNLOCATED_WATER -> "over land, or along water not located";
      case RIVER -> "along a river";
      case LAKE -> "across a lake";
    };
  }
}
