package io.github.borderatlas.viewer.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.panels.Theme;
import io.github.borderatlas.viewer.timeline.MarkerLayout.Marker;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The axis painted headless into an image, without a frame. */
class TimelineAxisTest {

  private static final int W = 1000;
  private static final int H = 130;

  private final TimelineModel model = TimelineFixtures.model();
  private final TimelineAxis axis = new TimelineAxis(model);

  private BufferedImage paint(Color background) {
    axis.setBackground(background);
    axis.setSize(W, H);
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    axis.paint(g);
    g.dispose();
    return img;
  }

  /**
   * The expected x of a date computed by hand from the layout constants: the range 1860-01-01 to
   * 2025-06-30 spread over [16, W - 16].
   */
  private static double expectedX(LocalDate d) {
    double days = ChronoUnit.DAYS.between(LocalDate.of(1860, 1, 1), d);
    double all = ChronoUnit.DAYS.between(LocalDate.of(1860, 1, 1), TimelineFixtures.TODAY);
    return 16 + (W - 32) * days / all;
  }

  private static double distance(Color a, int rgb) {
    Color b = new Color(rgb);
    return Math.abs(a.getRed() - b.getRed())
        + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }

  @ParameterizedTest(name = "background #{0}")
  @ValueSource(strings = {"F2F2F2", "3C3F41"})
  void everySingleMarker_isPaintedInItsKindsColour_atTheXOfItsDate(String hex) {
    Color bg = new Color(Integer.parseInt(hex, 16));
    BufferedImage img = paint(bg);
    List<Marker> markers = axis.markers();
    assertThat(markers).hasSizeGreaterThan(5);
    int checked = 0;
    for (Marker m : markers) {
      if (m.isCluster()) {
        continue;
      }
      TimelineEntry e = m.first();
      assertThat(m.x()).isCloseTo(expectedX(e.date().date()), within(1e-6));
      Color want = EntryStyle.color(e.kind(), bg);
      int px = (int) Math.round(m.x());
      int py = (int) Math.round(axis.rowY(m.row()));
      assertThat(distance(want, img.getRGB(px, py)))
          .as("marker of %s at (%d, %d)", e.id(), px, py)
          .isLessThan(40);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theHandle_isDrawnAtTheChosenDate_inTheTextColour() {
    model.setDate(LocalDate.of(1950, 1, 1));
    Color bg = new Color(0xF2F2F2);
    BufferedImage img = paint(bg);
    int x = (int) Math.round(expectedX(LocalDate.of(1950, 1, 1)));
    int y = (int) axis.axisY() - 30;
    Color ink = Theme.text(bg);
    assertThat(distance(ink, img.getRGB(x, y))).isLessThan(90);
    assertThat(distance(bg, img.getRGB(x + 12, y))).isLessThan(40);
  }

  @Test
  void markerColours_standOutFromLightAndDarkBackgrounds() {
    for (Color bg : new Color[] {new Color(0xF2F2F2), new Color(0x3C3F41), Color.WHITE}) {
      for (TimelineEntry e : model.entries()) {
        assertThat(Theme.contrast(EntryStyle.color(e.kind(), bg), bg))
            .as("%s on %s", e.kind(), bg)
            .isGreaterThanOrEqualTo(Theme.GRAPHIC_CONTRAST);
      }
    }
  }

  @Test
  void tooltip_namesTheEntryAndItsDateAtItsPrecision() {
    axis.setSize(W, H);
    Marker m1881 = marker("treaty.1881-st-petersburg");
    String tip = axis.getToolTipText(mouse(MouseEvent.MOUSE_MOVED, m1881));
    assertThat(tip)
        .contains("Treaty of Saint Petersburg")
        .contains("24 February 1881")
        .contains("Treaty");
    Marker peking = marker("treaty.1860-peking");
    assertThat(axis.getToolTipText(mouse(MouseEvent.MOUSE_MOVED, peking)))
        .contains("November 1860");
    assertThat(
            axis.getToolTipText(
                new MouseEvent(axis, MouseEvent.MOUSE_MOVED, 0, 0, 500, 3, 0, false)))
        .isNull();
  }

  @Test
  void clickingAMarker_jumpsToItsEntry_clickingTheAxisChoosesADate() {
    axis.setSize(W, H);
    axis.dispatchEvent(mouse(MouseEvent.MOUSE_PRESSED, marker("treaty.1881-st-petersburg")));
    assertThat(model.selected().orElseThrow().id()).isEqualTo("treaty.1881-st-petersburg");
    assertThat(model.date()).isEqualTo(LocalDate.of(1881, 2, 24));

    int x = (int) Math.round(expectedX(LocalDate.of(1950, 7, 1)));
    axis.dispatchEvent(
        new MouseEvent(
            axis,
            MouseEvent.MOUSE_PRESSED,
            0,
            0,
            x,
            (int) axis.axisY() + 10,
            1,
            false,
            MouseEvent.BUTTON1));
    // One pixel is about 62 days at this width: the chosen date is within a pixel of 1950-07-01.
    assertThat(ChronoUnit.DAYS.between(LocalDate.of(1950, 7, 1), model.date()))
        .isBetween(-62L, 62L);
    assertThat(model.selected()).isPresent();
  }

  @Test
  void aSmallerHeight_fitsFewerRows_butStillPlacesEveryEntry() {
    axis.setSize(400, 70);
    assertThat(axis.rows()).isEqualTo(1);
    assertThat(axis.markers().stream().mapToInt(m -> m.entries().size()).sum())
        .isEqualTo(TimelineFixtures.ORDER.size());
    axis.setSize(400, H);
    assertThat(axis.rows()).isGreaterThan(1);
  }

  @Test
  void wheelZoom_spreadsTheMarkers_andDropsEntriesOutsideTheWindow() {
    axis.setSize(W, H);
    int x = (int) Math.round(axis.scale().x(LocalDate.of(2001, 9, 12)));
    LocalDate around = axis.scale().date(x);
    double gapBefore = gap("water.2001-transboundary-rivers", "treaty.1998-second-supplementary");
    for (int i = 0; i < 6; i++) {
      axis.dispatchEvent(
          new MouseWheelEvent(
              axis,
              MouseEvent.MOUSE_WHEEL,
              0,
              0,
              x,
              60,
              0,
              false,
              MouseWheelEvent.WHEEL_UNIT_SCROLL,
              1,
              -1));
    }
    assertThat(axis.isZoomed()).isTrue();
    // Six notches of 0.75: the window is 0.75^6 = 17.8 % of the range, so gaps grow 5.6 times.
    double gapAfter = gap("water.2001-transboundary-rivers", "treaty.1998-second-supplementary");
    assertThat(gapAfter / gapBefore).isCloseTo(1 / Math.pow(0.75, 6), within(0.01));
    // The day under the pointer kept its place (within a pixel).
    assertThat(Math.abs(axis.scale().x(around) - x)).isLessThan(1.0);
    assertThat(axis.markers())
        .noneMatch(m -> m.entries().stream().anyMatch(e -> e.id().equals("treaty.1860-peking")));
    axis.showAll();
    assertThat(axis.isZoomed()).isFalse();
  }

  @Test
  void theWindowFollowsTheChosenDate_andKeysZoom() {
    axis.setSize(W, H);
    axis.setWindow(new TimeWindow(LocalDate.of(1990, 1, 1), LocalDate.of(2010, 1, 1)));
    model.jumpTo("treaty.1881-st-petersburg");
    assertThat(axis.window().contains(LocalDate.of(1881, 2, 24))).isTrue();
    assertThat(axis.window().days()).isEqualTo(7305); // 1990-01-01 to 2010-01-01
    press(KeyEvent.VK_0, '0');
    assertThat(axis.isZoomed()).isFalse();
    press(KeyEvent.VK_ADD, '+');
    assertThat(axis.window().contains(model.date())).isTrue();
    assertThat(axis.isZoomed()).isTrue();
  }

  /** Key events go to the focus owner (none, headless): call the axis' key listeners. */
  private void press(int code, char ch) {
    KeyEvent e = new KeyEvent(axis, KeyEvent.KEY_PRESSED, 0, 0, code, ch);
    for (KeyListener l : axis.getKeyListeners()) {
      l.keyPressed(e);
    }
  }

  private double gap(String a, String b) {
    return axis.scale().x(entryDate(a)) - axis.scale().x(entryDate(b));
  }

  private LocalDate entryDate(String id) {
    return model.entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow()
        .date()
        .date();
  }

  private Marker marker(String id) {
    return axis.markers().stream()
        .filter(m -> m.entries().stream().anyMatch(e -> e.id().equals(id)))
        .findFirst()
        .orElseThrow();
  }

  private MouseEvent mouse(int type, Marker m) {
    return new MouseEvent(
        axis,
        type,
        0,
        0,
        (int) Math.round(m.x()),
        (int) Math.round(axis.rowY(m.row())),
        1,
        false,
        MouseEvent.BUTTON1);
  }
}
