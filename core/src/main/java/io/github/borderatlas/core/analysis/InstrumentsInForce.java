package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruments (treaties, protocols, agreements) in force on a day, each with its signing date,
 * its entry into force where a source dates it (else why not: "in force, date not sourced") and its
 * ratifications as separate dated events. The one computation behind the {@code treaties} command
 * and the viewer's "in force" list. Which entries are in force is {@link Atlas#inForceOn}; an
 * instrument known in force without a sourced date is listed from its signing, never dropped.
 * Immutable and thread-safe.
 *
 * @param date the day asked about
 * @param instruments the instruments in force that day, by signing date
 */
public record InstrumentsInForce(LocalDate date, List<Instrument> instruments) {

  /** What is said when no source dates an instrument's entry into force. */
  public static final String DATE_NOT_SOURCED = "in force, date not sourced";

  /**
   * Checks and copies.
   *
   * @param date the day asked about
   * @param instruments the instruments in force that day, by signing date
   */
  public InstrumentsInForce {
    Objects.requireNonNull(date, "date");
    instruments = List.copyOf(instruments);
  }

  /**
   * One instrument in force.
   *
   * @param entry the timeline entry of the instrument (its date is the signing)
   * @param entryIntoForce the sourced entry into force at its precision, or empty when not sourced
   * @param inForceUntil the sourced end (first day no longer in force), or empty when none is known
   * @param ratifications the ratification events that concern it (any party), on or before the
   *     date, by date
   */
  public record Instrument(
      TimelineEntry entry,
      Optional<PartialDate> entryIntoForce,
      Optional<PartialDate> inForceUntil,
      List<TimelineEntry> ratifications) {

    /**
     * Checks and copies.
     *
     * @param entry the timeline entry of the instrument (its date is the signing)
     * @param entryIntoForce the sourced entry into force, or empty when not sourced
     * @param inForceUntil the sourced end, or empty
     * @param ratifications the ratification events that concern it, by date
     */
    public Instrument {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(entryIntoForce, "entryIntoForce");
      Objects.requireNonNull(inForceUntil, "inForceUntil");
      ratifications = List.copyOf(ratifications);
    }

    /** The signing date at its precision. */
    public PartialDate signed() {
      return entry.date();
    }

    /**
     * One line on its status, e.g. {@code "in force since 1999-04-07"} or {@code "in force, date
     * not sourced (signed 1994-04-26; ratified 1995-06-15)"}.
     */
    public String status() {
      if (entryIntoForce.isPresent()) {
        return "in force since " + entryIntoForce.get();
      }
      StringBuilder b = new StringBuilder(DATE_NOT_SOURCED).append(" (signed ").append(signed());
      for (TimelineEntry r : ratifications) {
        b.append("; ").append(r.title()).append(", ").append(r.date());
      }
      return b.append(')').toString();
    }
  }

  /**
   * The instruments in force on a date.
   *
   * @param atlas any atlas (its whole timeline is looked at, not only the entries up to the date)
   * @param date the day
   */
  public static InstrumentsInForce on(Atlas atlas, LocalDate date) {
    List<Instrument> out =
        atlas.inForceOn(date).stream()
            .map(
                e ->
                    new Instrument(
                        e,
                        e.validity().partialFrom(),
                        e.validity().partialTo(),
                        atlas.timeline().stream()
                            .filter(r -> r.kind() == EntryKind.RATIFICATION)
                            .filter(r -> r.concerns().contains(e.id()))
                            .filter(r -> !r.date().date().isAfter(date))
                            .toList()))
            .toList();
    return new InstrumentsInForce(date, out);
  }
}
