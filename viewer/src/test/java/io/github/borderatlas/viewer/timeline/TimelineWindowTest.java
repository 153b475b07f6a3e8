package io.github.borderatlas.viewer.timeline;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.click;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onScreen;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.timeline.MarkerLayout.Marker;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline in a real window, driven with the mouse and keyboard through java.awt.Robot. */
@WindowTest
class TimelineWindowTest {

  private JFrame frame;
  private TimelinePanel panel;
  private Robot robot;
  private final List<Set<String>> highlights = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    robot = new Robot();
    robot.setAutoDelay(15);
    frame =
        WindowTestSupport.show(
            () -> {
              panel =
                  new TimelinePanel(
                      TimelineFixtures.model(), new PlayControllerTest.ManualTicker());
              panel.model().addListener(TimelineListener.forMap(d -> {}, highlights::add));
              return panel;
            },
            1000,
            420);
    settle(robot);
  }

  @AfterEach
  void close() {
    if (frame != null) {
      onEdt(frame::dispose);
    }
  }

  private <T extends Component> T named(String name, Class<T> type) {
    return onEdt(() -> find(panel, name, type));
  }

  private static <T extends Component> T find(Component c, String name, Class<T> type) {
    if (type.isInstance(c) && name.equals(c.getName())) {
      return type.cast(c);
    }
    if (c instanceof Container k) {
      for (Component child : k.getComponents()) {
        T t = find(child, name, type);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  @Test
  void clickingNextAndPrevious_stepsThroughTheEntries() {
    onEdt(() -> panel.setDate(LocalDate.of(1990, 1, 1)));
    JButton next = named("timeline.next", JButton.class);
    click(robot, next, next.getWidth() / 2, next.getHeight() / 2);
    assertThat(onEdt(() -> panel.model().selected().map(TimelineEntry::id).orElse(null)))
        .isEqualTo("treaty.1994-border-agreement");
    click(robot, next, next.getWidth() / 2, next.getHeight() / 2);
    assertThat(onEdt(() -> panel.date())).isEqualTo(LocalDate.of(1998, 7, 4));
    assertThat(highlights.get(highlights.size() - 1))
        .containsExactlyInAnyOrder("sector.chogan-obo", "sector.points-48-49");
  }

  @Test
  void clickingAMarker_selectsItsEntry_andHighlightsWhatItConcerns() {
    TimelineAxis axis = panel.axis();
    Marker m =
        onEdt(
            () ->
                axis.markers().stream()
                    .filter(k -> k.first().id().equals("treaty.1881-st-petersburg"))
                    .findFirst()
                    .orElseThrow());
    click(robot, axis, (int) Math.round(m.x()), (int) Math.round(onEdt(() -> axis.rowY(m.row()))));
    assertThat(onEdt(() -> panel.date())).isEqualTo(LocalDate.of(1881, 2, 24));
    assertThat(highlights).containsExactly(Set.of("river.khorgos"));
  }

  @Test
  void draggingOnTheAxis_movesTheDate() {
    TimelineAxis axis = panel.axis();
    TimeScale scale = onEdt(axis::scale);
    int y = (int) onEdt(axis::axisY).doubleValue() + 12;
    Point from = onScreen(axis, (int) scale.x(LocalDate.of(1900, 1, 1)), y);
    Point to = onScreen(axis, (int) scale.x(LocalDate.of(1950, 1, 1)), y);
    robot.mouseMove(from.x, from.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    for (int i = 1; i <= 10; i++) {
      robot.mouseMove(from.x + (to.x - from.x) * i / 10, from.y);
    }
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    settle(robot);
    // A pixel is about two months at this width; the date lands within a few pixels of 1950.
    long days = ChronoUnit.DAYS.between(LocalDate.of(1950, 1, 1), onEdt(() -> panel.date()));
    assertThat(Math.abs(days)).isLessThan(400);
  }

  @Test
  void typingADateAndEnter_movesThere_aBadOneShowsTheMessage() {
    JTextField field = named("timeline.date", JTextField.class);
    click(robot, field, field.getWidth() / 2, field.getHeight() / 2);
    onEdt(field::selectAll);
    type("1994-02-30\n");
    assertThat(onEdt(panel::dateErrorText)).contains("February 1994 has 28 days");
    onEdt(field::selectAll);
    type("2001-09-12\n");
    assertThat(onEdt(() -> panel.date())).isEqualTo(LocalDate.of(2001, 9, 12));
    assertThat(onEdt(panel::dateErrorText)).isBlank();
  }

  private void type(String text) {
    for (char c : text.toCharArray()) {
      int code =
          c == '-'
              ? KeyEvent.VK_MINUS
              : c == '\n' ? KeyEvent.VK_ENTER : KeyEvent.getExtendedKeyCodeForChar(c);
      robot.keyPress(code);
      robot.keyRelease(code);
    }
    settle(robot);
  }
}
