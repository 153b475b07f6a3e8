package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.click;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.testkit.WindowTest;
import io.github.borderatlas.viewer.timeline.WindowTestSupport;
import java.awt.Rectangle;
import java.awt.Robot;
import java.util.HashMap;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The water and figures panels in a real window. */
@WindowTest
class PanelsWindowTest {

  private JFrame frame;

  @AfterEach
  void close() {
    if (frame != null) {
      onEdt(frame::dispose);
    }
  }

  @Test
  void clickingARiverTab_showsThatRiversChart() throws Exception {
    Robot robot = new Robot();
    Atlas atlas = PanelFixtures.atlas();
    Map<String, RiverAtBorder> crossings = new HashMap<>();
    RiverCrossingAnalysis.of(atlas).rivers().forEach(c -> crossings.put(c.riverId(), c));
    WaterPanel[] panel = new WaterPanel[1];
    frame = WindowTestSupport.show(() -> panel[0] = new WaterPanel(atlas, crossings), 760, 560);
    settle(robot);
    JTabbedPane tabs = onEdt(() -> WaterPanelTest.find(panel[0], "water.tabs", JTabbedPane.class));
    Rectangle emilTab = onEdt(() -> tabs.getBoundsAt(2));
    click(robot, tabs, (int) emilTab.getCenterX(), (int) emilTab.getCenterY());
    assertThat(onEdt(() -> panel[0].shownRiver())).contains("river.emil");
    BarChart chart =
        onEdt(() -> WaterPanelTest.find(panel[0], "water.chart.river.emil", BarChart.class));
    assertThat(onEdt(chart::isShowing)).isTrue();
    assertThat(onEdt(chart::getHeight)).isGreaterThan(60);
  }

  @Test
  void theFiguresPanel_scrollsToItsTables() throws Exception {
    Robot robot = new Robot();
    BorderFiguresPanel[] panel = new BorderFiguresPanel[1];
    frame =
        WindowTestSupport.show(
            () -> panel[0] = new BorderFiguresPanel(PanelFixtures.atlas()), 800, 360);
    settle(robot);
    HtmlPane text = onEdt(() -> WaterPanelTest.find(panel[0], "figures.text", HtmlPane.class));
    onEdt(() -> text.scrollRectToVisible(new Rectangle(0, 0, 10, text.getHeight())));
    settle(robot);
    assertThat(onEdt(() -> text.getVisibleRect().height)).isGreaterThan(0);
    assertThat(onEdt(() -> panel[0].lengthChart().getWidth())).isGreaterThan(700);
  }
}
