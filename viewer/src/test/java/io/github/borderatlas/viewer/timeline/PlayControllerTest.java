package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayControllerTest {

  /** A ticker driven by hand: {@link #fire()} is one tick of the timer. */
  static final class ManualTicker implements PlayController.Ticker {
    Runnable tick;
    int starts;
    int stops;

    @Override
    public void start(Runnable t) {
      tick = t;
      starts++;
    }

    @Override
    public void stop() {
      tick = null;
      stops++;
    }

    boolean running() {
      return tick != null;
    }

    void fire() {
      if (tick != null) {
        tick.run();
      }
    }
  }

  private final TimelineModel model = TimelineFixtures.model();
  private final ManualTicker ticker = new ManualTicker();
  private final PlayController player = new PlayController(model, ticker);

  private String selectedId() {
    return model.selected().map(TimelineEntry::id).orElse(null);
  }

  @Test
  void play_stepsAtOnce_thenOnceATick_andStopsAtTheLastEntry() {
    model.setDate(LocalDate.of(1990, 1, 1));
    player.play();
    assertThat(player.isPlaying()).isTrue();
    assertThat(ticker.running()).isTrue();
    assertThat(selectedId()).isEqualTo("treaty.1994-border-agreement");

    List<String> seen = new ArrayList<>();
    while (ticker.running()) {
      ticker.fire();
      seen.add(selectedId());
    }
    List<String> order = TimelineFixtures.ORDER;
    assertThat(seen)
        .containsExactlyElementsOf(
            order.subList(order.indexOf("treaty.1998-second-supplementary"), order.size()));
    assertThat(player.isPlaying()).isFalse();
    assertThat(ticker.stops).isEqualTo(1);
    ticker.fire();
    assertThat(selectedId()).isEqualTo("water.2006-research");
  }

  @Test
  void play_atTheEnd_rewindsToTheFirstEntry() {
    // The model starts at today, after every entry.
    player.play();
    assertThat(selectedId()).isEqualTo("treaty.1860-peking");
    assertThat(model.date()).isEqualTo(LocalDate.of(1860, 11, 1));
    assertThat(player.isPlaying()).isTrue();
  }

  @Test
  void pause_keepsThePosition_andPlayResumesFromIt() {
    model.setDate(LocalDate.of(1860, 1, 1));
    player.play();
    ticker.fire();
    player.pause();
    assertThat(player.isPlaying()).isFalse();
    assertThat(ticker.running()).isFalse();
    assertThat(selectedId()).isEqualTo("protocol.1864-chuguchak");
    ticker.fire();
    assertThat(selectedId()).isEqualTo("protocol.1864-chuguchak");
    player.play();
    assertThat(selectedId()).isEqualTo("treaty.1881-st-petersburg");
  }

  @Test
  void stop_returnsToTheDateAndSelectionFromBeforePlaying() {
    model.setDate(LocalDate.of(2003, 3, 3));
    model.select(model.entries().get(0));
    player.play();
    ticker.fire();
    player.stop();
    assertThat(player.isPlaying()).isFalse();
    assertThat(model.date()).isEqualTo(LocalDate.of(2003, 3, 3));
    assertThat(selectedId()).isEqualTo("treaty.1860-peking");
  }

  @Test
  void changeListeners_hearStartAndStop() {
    List<Boolean> states = new ArrayList<>();
    player.addChangeListener(e -> states.add(player.isPlaying()));
    model.setDate(LocalDate.of(2006, 1, 1));
    player.play();
    ticker.fire();
    ticker.fire();
    assertThat(states).containsExactly(true, false);
  }
}
