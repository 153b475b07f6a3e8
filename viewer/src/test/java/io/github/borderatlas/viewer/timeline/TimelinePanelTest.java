package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.TimelineEntry;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** The whole panel built headless, without a frame; controls found by their names. */
class TimelinePanelTest {

  private final PlayControllerTest.ManualTicker ticker = new PlayControllerTest.ManualTicker();
  private final TimelinePanel panel = new TimelinePanel(TimelineFixtures.model(), ticker);
  private final TimelineModel model = panel.model();

  @SuppressWarnings("unchecked")
  private <T extends Component> T find(String name, Class<T> type) {
    List<Component> all = new ArrayList<>();
    collect(panel, all);
    return (T)
        all.stream()
            .filter(c -> name.equals(c.getName()) && type.isInstance(c))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  private static void collect(Component c, List<Component> out) {
    out.add(c);
    if (c instanceof Container k) {
      for (Component child : k.getComponents()) {
        collect(child, out);
      }
    }
  }

  @Test
  void dateField_acceptsAYear_andShowsItAtItsPrecision() {
    assertThat(panel.applyDateText("1999")).isTrue();
    assertThat(model.date()).isEqualTo(LocalDate.of(1999, 1, 1));
    assertThat(find("timeline.date", JTextField.class).getText()).isEqualTo("1999");
    assertThat(panel.dateErrorText()).isBlank();
  }

  @Test
  void dateField_rejectsANonDate_withAClearMessage_andKeepsTheDate() {
    panel.setDate(LocalDate.of(2001, 1, 1));
    assertThat(panel.applyDateText("1994-02-30")).isFalse();
    assertThat(model.date()).isEqualTo(LocalDate.of(2001, 1, 1));
    assertThat(find("timeline.dateError", JLabel.class).getText())
        .isEqualTo("February 1994 has 28 days; \"1994-02-30\" is not a calendar date.");
    // Enter in the field goes the same way.
    JTextField field = find("timeline.date", JTextField.class);
    field.setText("1850");
    field.postActionEvent();
    assertThat(panel.dateErrorText()).contains("before the start of the timeline");
    field.setText("2006-12-20");
    field.postActionEvent();
    assertThat(model.date()).isEqualTo(LocalDate.of(2006, 12, 20));
    assertThat(panel.dateErrorText()).isBlank();
  }

  @Test
  void buttons_stepAndPlay() {
    panel.setDate(LocalDate.of(1990, 1, 1));
    find("timeline.next", JButton.class).doClick();
    assertThat(model.selected().orElseThrow().id()).isEqualTo("treaty.1994-border-agreement");
    find("timeline.previous", JButton.class).doClick();
    assertThat(model.selected().orElseThrow().id()).isEqualTo("incident.1969-zhalanashkol");

    JButton play = find("timeline.play", JButton.class);
    play.doClick();
    assertThat(panel.player().isPlaying()).isTrue();
    assertThat(play.getIcon()).isEqualTo(ControlIcons.PAUSE);
    ticker.fire();
    assertThat(model.selected().orElseThrow().id()).isEqualTo("treaty.1998-second-supplementary");
    play.doClick();
    assertThat(panel.player().isPlaying()).isFalse();
    assertThat(play.getIcon()).isEqualTo(ControlIcons.PLAY);
    find("timeline.stop", JButton.class).doClick();
    assertThat(model.date()).isEqualTo(LocalDate.of(1969, 8, 13));
  }

  @Test
  void jumpList_holdsEveryEntry_andJumpsToTheChosenOne() {
    @SuppressWarnings("unchecked")
    JComboBox<TimelineEntry> jump = find("timeline.jump", JComboBox.class);
    assertThat(jump.getItemCount()).isEqualTo(TimelineFixtures.ORDER.size());
    assertThat(jump.getSelectedIndex()).isEqualTo(-1);
    List<Set<String>> highlighted = new ArrayList<>();
    panel.addTimelineListener(TimelineListener.forMap(d -> {}, highlighted::add));
    jump.setSelectedIndex(TimelineFixtures.ORDER.indexOf("treaty.1998-second-supplementary"));
    assertThat(model.date()).isEqualTo(LocalDate.of(1998, 7, 4));
    assertThat(highlighted).containsExactly(Set.of("sector.chogan-obo", "sector.points-48-49"));
    // Selecting elsewhere moves the combo along.
    model.jumpTo("treaty.1881-st-petersburg");
    assertThat(((TimelineEntry) jump.getSelectedItem()).id())
        .isEqualTo("treaty.1881-st-petersburg");
  }

  @Test
  void inForceList_followsTheDate_andSelectsWithoutMovingIt() {
    @SuppressWarnings("unchecked")
    JList<TimelineEntry> list = find("timeline.inForce", JList.class);
    panel.setDate(LocalDate.of(2010, 1, 1));
    // facts.md: in force on 2010-01-01 are the tripoint (2000), rivers (2002), data (2006) ones.
    assertThat(list.getModel().getSize()).isEqualTo(3);
    list.setSelectedIndex(1);
    assertThat(model.selected().orElseThrow().id()).isEqualTo("water.2001-transboundary-rivers");
    assertThat(model.date()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(find("timeline.details", JEditorPane.class).getText())
        .contains("Agreement on transboundary rivers")
        .contains("in force from 1 October 2002");
    panel.setDate(LocalDate.of(1995, 1, 1));
    assertThat(list.getModel().getSize()).isZero();
  }

  @Test
  void lineDefinedBy_followsTheDate_besideAnEmptyInForceList_andSelectsOnClick() {
    JLabel line = find("timeline.lineDefinedBy", JLabel.class);
    panel.setDate(LocalDate.of(1995, 1, 1));
    // fixtures: nothing in force in 1995; the latest treaty signed is the 26 April 1994 one
    assertThat(find("timeline.inForce", JList.class).getModel().getSize()).isZero();
    assertThat(line.getText())
        .isEqualTo(
            "Line defined by: Agreement on the state border 1994"
                + " (latest boundary agreement signed; entry into force not sourced)");
    assertThat(line.getToolTipText()).contains("Derived, not sourced");
    panel.setDate(LocalDate.of(2010, 1, 1));
    assertThat(line.getText()).contains("Second Supplementary Agreement 1998");
    for (var l : line.getMouseListeners()) {
      l.mouseClicked(
          new java.awt.event.MouseEvent(
              line, java.awt.event.MouseEvent.MOUSE_CLICKED, 0, 0, 5, 5, 1, false));
    }
    assertThat(model.selected().orElseThrow().id()).isEqualTo("treaty.1998-second-supplementary");
    assertThat(model.date()).isEqualTo(LocalDate.of(2010, 1, 1));
  }

  @Test
  void details_showTheSelectedEntryWithItsSource() {
    JEditorPane details = find("timeline.details", JEditorPane.class);
    assertThat(details.getText()).contains("Select an entry");
    model.jumpTo("treaty.1881-st-petersburg");
    assertThat(details.getText()).contains("Treaty of Saint Petersburg").contains("S24");
    model.clearSelection();
    assertThat(details.getText()).contains("Select an entry");
  }

  @Test
  void paintsHeadlessAtItsPreferredSize() {
    panel.setSize(panel.getPreferredSize());
    layout(panel);
    assertThat(panel.axis().getWidth()).isGreaterThan(200);
    BufferedImage img =
        new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    panel.paint(g);
    g.dispose();
    assertThat(img.getWidth()).isGreaterThan(600);
  }

  private static void layout(Component c) {
    if (c instanceof Container k) {
      k.doLayout();
      for (Component child : k.getComponents()) {
        layout(child);
      }
    }
  }
}
