package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.Timer;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * Plays a {@link TimelineModel}: steps from entry to entry on every tick of a {@link Ticker} (a
 * Swing {@link Timer} in the viewer, a hand-driven one in tests) until the last entry.
 *
 * <ul>
 *   <li>{@link #play()} steps at once to the next entry (to the first one when already at the end),
 *       then once per tick; it stops by itself on reaching the last entry.
 *   <li>{@link #pause()} stops where it is.
 *   <li>{@link #stop()} stops and goes back to the date and selection from before playing.
 * </ul>
 *
 * <p>Change listeners hear of every start and stop. Not thread-safe: use on the Swing event thread,
 * where the Swing timer also ticks.
 */
public final class PlayController {

  /** The default pause between two entries while playing, in milliseconds. */
  public static final int DEFAULT_DELAY_MS = 1500;

  /** A source of ticks; started with the action to run on every tick. */
  public interface Ticker {
    /** Runs {@code tick} periodically until {@link #stop()}. */
    void start(Runnable tick);

    /** No more ticks. */
    void stop();
  }

  private final TimelineModel model;
  private final Ticker ticker;
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
  private boolean playing;
  private LocalDate restoreDate;
  private TimelineEntry restoreSelection;

  /** A controller stepping {@code model} on the ticks of {@code ticker}. */
  public PlayController(TimelineModel model, Ticker ticker) {
    this.model = Objects.requireNonNull(model, "model");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  /**
   * A ticker backed by a Swing {@link Timer} firing every {@code delayMs} milliseconds on the event
   * thread.
   *
   * @throws IllegalArgumentException if {@code delayMs < 1}
   */
  public static Ticker swingTicker(int delayMs) {
    if (delayMs < 1) {
      throw new IllegalArgumentException("delayMs must be at least 1, was " + delayMs);
    }
    return new Ticker() {
      private Timer timer;

      @Override
      public void start(Runnable tick) {
        stop();
        timer = new Timer(delayMs, e -> tick.run());
        timer.start();
      }

      @Override
      public void stop() {
        if (timer != null) {
          timer.stop();
          timer = null;
        }
      }
    };
  }

  public boolean isPlaying() {
    return playing;
  }

  /** Starts playing from the current position; does nothing if playing or the timeline is empty. */
  public void play() {
    if (playing || model.entries().isEmpty()) {
      return;
    }
    restoreDate = model.date();
    restoreSelection = model.selected().orElse(null);
    if (model.nextEntry().isEmpty()) {
      model.jumpTo(model.entries().get(0));
    } else {
      model.next();
    }
    if (model.nextEntry().isEmpty()) {
      fire();
      return;
    }
    playing = true;
    ticker.start(this::tick);
    fire();
  }

  /** Stops at the current entry. */
  public void pause() {
    if (playing) {
      playing = false;
      ticker.stop();
      fire();
    }
  }

  /** Stops and returns to the date and selection from before {@link #play()}. */
  public void stop() {
    pause();
    if (restoreDate != null) {
      model.setDate(restoreDate);
      if (restoreSelection != null) {
        model.select(restoreSelection);
      } else {
        model.clearSelection();
      }
      restoreDate = null;
      restoreSelection = null;
    }
  }

  /** One step: to the next entry, stopping when it is the last one. */
  void tick() {
    if (!playing) {
      return;
    }
    if (!model.next() || model.nextEntry().isEmpty()) {
      pause();
    }
  }

  public void addChangeListener(ChangeListener l) {
    listeners.add(Objects.requireNonNull(l, "listener"));
  }

  public void removeChangeListener(ChangeListener l) {
    listeners.remove(l);
  }

  private void fire() {
    ChangeEvent e = new ChangeEvent(this);
    for (ChangeListener l : listeners) {
      l.stateChanged(e);
    }
  }
}
