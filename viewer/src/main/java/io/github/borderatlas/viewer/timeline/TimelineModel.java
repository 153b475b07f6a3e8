package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state behind the timeline: the range shown, the chosen date and the selected entry, with
 * stepping from event to event in timeline order.
 *
 * <p><b>Range.</b> From 1 January 1860 (or the first entry, if earlier) to today (or the last
 * entry, if later). <b>Order.</b> Entries are stepped in {@link Atlas#timeline()} order (by date;
 * entries on the same day keep the atlas order). <b>Position.</b> When the selected entry is dated
 * on the chosen date, {@link #next()} and {@link #previous()} step from that entry, so several
 * entries of one day are visited one by one; otherwise they step to the first entry after (last
 * entry before) the chosen date.
 *
 * <p>Selecting is independent of the date: {@link #select} shows an entry (for example an agreement
 * from the in-force list) without moving the date; {@link #jumpTo} moves the date to the entry's
 * date and selects it.
 *
 * <p>Thread safety: not thread-safe; use it on the Swing event thread. Listeners are called on the
 * calling thread, date change first, then selection.
 */
public final class TimelineModel {

  /** The default start of the timeline: 1 January 1860, the year of the Convention of Peking. */
  public static final LocalDate DEFAULT_START = LocalDate.of(1860, 1, 1);

  private final Atlas atlas;
  private final List<TimelineEntry> entries;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final LocalDate start;
  private final LocalDate end;
  private final List<TimelineListener> listeners = new CopyOnWriteArrayList<>();
  private LocalDate date;
  private TimelineEntry selected;

  /** A model over the atlas' timeline, ending today (system clock, default time zone). */
  public TimelineModel(Atlas atlas) {
    this(atlas, LocalDate.now());
  }

  /**
   * A model over the atlas' timeline ending at {@code today} (or at the last entry, if later); the
   * chosen date starts at the end.
   */
  public TimelineModel(Atlas atlas, LocalDate today) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(today, "today");
    this.entries = atlas.timeline();
    for (int i = 0; i < entries.size(); i++) {
      indexById.put(entries.get(i).id(), i);
    }
    LocalDate first = entries.isEmpty() ? DEFAULT_START : entries.get(0).date().date();
    LocalDate last = entries.isEmpty() ? today : entries.get(entries.size() - 1).date().date();
    this.start = first.isBefore(DEFAULT_START) ? first.withDayOfYear(1) : DEFAULT_START;
    LocalDate e = last.isAfter(today) ? last : today;
    this.end = e.isAfter(start) ? e : start.plusYears(1);
    this.date = end;
  }

  public Atlas atlas() {
    return atlas;
  }

  /** The entries in stepping order (the atlas timeline). */
  public List<TimelineEntry> entries() {
    return entries;
  }

  /** First day of the range. */
  public LocalDate start() {
    return start;
  }

  /** Last day of the range. */
  public LocalDate end() {
    return end;
  }

  /** The chosen date. */
  public LocalDate date() {
    return date;
  }

  /** True when {@code d} lies in {@code [start(), end()]}. */
  public boolean inRange(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  /**
   * Chooses a date; listeners hear of it when it differs from the current one. A selected entry
   * dated after the new date is deselected (listeners hear {@code selectionCleared}).
   *
   * @throws IllegalArgumentException when the date lies outside {@code [start(), end()]}
   */
  public void setDate(LocalDate newDate) {
    Objects.requireNonNull(newDate, "date");
    if (!inRange(newDate)) {
      throw new IllegalArgumentException(
          "date " + newDate + " is outside the timeline, " + start + " to " + end);
    }
    if (!newDate.equals(date)) {
      date = newDate;
      for (TimelineListener l : listeners) {
        l.dateChanged(newDate);
      }
      if (selected != null && !Atlas.existsOn(selected, newDate)) {
        // the selected entry has not happened yet at the new date: no highlight from the future
        clearSelection();
      }
    }
  }

  /** The selected entry, if any. */
  public Optional<TimelineEntry> selected() {
    return Optional.ofNullable(selected);
  }

  /**
   * Selects an entry of this timeline without changing the date.
   *
   * @throws IllegalArgumentException when the entry is not on this model's timeline
   */
  public void select(TimelineEntry entry) {
    TimelineEntry own = entries.get(indexOf(entry));
    if (selected != own) {
      selected = own;
      for (TimelineListener l : listeners) {
        l.entrySelected(own);
      }
    }
  }

  /** Moves the date to the entry's date (its first day) and selects it. */
  public void jumpTo(TimelineEntry entry) {
    TimelineEntry own = entries.get(indexOf(entry));
    setDate(own.date().date());
    select(own);
  }

  /** Jumps to the entry with this id; false (and no change) when there is none. */
  public boolean jumpTo(String id) {
    Integer i = indexById.get(id);
    if (i == null) {
      return false;
    }
    jumpTo(entries.get(i));
    return true;
  }

  /** Clears the selection, if any. */
  public void clearSelection() {
    if (selected != null) {
      selected = null;
      for (TimelineListener l : listeners) {
        l.selectionCleared();
      }
    }
  }

  /** The entry {@link #next()} would jump to. */
  public Optional<TimelineEntry> nextEntry() {
    int from = positionIndex();
    if (from >= 0) {
      return from + 1 < entries.size() ? Optional.of(entries.get(from + 1)) : Optional.empty();
    }
    return entries.stream().filter(e -> e.date().date().isAfter(date)).findFirst();
  }

  /** The entry {@link #previous()} would jump to. */
  public Optional<TimelineEntry> previousEntry() {
    int from = positionIndex();
    if (from >= 0) {
      return from > 0 ? Optional.of(entries.get(from - 1)) : Optional.empty();
    }
    TimelineEntry found = null;
    for (TimelineEntry e : entries) {
      if (e.date().date().isBefore(date)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Jumps to the next entry; false (and no change) at the end. */
  public boolean next() {
    Optional<TimelineEntry> e = nextEntry();
    e.ifPresent(this::jumpTo);
    return e.isPresent();
  }

  /** Jumps to the previous entry; false (and no change) at the start. */
  public boolean previous() {
    Optional<TimelineEntry> e = previousEntry();
    e.ifPresent(this::jumpTo);
    return e.isPresent();
  }

  /** The agreements in force on the chosen date ({@link Atlas#inForceOn}). */
  public List<TimelineEntry> inForce() {
    return atlas.inForceOn(date);
  }

  /**
   * The latest treaty or protocol signed on or before the chosen date: derived, see {@link
   * BoundaryLine}; unlike {@link #inForce()} it says nothing about entry into force.
   */
  public Optional<TimelineEntry> lineDefinedBy() {
    return BoundaryLine.definedBy(entries, date);
  }

  /** The entries dated on the chosen day (their first day equals it). */
  public List<TimelineEntry> entriesOnDate() {
    List<TimelineEntry> on = new ArrayList<>();
    for (TimelineEntry e : entries) {
      if (e.date().date().equals(date)) {
        on.add(e);
      }
    }
    return on;
  }

  public void addListener(TimelineListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(TimelineListener listener) {
    listeners.remove(listener);
  }

  private int indexOf(TimelineEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Integer i = indexById.get(entry.id());
    if (i == null) {
      throw new IllegalArgumentException("entry " + entry.id() + " is not on this timeline");
    }
    return i;
  }

  /** Index of the selected entry when it is dated on the chosen date, else -1. */
  private int positionIndex() {
    if (selected != null && selected.date().date().equals(date)) {
      return indexById.get(selected.id());
    }
    return -1;
  }
}
