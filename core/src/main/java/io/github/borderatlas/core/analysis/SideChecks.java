package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.TimelineEntry;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * Checks that places and timeline entries with a stated side of the border ({@link Place#side()},
 * {@link TimelineEntry#side()}: {@code CHN} or {@code KAZ}) have their point on that side, as
 * {@link SideLocator} tells it: {@link FindingCodes#WRONG_SIDE} (error) on the other side, {@link
 * FindingCodes#SIDE_UNKNOWN} (warning) when the point is on the line or the evidence disagrees.
 * Entries without a point, and sides other than China and Kazakhstan, are not checked.
 *
 * <p>Not thread-safe: it appends to the caller's finding list; use one instance per validation.
 */
final class SideChecks {

  private final SideLocator locator;
  private final List<Finding> out;

  /**
   * @param locator tells the side of a point
   * @param out findings are appended here
   */
  SideChecks(SideLocator locator, List<Finding> out) {
    this.locator = Objects.requireNonNull(locator, "locator");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Checks every place and timeline entry of the atlas that states its side. */
  void check(Atlas atlas) {
    for (Place p : atlas.places()) {
      p.side().ifPresent(side -> check(p.id(), p.location(), side));
    }
    for (TimelineEntry e : atlas.timeline()) {
      if (e.place() != null) {
        e.side().ifPresent(side -> check(e.id(), e.place(), side));
      }
    }
  }

  private void check(String id, Point point, String stated) {
    Side expected = side(stated);
    if (expected == Side.UNKNOWN) {
      return;
    }
    Side actual = locator.sideOf(point.getX(), point.getY());
    FindingLocation where = FindingLocation.feature(id).at(point.getCoordinate());
    if (actual == Side.UNKNOWN) {
      out.add(
          Finding.warning(
              FindingCodes.SIDE_UNKNOWN,
              where,
              "stated to be on the " + stated + " side, but its point lies on the border line"));
    } else if (actual != expected) {
      out.add(
          Finding.error(
              FindingCodes.WRONG_SIDE,
              where,
              "stated to be on the " + stated + " side, but its point lies in " + actual));
    }
  }

  private static Side side(String isoA3) {
    return switch (isoA3) {
      case SideLocator.CHINA_ISO -> Side.CHINA;
      case SideLocator.KAZAKHSTAN_ISO -> Side.KAZAKHSTAN;
      default -> Side.UNKNOWN;
    };
  }
}
