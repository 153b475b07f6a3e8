package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.analysis.BorderStretch;
import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.FlowDirection;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.River;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;

/**
 * The transboundary rivers ({@link River#transboundary()}), one tab each: where the atlas line
 * crosses the border and where the river ends, a {@link BarChart} of its lengths per country
 * (measured and published), flow versus withdrawals, discharge and shares ({@link RiverCharts}),
 * and every published figure with its source ({@link FigureTable}).
 *
 * <p>Each tab's content is built when the tab is first shown. Use on the Swing event thread only.
 * The components carry names ({@code "water.tabs"}, {@code "water.chart.<river id>"}, {@code
 * "water.text.<river id>"}) for UI tests.
 */
public final class WaterPanel extends FillingPanel {

  private final JTabbedPane tabs = new JTabbedPane();
  private final List<String> riverIds = new ArrayList<>();

  /**
   * A panel of the atlas' transboundary rivers.
   *
   * @param atlas the atlas
   * @param crossings how each river meets the border, by river id (for example from core {@code
   *     RiverCrossingAnalysis}); a river missing from the map is shown without crossing
   */
  public WaterPanel(Atlas atlas, Map<String, RiverAtBorder> crossings) {
    super(new BorderLayout());
    Objects.requireNonNull(atlas, "atlas");
    Objects.requireNonNull(crossings, "crossings");
    tabs.setName("water.tabs");
    List<River> rivers = new ArrayList<>();
    for (River r : atlas.rivers()) {
      if (r.transboundary()) {
        riverIds.add(r.id());
        rivers.add(r);
        tabs.addTab(r.name(), new JLabel(" "));
      }
    }
    // a tab's chart and texts are built when it is first shown: each costs tens of milliseconds
    // of event-thread time (HTML), and most users look at one river
    boolean[] built = new boolean[rivers.size()];
    Runnable buildShown =
        () -> {
          int i = tabs.getSelectedIndex();
          if (i >= 0 && !built[i]) {
            built[i] = true;
            River r = rivers.get(i);
            tabs.setComponentAt(i, river(atlas, r, Optional.ofNullable(crossings.get(r.id()))));
          }
        };
    buildShown.run();
    tabs.addChangeListener(e -> buildShown.run());
    if (riverIds.isEmpty()) {
      add(new JLabel("The atlas has no transboundary river.", JLabel.CENTER), BorderLayout.CENTER);
    } else {
      add(tabs, BorderLayout.CENTER);
    }
  }

  /** Ids of the rivers shown, in tab order. */
  public List<String> riverIds() {
    return List.copyOf(riverIds);
  }

  /** Shows the tab of a river; false when it is not one of the rivers shown. */
  public boolean showRiver(String id) {
    int i = riverIds.indexOf(id);
    if (i >= 0) {
      tabs.setSelectedIndex(i);
    }
    return i >= 0;
  }

  /** The id of the river whose tab is shown, if any. */
  public Optional<String> shownRiver() {
    int i = tabs.getSelectedIndex();
    return i < 0 || riverIds.isEmpty() ? Optional.empty() : Optional.of(riverIds.get(i));
  }

  private static JScrollPane river(Atlas atlas, River r, Optional<RiverAtBorder> crossing) {
    HtmlPane head = new HtmlPane();
    head.setHtml(headHtml(atlas, r, crossing));
    BarChart chart = new BarChart();
    chart.setName("water.chart." + r.id());
    chart.setGroups(RiverCharts.groups(r, crossing));
    HtmlPane numbers = new HtmlPane();
    numbers.setName("water.text." + r.id());
    numbers.setHtml(
        "<b>Published figures</b>" + FigureTable.html(r.figures().all(), atlas.bibliography()));
    ColumnPanel column = new ColumnPanel();
    column.addRow(head);
    column.addRow(chart);
    column.addRow(numbers);
    return column.scrolled();
  }

  /** The river's names, its crossing and its end, as an HTML fragment. */
  static String headHtml(Atlas atlas, River r, Optional<RiverAtBorder> crossing) {
    StringBuilder b = new StringBuilder();
    b.append("<b style='font-size:120%'>").append(escape(r.name())).append("</b>");
    String others = otherNames(r.names());
    if (!others.isEmpty()) {
      b.append(" &nbsp;").append(escape(others));
    }
    b.append("<br>").append(escape(crossingText(crossing)));
    r.outflowId()
        .map(id -> atlas.find(id).map(AtlasFeature::name).orElse(id))
        .ifPresent(n -> b.append(" It flows into ").append(escape(n)).append('.'));
    return b.toString();
  }

  /**
   * A few sentences on how the atlas line meets the border: crossing, direction, stretches along.
   */
  static String crossingText(Optional<RiverAtBorder> crossing) {
    if (crossing.isEmpty()) {
      return "Its crossing of the border has not been measured.";
    }
    RiverAtBorder rc = crossing.get();
    if (rc.crossingCount() == 0 || rc.direction() == FlowDirection.NO_CROSSING) {
      return "The atlas line does not cross the border." + alongText(rc);
    }
    CrossingPoint c = rc.firstCrossing().orElseThrow();
    String where =
        "It crosses the border at "
            + FeatureText.latLon(c.lat(), c.lon())
            + ", "
            + FeatureText.number(c.borderChainageMetres() / 1000, 1)
            + " km along the border from the China–Russia–Kazakhstan tripoint";
    String count =
        rc.crossingCount() == 1 ? "" : " (first of " + rc.crossingCount() + " crossings)";
    String dir =
        switch (rc.direction()) {
          case CHINA_TO_KAZAKHSTAN -> "flowing from China into Kazakhstan.";
          case KAZAKHSTAN_TO_CHINA -> "flowing from Kazakhstan into China.";
          default -> "in a direction the sides do not settle.";
        };
    return where + count + ", " + dir + alongText(rc);
  }

  /** A sentence per stretch where the river runs along the border, each with a leading space. */
  static String alongText(RiverAtBorder rc) {
    StringBuilder b = new StringBuilder();
    for (BorderStretch s : rc.alongBorder()) {
      b.append(" It follows the border for ")
          .append(FeatureText.number(s.riverLengthMetres() / 1000, 1))
          .append(" km, from km ")
          .append(FeatureText.number(s.borderStartMetres() / 1000, 1))
          .append(" to km ")
          .append(FeatureText.number(s.borderEndMetres() / 1000, 1))
          .append(" along the border.");
    }
    return b.toString();
  }

  private static String otherNames(Names n) {
    List<String> parts = new ArrayList<>();
    n.kazakh().ifPresent(parts::add);
    n.chinese().ifPresent(parts::add);
    n.russian().ifPresent(parts::add);
    return String.join(" · ", parts);
  }
}
