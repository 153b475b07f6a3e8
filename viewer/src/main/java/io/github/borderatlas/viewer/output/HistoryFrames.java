package io.github.borderatlas.viewer.output;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The frames of a history animation: one per timeline entry in a range of years, or one every N
 * years. A frame draws the map as on the last day its date stands for (the end of the year or month
 * of a less precise date), so the frame's event has happened. Stateless.
 */
public final class HistoryFrames {

  private HistoryFrames() {}

  /**
   * One frame of the animation.
   *
   * @param date the frame's date at its precision, as captioned
   * @param event the event captioned with it: the entry's title, the latest entry up to the date
   *     (for frames every N years), or empty before the first entry
   */
  public record Frame(PartialDate date, String event) {

    public Frame {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(event, "event");
    }

    /** The day the map is drawn at: the last day the date stands for. */
    public LocalDate mapDate() {
      return date.lastDay();
    }

    /** "1881 Treaty of Saint Petersburg", "1994-04-26 Agreement …", or just the date. */
    public String caption() {
      return event.isEmpty() ? date.toString() : date + "  " + event;
    }
  }

  /**
   * One frame per timeline entry whose date falls in {@code fromYear..toYear} (inclusive), in date
   * order (entries of the same date in the atlas' order).
   */
  public static List<Frame> perEntry(Atlas atlas, int fromYear, int toYear) {
    List<Frame> out = new ArrayList<>();
    for (TimelineEntry e : sorted(atlas)) {
      int y = e.date().date().getYear();
      if (y >= fromYear && y <= toYear) {
        out.add(new Frame(e.date(), e.title()));
      }
    }
    return out;
  }

  /**
   * One frame every {@code stepYears} years from {@code fromYear} up to {@code toYear}, each year
   * captioned with the latest timeline entry up to its end.
   *
   * @throws IllegalArgumentException when {@code stepYears} is below 1
   */
  public static List<Frame> everyYears(Atlas atlas, int fromYear, int toYear, int stepYears) {
    if (stepYears < 1) {
      throw new IllegalArgumentException("step must be at least 1 year, was " + stepYears);
    }
    List<TimelineEntry> entries = sorted(atlas);
    List<Frame> out = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y += stepYears) {
      PartialDate year = new PartialDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR);
      String event = "";
      for (TimelineEntry e : entries) {
        if (!e.date().date().isAfter(year.lastDay())) {
          event = e.date() + " " + e.title();
        }
      }
      out.add(new Frame(year, event));
    }
    return out;
  }

  /** The years of the first and last timeline entries, or empty when there are none. */
  public static int[] yearSpan(Atlas atlas) {
    List<TimelineEntry> entries = sorted(atlas);
    if (entries.isEmpty()) {
      return new int[0];
    }
    return new int[] {
      entries.get(0).date().date().getYear(),
      entries.get(entries.size() - 1).date().date().getYear()
    };
  }

  private static List<TimelineEntry> sorted(Atlas atlas) {
    List<TimelineEntry> entries = new ArrayList<>(atlas.timeline());
    entries.sort(Comparator.comparing(e -> e.date().date()));
    return entries;
  }
}
