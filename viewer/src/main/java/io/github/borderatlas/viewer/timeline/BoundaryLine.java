package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which agreement defined the boundary line on a date: a <em>derived</em> answer, shown beside the
 * sourced list of agreements in force. The atlas has a sourced date of entry into force for only a
 * few agreements, so for most dates that list is empty; the line, though, was defined by the
 * boundary treaties and protocols signed so far. This picks the latest entry of kind {@link
 * EntryKind#TREATY} or {@link EntryKind#PROTOCOL} signed on or before the date.
 *
 * <p>Rules: an entry dated only to a month or a year counts from the first day of that month or
 * year, where the timeline places it (so jumping to an entry shows that entry as the line's
 * definition). Entries on the same day keep the timeline's order, the last one winning. Other kinds
 * (ratifications, tripoint, regime and water agreements) do not count: they do not define the line
 * of the whole border. Whether the agreement was in force is <em>not</em> implied; see {@link
 * EntryDetails#lineDefinedBy}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BoundaryLine {

  /** The kinds of entry that define the line. */
  public static final Set<EntryKind> KINDS = Set.of(EntryKind.TREATY, EntryKind.PROTOCOL);

  private BoundaryLine() {}

  /**
   * The latest treaty or protocol signed on or before {@code date}; empty before the first one.
   *
   * @param timeline entries in timeline order ({@link
   *     io.github.borderatlas.core.model.Atlas#timeline()}: by date, ties in atlas order)
   * @param date the chosen day
   */
  public static Optional<TimelineEntry> definedBy(List<TimelineEntry> timeline, LocalDate date) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(date, "date");
    TimelineEntry found = null;
    for (TimelineEntry e : timeline) {
      if (KINDS.contains(e.kind()) && !e.date().date().isAfter(date)) {
        if (found == null || !e.date().date().isBefore(found.date().date())) {
          found = e;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
