package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Bibliography;
import java.awt.BorderLayout;
import java.util.Objects;

/**
 * The border in figures: measured versus published lengths (total, land, rivers and lakes) as bars
 * with the difference in km and %, the disputed land per side in km² for each published source as
 * stacked bars, and the same numbers as tables with their sources ({@link BorderCharts}).
 *
 * <p>Use on the Swing event thread only. Components are named {@code "figures.lengths"}, {@code
 * "figures.disputes"} (charts) and {@code "figures.text"} for UI tests.
 */
public final class BorderFiguresPanel extends FillingPanel {

  private final BarChart lengths = new BarChart();
  private final BarChart disputes = new BarChart();
  private final HtmlPane text = new HtmlPane();

  /** The figures of an atlas, measured with core {@link LengthReconciliation}. */
  public BorderFiguresPanel(Atlas atlas) {
    this(LengthReconciliation.of(atlas), DisputeShares.of(atlas), atlas.bibliography());
  }

  /** The figures of a reconciliation and the dispute shares, citations shown as written. */
  public BorderFiguresPanel(LengthReconciliation reconciliation, DisputeShares shares) {
    this(reconciliation, shares, Bibliography.empty());
  }

  /** The figures, with sources by title and link from {@code bibliography}. */
  public BorderFiguresPanel(
      LengthReconciliation reconciliation, DisputeShares shares, Bibliography bibliography) {
    super(new BorderLayout());
    Objects.requireNonNull(reconciliation, "reconciliation");
    Objects.requireNonNull(shares, "shares");
    lengths.setName("figures.lengths");
    disputes.setName("figures.disputes");
    text.setName("figures.text");
    // the text is the third row of the column: a caret that keeps itself visible would scroll the
    // column down to it when the tab opens, past the charts above
    ((javax.swing.text.DefaultCaret) text.getCaret())
        .setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
    lengths.setGroups(BorderCharts.lengthGroups(reconciliation));
    disputes.setGroups(BorderCharts.disputeGroups(shares));
    text.setHtml(
        "<p><b>Border length</b></p>"
            + BorderCharts.lengthTable(reconciliation, bibliography)
            + "<p><b>Disputed land, as published</b></p>"
            + BorderCharts.disputeTable(shares, bibliography));

    ColumnPanel column = new ColumnPanel();
    column.addRow(lengths);
    column.addRow(disputes);
    column.addRow(text);
    add(column.scrolled(), BorderLayout.CENTER);
  }

  /** The chart of lengths. */
  public BarChart lengthChart() {
    return lengths;
  }

  /** The chart of disputed land per side. */
  public BarChart disputeChart() {
    return disputes;
  }
}
